// A PhoneLine's settings to the source that reads it. A GSM line whose port is the SMS modem's must be
// that same GsmDevice (only one program may own the port): create-core passes it as options.gsm.

import type { PhoneLine } from '../../../src-shared/api/telephony';
import { createGsmModem } from '../gsm/gsm-modem';
import type { CallerIdSource, GsmDevice } from '../ports';
import { createBoxSource } from './box-source';
import { createVoiceModemSource } from './voice-modem-source';

export interface CallerIdSourceOptions {
  // Paths to try on every (re)connect; by default the configured port only.
  candidates?: () => string[];
  log?: (line: string) => void;
  // The SMS modem, when it is on this line's port.
  gsm?: GsmDevice;
}

export function createCallerIdSource(line: PhoneLine, options: CallerIdSourceOptions = {}): CallerIdSource {
  const candidates = options.candidates ?? (() => [line.port]);
  switch (line.kind) {
    case 'voiceModem':
      return createVoiceModemSource({ candidates, init: line.modemInit, log: options.log });
    case 'box':
      return createBoxSource({ candidates, format: line.box, log: options.log });
    case 'gsm':
      return options.gsm ?? createStandaloneGsm(line, options);
  }
}

// A SIM used for calls only: no PIN, the SIM's own service centre.
export function createStandaloneGsm(line: PhoneLine, options: CallerIdSourceOptions = {}): GsmDevice {
  return createGsmModem({ candidates: options.candidates ?? (() => [line.port]), pin: null, smsc: null, log: options.log });
}
