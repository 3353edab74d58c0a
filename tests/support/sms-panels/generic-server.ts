// A stand-in for "any web service that sends one SMS per request": it records what it received and
// answers as the test tells it to.
import { startLocalServer, type Answer, type Misbehaviour, type ReceivedRequest } from './http-server';

export interface GenericServer {
  url: string;
  requests: ReceivedRequest[];
  answerWith(handle: (request: ReceivedRequest) => Answer | Misbehaviour): void;
  close(): Promise<void>;
}

export async function startGenericServer(): Promise<GenericServer> {
  const requests: ReceivedRequest[] = [];
  let handle = (_request: ReceivedRequest): Answer | Misbehaviour => ({ status: 200, body: '{}' });
  const server = await startLocalServer((request) => {
    requests.push(request);
    return handle(request);
  });
  return {
    url: server.url,
    requests,
    answerWith: (next) => {
      handle = next;
    },
    close: server.close,
  };
}
