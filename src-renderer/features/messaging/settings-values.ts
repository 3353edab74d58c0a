import type { Input } from '../../../src-shared/api/contract';
import type { MessagingSettings } from '../../../src-shared/api/messaging';
import type { PanelConfig } from '../../../src-shared/api/sms-panels';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { PanelValues } from './PanelFields';

const EMPTY_PANEL: PanelValues = {
  provider: 'none',
  name: '',
  apiKey: '',
  sender: '',
  baseUrl: 'https://api.kavenegar.com',
  method: 'POST',
  sendUrl: '',
  headers: '',
  bodyTemplate: '',
  bodyType: 'json',
  successPath: '',
  successValue: '',
  idPath: '',
  statusUrl: '',
  statusPath: '',
  deliveredValues: '',
  failedValues: '',
};

export function panelValuesOf(panel: PanelConfig | null): PanelValues {
  if (!panel) return EMPTY_PANEL;
  if (panel.provider === 'kavenegar') return { ...EMPTY_PANEL, provider: 'kavenegar', apiKey: panel.apiKey, sender: panel.sender, baseUrl: panel.baseUrl };
  return {
    ...EMPTY_PANEL,
    ...panel,
    headers: Object.entries(panel.headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    deliveredValues: panel.deliveredValues.join(', '),
    failedValues: panel.failedValues.join(', '),
  };
}

const list = (text: string) =>
  text
    .split(/[,،]/)
    .map((item) => item.trim())
    .filter(Boolean);

function headersOf(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

export function panelConfigOf(values: PanelValues): PanelConfig | null {
  if (values.provider === 'none') return null;
  if (values.provider === 'kavenegar') {
    return { provider: 'kavenegar', apiKey: values.apiKey, sender: toAsciiDigits(values.sender), baseUrl: values.baseUrl };
  }
  return {
    provider: 'generic',
    name: values.name,
    apiKey: values.apiKey,
    sender: toAsciiDigits(values.sender),
    method: values.method,
    sendUrl: values.sendUrl,
    headers: headersOf(values.headers),
    bodyTemplate: values.bodyTemplate,
    bodyType: values.bodyType,
    successPath: values.successPath,
    successValue: values.successValue,
    idPath: values.idPath,
    statusUrl: values.statusUrl,
    statusPath: values.statusPath,
    deliveredValues: list(values.deliveredValues),
    failedValues: list(values.failedValues),
  };
}

// The form's fields, all text (numbers in Persian digits, as typed).
export interface SettingsValues {
  modemEnabled: boolean;
  modemPorts: string;
  modemPin: string;
  removePin: boolean;
  modemSmsc: string;
  modemDailyLimit: string;
  bulkThreshold: string;
  routes: MessagingSettings['routes'];
  quietStart: string;
  quietEnd: string;
  deliveryReports: boolean;
  panel: PanelValues;
}

export function settingsValuesOf(settings: MessagingSettings): SettingsValues {
  return {
    modemEnabled: settings.modemEnabled,
    modemPorts: settings.modemPorts.join('\n'),
    modemPin: '',
    removePin: false,
    modemSmsc: settings.modemSmsc ?? '',
    modemDailyLimit: toPersianDigits(settings.modemDailyLimit),
    bulkThreshold: toPersianDigits(settings.bulkThreshold),
    routes: { ...settings.routes },
    quietStart: toPersianDigits(settings.quietStart ?? ''),
    quietEnd: toPersianDigits(settings.quietEnd ?? ''),
    deliveryReports: settings.deliveryReports,
    panel: panelValuesOf(settings.panel),
  };
}

// Left empty, a number goes as 0 so the server's range check names the field.
const numberOf = (text: string) => Number(toAsciiDigits(text).replace(/\D/g, '') || 0);
const orNull = (text: string) => (text.trim() ? toAsciiDigits(text.trim()) : null);

export function settingsUpdateOf(values: SettingsValues, version: number): Input<'messaging.updateSettings'> {
  const pin = toAsciiDigits(values.modemPin.trim());
  return {
    version,
    modemEnabled: values.modemEnabled,
    modemPorts: values.modemPorts
      .split('\n')
      .map((port) => port.trim())
      .filter(Boolean),
    ...(values.removePin ? { modemPin: null } : pin ? { modemPin: pin } : {}),
    modemSmsc: orNull(values.modemSmsc),
    modemDailyLimit: numberOf(values.modemDailyLimit),
    bulkThreshold: numberOf(values.bulkThreshold),
    panel: panelConfigOf(values.panel),
    routes: values.routes,
    quietStart: orNull(values.quietStart),
    quietEnd: orNull(values.quietEnd),
    deliveryReports: values.deliveryReports,
  };
}
