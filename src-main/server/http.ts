import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError, httpStatusOf } from '../../src-shared/api/errors';
import type { ApiReply } from '../../src-shared/api/wire';
import type { Core } from '../create-core';
import { attachEventsSocket } from './ws';
import { serveStatic } from './static';

// Imports arrive as base64 in the body: room for a workbook of a few hundred thousand rows.
const MAX_BODY_BYTES = 100 * 1024 * 1024;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

function sendReply(response: ServerResponse, reply: ApiReply): void {
  sendJson(response, reply.ok ? 200 : httpStatusOf(reply.error.code), reply);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AppError('input.invalid', { reason: 'bodyTooLarge' });
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('input.invalid', { reason: 'badJson' });
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

// The LAN transport: POST /api/<method> with the method's input as the body, GET /api/health, the
// events socket, and the built UI. No logic of its own: everything goes through core.call.
export function createHttpServer(core: Core, options: { staticRoot: string }): Server {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/api/health' && request.method === 'GET') {
        sendJson(response, 200, { ok: true, value: { status: 'ok', schemaVersion: core.schemaVersion } });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') {
          response.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        const input = await readJson(request);
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        sendReply(response, await core.call({ method, input }, bearerToken(request.headers.authorization)));
        return;
      }
      await serveStatic(options.staticRoot, url.pathname, request, response);
    } catch (error) {
      if (error instanceof AppError) sendReply(response, { ok: false, error: error.toBody() });
      else {
        console.error('HTTP request failed', error);
        if (!response.headersSent) sendReply(response, { ok: false, error: { code: 'internal' } });
      }
    }
  });
  attachEventsSocket(server, core);
  return server;
}
