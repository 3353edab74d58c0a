import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher, type AllHandlers, type Call, type Handlers, type SystemAccess } from './core/dispatch';
import { systemClock, type Clock } from './core/clock';
import { openDatabase } from './core/db/open';
import { migrateDatabase } from './core/db/migrate';
import { EventBus } from './core/events';
import { auditHandlers } from './modules/audit/handlers';
import { createAuthHandlers } from './modules/auth/handlers';
import { LoginThrottle } from './modules/auth/login-throttle';
import { createSessionResolver } from './modules/auth/sessions';
import { usersHandlers } from './modules/auth/users-handlers';
import { settingsHandlers } from './modules/settings/handlers';
import { createSystemHandlers } from './modules/system/handlers';
import { peopleHandlers } from './modules/people/handlers';
import { companiesHandlers } from './modules/companies/handlers';
import { groupsHandlers } from './modules/groups/handlers';
import { interactionsHandlers } from './modules/interactions/handlers';
import { searchHandlers } from './modules/parties/search-handlers';
import { createImportsHandlers } from './modules/imports/handlers';
import { Uploads } from './modules/imports/uploads';
import { segmentsHandlers } from './modules/segments/handlers';
import { lookupsHandlers } from './modules/lookups/handlers';
import { createAttachmentsHandlers } from './modules/attachments/handlers';
import { createMessagingHandlers } from './modules/messaging/handlers';
import { MessagingService, type MessagingDevices, type MessagingTiming } from './modules/messaging/service';
import { createGsmModem } from './devices/gsm/gsm-modem';
import { SharedGsmDevices } from './devices/gsm/shared-gsm-devices';
import { createCallerIdSource } from './devices/caller-id/create-source';
import { readMessagingSettings } from './modules/messaging/settings-queries';
import { createTelephonyHandlers } from './modules/telephony/handlers';
import { createTasksHandlers } from './modules/tasks/handlers';
import { createMeetingsHandlers } from './modules/tasks/meeting-handlers';
import { AlarmService, type AlarmTiming } from './modules/tasks/alarm-service';
import { notificationsHandlers } from './modules/notifications/handlers';
import { createClubHandlers } from './modules/club/handlers';
import { printingHandlers } from './modules/printing/handlers';
import { ClubService, type ClubTiming } from './modules/club/service';
import { createSmsNotices } from './modules/messaging/notices';
import { TelephonyService, type TelephonyDevices } from './modules/telephony/service';
import { createPanelGateway } from './devices/sms-panel/create-panel';
import type { Contract } from '../src-shared/api/contract';
import packageJson from '../package.json' with { type: 'json' };

// A function, not a constant: the Electron bundle is CommonJS, where import.meta is empty, and it
// passes its own folder instead.
export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL('../migrations', import.meta.url));
}

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  migrationsFolder?: string;
  // Devices; by default the real modem, panel and caller-ID adapters. `modemPortOverride` and
  // `linesOverride` are what `npm run serve -- --sms-modem / --callerid` set.
  messagingDevices?: Partial<MessagingDevices>;
  messagingTiming?: Partial<MessagingTiming>;
  telephonyDevices?: Partial<TelephonyDevices>;
  clubTiming?: Partial<ClubTiming>;
  alarmTiming?: Partial<AlarmTiming>;
}

// The real device adapters. A GSM modem used for SMS and as a caller-ID line is one shared device; a
// calls-only GSM line uses the SMS settings' SIM PIN (an office has one SIM per modem).
function realDevices(gsm: SharedGsmDevices, simPin: () => string | null): { messaging: MessagingDevices; telephony: TelephonyDevices } {
  return {
    messaging: {
      createModem: ({ candidates, pin, smsc }) => gsm.acquire(candidates[0]!, () => createGsmModem({ candidates: () => candidates, pin, smsc })),
      createPanel: (config) => createPanelGateway(config),
      modemPortOverride: null,
    },
    telephony: {
      createSource: (line) =>
        line.kind === 'gsm'
          ? gsm.acquire(line.port, () => createGsmModem({ candidates: () => [line.port], pin: simPin(), smsc: null }))
          : createCallerIdSource(line),
      linesOverride: null,
    },
  };
}

export interface Core {
  call: Call;
  events: EventBus;
  dbPath: string;
  schemaVersion: number;
  // For transports that route targeted events (IPC): the user a token belongs to, if it is live.
  userIdOf(token: string): number | null;
  close(): Promise<void>;
}

// The composition root: everything the core needs is built here and passed down, nothing is global.
export function createCore({
  dataDir,
  clock = systemClock,
  migrationsFolder = defaultMigrationsFolder(),
  messagingDevices = {},
  messagingTiming = {},
  telephonyDevices = {},
  clubTiming = {},
  alarmTiming = {},
}: CoreOptions): Core {
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, 'peyvand.sqlite');
  const database = openDatabase(dbPath);
  let schemaVersion: number;
  try {
    schemaVersion = migrateDatabase(database, { migrationsFolder, dbPath, now: clock.now() }).schemaVersion;
  } catch (error) {
    database.close();
    throw error;
  }
  const events = new EventBus();
  // The dispatcher needs the handlers and the SMS worker needs the dispatcher's system access: the
  // worker gets it through this late-bound holder, filled before anything runs.
  let system: SystemAccess | null = null;
  const lateSystem: SystemAccess = {
    write: (work) => system!.write(work),
    read: (work) => system!.read(work),
    publish: (name, payload, audience) => system!.publish(name, payload, audience),
  };
  const real = realDevices(new SharedGsmDevices(), () => lateSystem.read((ctx) => readMessagingSettings(ctx.db).modemPin));
  const messaging = new MessagingService(lateSystem, { ...real.messaging, ...messagingDevices }, messagingTiming);
  const telephony = new TelephonyService(lateSystem, { ...real.telephony, ...telephonyDevices });
  const club = new ClubService(lateSystem, createSmsNotices(messaging), clubTiming);
  const alarms = new AlarmService(lateSystem, alarmTiming);
  const handlers = {
    ...createAuthHandlers(new LoginThrottle()),
    ...usersHandlers,
    ...auditHandlers,
    ...settingsHandlers,
    ...createSystemHandlers({ appVersion: packageJson.version, schemaVersion }),
    ...peopleHandlers,
    ...companiesHandlers,
    ...groupsHandlers,
    ...interactionsHandlers,
    ...searchHandlers,
    ...createImportsHandlers(new Uploads()),
    ...segmentsHandlers,
    ...lookupsHandlers,
    ...createAttachmentsHandlers(join(dataDir, 'attachments')),
    ...createMessagingHandlers(messaging),
    ...createTelephonyHandlers(telephony),
    ...createTasksHandlers(alarms),
    ...createMeetingsHandlers(alarms),
    ...notificationsHandlers,
    ...createClubHandlers(club),
    ...printingHandlers,
  } satisfies Handlers<Contract> as AllHandlers;
  const sessions = createSessionResolver(database.writeDb, clock);
  const dispatcher = createDispatcher({ database, handlers, sessions, clock, bus: events });
  system = dispatcher.system;
  const { call } = dispatcher;
  const started = messaging.start().catch((error: unknown) => console.error('SMS worker did not start', error));
  telephony.start();
  club.start();
  alarms.start();
  const userIdOf = (token: string) => {
    const session = sessions.resolve(token);
    return session && session !== 'expired' ? session.userId : null;
  };
  const close = async () => {
    await started;
    await alarms.stop();
    await club.stop();
    await telephony.stop();
    await messaging.stop();
    database.close();
  };
  return { call, events, dbPath, schemaVersion, userIdOf, close };
}
