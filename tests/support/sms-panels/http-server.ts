// A local HTTP server on an ephemeral port, with the request body read and ways to misbehave that
// only a real socket shows: hanging up halfway through an answer, or never answering.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  // Path and query as sent, still percent-encoded.
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Answer {
  status: number;
  body: string;
}

// 'hangup': headers and half the body, then the socket is destroyed. 'silent': no answer at all.
export type Misbehaviour = 'hangup' | 'silent';

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

export async function startLocalServer(
  handle: (request: ReceivedRequest) => Answer | Misbehaviour,
): Promise<LocalServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => {
      const answer = handle({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(parts).toString('utf8'),
      });
      if (answer === 'silent') return;
      if (answer === 'hangup') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
        res.write('{"return":{"status":200,');
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
