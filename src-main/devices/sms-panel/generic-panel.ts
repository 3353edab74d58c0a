// Any web service that sends one SMS per HTTP request, described by the settings form (GenericPanel in
// src-shared/api/sms-panels.ts). Inbound messages are not supported: there is no common shape for
// polling an inbox, so fetchInbound answers nothing and replies reach the office only through the
// panel's own web page.
import type { z } from 'zod';
import type { GenericPanel } from '../../../src-shared/api/sms-panels';
import type { PanelDelivery, PanelGateway, PanelMessage, SubmitOutcome } from '../ports';
import {
  httpRequest,
  lookupPath,
  nationalMobile,
  scalarText,
  type HttpRequest,
  type HttpResult,
  type PanelHttpOptions,
} from './http';
import {
  createPanelHealth,
  outcomeForRest,
  statusFailure,
  throwFailure,
  transportFailure,
  type Failure,
} from './panel-health';

type Config = z.output<typeof GenericPanel>;

// Each place a value lands needs its own escaping, or a Persian text or a quote in it breaks the request.
const ENCODINGS = {
  url: encodeURIComponent,
  json: (value: string) => JSON.stringify(value).slice(1, -1),
  form: encodeURIComponent,
  // Header values are sent as typed; they hold keys and tokens, not message text.
  header: (value: string) => value,
} as const;

function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  encode: (value: string) => string,
): string {
  // Only known names are replaced, so the braces of a JSON body template pass through untouched.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : encode(value);
  });
}

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  form: 'application/x-www-form-urlencoded; charset=utf-8',
} as const;

function sendRequest(config: Config, message: PanelMessage): HttpRequest {
  const values = {
    to: message.to,
    to0: nationalMobile(message.to) ?? message.to,
    text: message.text,
    sender: config.sender,
    key: config.apiKey,
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers)) headers[name] = fillTemplate(value, values, ENCODINGS.header);
  const request: HttpRequest = { url: fillTemplate(config.sendUrl, values, ENCODINGS.url), method: config.method, headers };
  // A GET request has no body; its values travel in the URL template.
  if (config.method === 'POST' && config.bodyTemplate !== '') {
    request.body = fillTemplate(config.bodyTemplate, values, ENCODINGS[config.bodyType]);
    const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
    if (!typed) headers['content-type'] = CONTENT_TYPES[config.bodyType];
  }
  return request;
}

function answerFailure(result: HttpResult): Failure | null {
  if (result.kind !== 'answer') return transportFailure(result);
  return result.status >= 200 && result.status < 300 ? null : statusFailure(result.status, { rejected: { 402: 'panel.credit' } });
}

export function createGenericPanel(config: Config, options: PanelHttpOptions = {}): PanelGateway {
  const health = createPanelHealth();

  async function submit(message: PanelMessage): Promise<SubmitOutcome> {
    const result = await httpRequest(sendRequest(config, message), options);
    const failure = answerFailure(result);
    health.note(failure?.problem ?? null);
    if (failure !== null) return failure.outcome;
    const json = result.kind === 'answer' ? result.json : undefined;
    if (config.successPath !== '' && scalarText(lookupPath(json, config.successPath)) !== config.successValue) {
      return { kind: 'rejected', code: 'panel.refused' };
    }
    const id = scalarText(lookupPath(json, config.idPath));
    // The panel took it but gave no id to follow: sent, most likely, yet not to be matched or resent.
    return id === null || id === '' ? { kind: 'unknown', code: 'panel.noId' } : { kind: 'accepted', reference: id };
  }

  async function deliveryState(reference: string): Promise<PanelDelivery['state']> {
    const url = fillTemplate(config.statusUrl, { id: reference, key: config.apiKey }, ENCODINGS.url);
    const result = await httpRequest({ url, method: 'GET' }, options);
    const failure = answerFailure(result);
    if (failure !== null) throwFailure(health, failure);
    health.note(null);
    if (result.kind !== 'answer') return 'unknown';
    // Without a path the whole answer is the status, as panels that answer a bare "1" or "DELIVERED" do.
    const value = config.statusPath === '' ? result.text.trim() : scalarText(lookupPath(result.json, config.statusPath));
    if (value === null) return 'unknown';
    if (config.deliveredValues.includes(value)) return 'delivered';
    return config.failedValues.includes(value) ? 'failed' : 'pending';
  }

  return {
    kind: 'panel',
    status: health.status,

    async submitMessages(batch) {
      const outcomes = new Map<number, SubmitOutcome>();
      let rest: SubmitOutcome | null = null;
      for (const message of batch) {
        const outcome = rest ?? (await submit(message));
        outcomes.set(message.localId, outcome);
        rest ??= outcomeForRest(outcome);
      }
      return outcomes;
    },

    async queryDelivery(references) {
      if (config.statusUrl === '') return references.map((reference) => ({ reference, state: 'unknown' }));
      const deliveries: PanelDelivery[] = [];
      for (const reference of references) deliveries.push({ reference, state: await deliveryState(reference) });
      return deliveries;
    },

    fetchInbound: () => Promise.resolve([]),
  };
}
