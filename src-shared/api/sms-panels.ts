import { z } from 'zod';

// Licensed SMS panels (Iranian bulk SMS providers) a messaging setting can point at. Adding a provider:
// a variant here, an adapter in src-main/devices/sms-panel/, its label in i18n/ui-fa.ts.

const Url = z.string().trim().url('validation.url').max(500, 'validation.tooLong');
const Secret = z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong');
const LineNumber = z.string().trim().regex(/^\+?\d{4,20}$/, 'validation.lineNumber');

// Kavenegar REST API v1 (kavenegar.com/rest.html): GET/POST /v1/{key}/sms/send.json, status.json, receive.json.
export const KavenegarPanel = z.object({
  provider: z.literal('kavenegar'),
  apiKey: Secret,
  sender: LineNumber,
  baseUrl: Url.default('https://api.kavenegar.com'),
});

// Any web service that sends one SMS per HTTP request. Templates take {to} {to0} {text} {sender} {key}
// ({to}: +98912…, {to0}: 0912…); in a URL they are percent-encoded, in a JSON body JSON-escaped.
// Paths are dot paths into the JSON answer ("data.messageId", "entries.0.messageid").
export const GenericPanel = z.object({
  provider: z.literal('generic'),
  name: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  apiKey: z.string().trim().max(300, 'validation.tooLong').default(''),
  sender: z.string().trim().max(20, 'validation.tooLong').default(''),
  method: z.enum(['GET', 'POST']).default('POST'),
  sendUrl: Url,
  headers: z.record(z.string(), z.string().max(500)).default({}),
  bodyTemplate: z.string().max(4000, 'validation.tooLong').default(''),
  bodyType: z.enum(['json', 'form']).default('json'),
  // The answer is a success when successPath holds successValue (compared as text); blank: any 2xx.
  successPath: z.string().trim().max(100).default(''),
  successValue: z.string().trim().max(100).default(''),
  idPath: z.string().trim().min(1, 'validation.required').max(100),
  // Optional delivery polling: GET statusUrl (takes {id} and {key}); statusPath compared with the lists.
  statusUrl: z.string().trim().max(500).default(''),
  statusPath: z.string().trim().max(100).default(''),
  deliveredValues: z.array(z.string().max(50)).max(20).default([]),
  failedValues: z.array(z.string().max(50)).max(20).default([]),
});

export const PanelConfig = z.discriminatedUnion('provider', [KavenegarPanel, GenericPanel]);
export type PanelConfig = z.infer<typeof PanelConfig>;
export type PanelProvider = PanelConfig['provider'];
