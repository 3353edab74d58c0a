import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createCore } from '../create-core';
import type { PhoneLine } from '../../src-shared/api/telephony';
import { parseCallerIdArg } from './callerid-arg';
import { DatabaseTooNewError } from '../core/db/migrate';
import { startupMessages } from '../../src-shared/i18n/fa';
import { createHttpServer } from './http';
import { defaultDataDir } from './data-dir';

const STATIC_ROOT = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

const USAGE = `npm run serve -- [--data DIR] [--host 127.0.0.1|0.0.0.0] [--port 7431] [--sms-modem PORT] [--callerid KIND:PORT,…]
  --data       folder of the database and attachments (default: ${defaultDataDir()})
  --host       127.0.0.1 serves this PC only; 0.0.0.0 serves the office LAN
  --port       TCP port; 0 picks a free one
  --sms-modem  serial port of the GSM modem (/dev/ttyUSB2, COM5), whatever the SMS settings say
  --callerid   phone lines, whatever the telephony settings say: voiceModem:PORT, gsm:PORT or box:PORT,
               comma-separated (a gsm line on the --sms-modem port shares that modem)`;

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '7431' },
      'sms-modem': { type: 'string' },
      callerid: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port ${values.port}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let lines: PhoneLine[] | null = null;
  try {
    lines = values.callerid === undefined ? null : parseCallerIdArg(values.callerid);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const dataDir = values.data ?? defaultDataDir();
  let core;
  try {
    core = createCore({
      dataDir,
      messagingDevices: { modemPortOverride: values['sms-modem'] ?? null },
      telephonyDevices: { linesOverride: lines },
    });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      console.error(startupMessages.databaseTooNew);
      process.exitCode = 3;
      return;
    }
    throw error;
  }
  const server = createHttpServer(core, { staticRoot: STATIC_ROOT });
  server.listen(port, values.host, () => {
    const { port: actualPort } = server.address() as AddressInfo;
    const shownHost = values.host === '0.0.0.0' ? '127.0.0.1' : values.host;
    console.log(`Peyvand: http://${shownHost}:${actualPort}/`);
    console.log(`data: ${core.dbPath}`);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void core.close().then(() => process.exit(0));
    });
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
