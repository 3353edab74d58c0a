import { z } from 'zod';
import { command, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { personText } from './fields';
import { PARTY_KINDS } from './parties';

// Phone lines (caller ID and click-to-dial), the call log and the incoming-call pop-up.

export const LINE_KINDS = ['voiceModem', 'gsm', 'box'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

const Hex = z
  .string()
  .trim()
  .regex(/^([0-9A-Fa-f]{2}\s*)*$/, 'validation.hexBytes');

// A serial caller-ID box as sold in Iran: each vendor has its own record format, so the format is settings.
// The raw capture on the settings screen shows what a box sends, to fill these in.
export const BoxFormat = z.object({
  baudRate: z.number().int().min(300).max(921_600).default(9600),
  dtr: z.boolean().default(true),
  // Bytes written after opening the port (some boxes wait for them, e.g. «FC 70 72 74 06 6C FD»).
  initHex: Hex.default(''),
  // The byte(s) that end a record, e.g. «40» for '@' or «0D 0A».
  terminatorHex: Hex.refine((value) => value.replace(/\s/g, '').length > 0, 'validation.required').default('0D'),
  // Zero-based position of the line-number character in a record; -1 when the box has one line.
  lineNumberAt: z.number().int().min(-1).max(40).default(-1),
  // Text dropped from the start of a record when present («L», «callerid:»).
  stripPrefixes: z.array(z.string().max(20)).max(5).default([]),
  // Characters dropped after the prefix and line number, before the number starts.
  skipChars: z.number().int().min(0).max(40).default(0),
  // A record that contains any of these characters is not a caller number (hang-up or ring records).
  ignoreIfContains: z.string().max(10).default(''),
});
export type BoxFormat = z.infer<typeof BoxFormat>;

export const PhoneLine = z.object({
  // Stable key for events and the call log, e.g. «reception».
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,30}$/, 'validation.lineId'),
  name: personText(60),
  kind: z.enum(LINE_KINDS),
  port: z.string().trim().min(1, 'validation.required').max(200),
  // Voice modem: AT commands sent after ATZ, one per line (AT+VCID=1, AT#CID=1, or =2 for raw packets).
  modemInit: z.array(z.string().trim().max(60)).max(10).default(['AT+VCID=1']),
  box: BoxFormat.default(BoxFormat.parse({})),
  // Users whose screens pop up for this line; empty: everyone.
  userIds: z.array(RecordId).max(200).default([]),
  enabled: z.boolean().default(true),
});
export type PhoneLine = z.infer<typeof PhoneLine>;

export const TelephonySettings = z.object({
  lines: z.array(PhoneLine),
  // A call without a ring for this long has ended (Iranian lines ring every 4–6 s).
  ringTimeoutSeconds: z.number().int(),
  // Set when the server was started with --callerid: those lines replace the stored ones.
  linesFromCommandLine: z.boolean(),
  version: z.number().int(),
});
export type TelephonySettings = z.infer<typeof TelephonySettings>;

export const LineStatus = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(LINE_KINDS),
  state: z.enum(['off', 'starting', 'ready', 'unavailable']),
  problem: z.string().nullable(),
  path: z.string().nullable(),
  canDial: z.boolean(),
});
export type LineStatus = z.infer<typeof LineStatus>;

export const CALL_DIRECTIONS = ['incoming', 'outgoing'] as const;
export const CALL_STATES = ['ringing', 'answered', 'missed', 'ended', 'dialling'] as const;
export type CallState = (typeof CALL_STATES)[number];

export const Call = z.object({
  id: RecordId,
  lineId: z.string(),
  lineName: z.string(),
  direction: z.enum(CALL_DIRECTIONS),
  state: z.enum(CALL_STATES),
  // +98… when it could be normalized, else as received; null when withheld.
  number: z.string().nullable(),
  withheld: z.enum(['private', 'unavailable']).nullable(),
  partyId: RecordId.nullable(),
  partyName: z.string().nullable(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  rings: z.number().int(),
  // Who took it (incoming) or placed it (outgoing).
  userId: RecordId.nullable(),
  userName: z.string().nullable(),
  interactionId: RecordId.nullable(),
  calledBack: z.boolean(),
});
export type Call = z.infer<typeof Call>;

export const CallerCard = z.object({
  call: Call,
  party: z
    .object({
      id: RecordId,
      kind: z.enum(PARTY_KINDS),
      name: z.string(),
      code: z.string(),
      company: z.string().nullable(),
      groups: z.array(z.string()),
      // Days until the next birthday (0: today), null without a birth date.
      birthdayInDays: z.number().int().nullable(),
      // Club tier and points arrive with the customer club; null until then.
      clubTier: z.string().nullable(),
      points: z.number().nullable(),
    })
    .nullable(),
  lastInteractions: z.array(z.object({ id: RecordId, subject: z.string(), method: z.string(), occurredAt: z.number(), description: z.string().nullable() })),
  openTasks: z.array(z.object({ id: RecordId, title: z.string() })),
});
export type CallerCard = z.infer<typeof CallerCard>;

export const RawCapture = z.object({ lineId: z.string(), chunks: z.array(z.object({ at: z.number(), hex: z.string(), text: z.string() })) });

export const telephonyApi = {
  'telephony.getSettings': query({ input: z.object({}).default({}), output: TelephonySettings, permission: 'telephony.view' }),
  'telephony.updateSettings': command({
    input: z.object({ version: z.number().int().positive(), lines: z.array(PhoneLine).max(20), ringTimeoutSeconds: z.number().int().min(3).max(60) }),
    output: TelephonySettings,
    permission: 'settings.edit',
  }),
  'telephony.status': query({ input: z.object({}).default({}), output: z.array(LineStatus), permission: 'telephony.view' }),
  // The last bytes a line sent, for configuring an unknown caller-ID box.
  'telephony.rawCapture': query({ input: z.object({ lineId: z.string() }), output: RawCapture, permission: 'settings.edit' }),

  'telephony.listCalls': query({
    input: PageRequest.extend({ missedOnly: z.boolean().default(false), partyId: RecordId.optional() }),
    output: page(Call),
    permission: 'telephony.view',
  }),
  'telephony.missedCount': query({ input: z.object({}).default({}), output: z.object({ count: z.number().int() }), permission: 'telephony.view' }),
  'telephony.callerCard': query({ input: RecordRef, output: CallerCard, permission: 'telephony.view' }),
  // «I took it»: the pop-up's answer button; the call is then answered by this user.
  'telephony.takeCall': command({ input: RecordRef, output: Call, permission: 'telephony.view' }),
  // A note on the call's interaction; a complaint is marked as such.
  'telephony.noteCall': command({
    input: z.object({ id: RecordId, note: z.string().max(4000), complaint: z.boolean().default(false) }),
    output: Call,
    permission: 'interactions.create',
  }),
  'telephony.markCalledBack': command({ input: RecordRef, output: Call, permission: 'telephony.view' }),
  'telephony.dial': command({
    input: z.object({ number: z.string().trim().min(3).max(40), lineId: z.string().optional(), partyId: RecordId.optional() }),
    output: Call,
    permission: 'telephony.send',
  }),
  'telephony.hangUp': command({ input: RecordRef, output: Call, permission: 'telephony.send' }),
} satisfies ApiSlice;
