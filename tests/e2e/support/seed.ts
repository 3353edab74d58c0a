import type { Input, MethodName, Output } from '../../../src-shared/api/contract';
import type { ApiReply } from '../../../src-shared/api/wire';

// Direct API calls for what a test needs to exist but does not test (the wire the UI uses, nothing else).
export async function apiCall<M extends MethodName>(
  baseUrl: string,
  method: M,
  input: Input<M>,
  token?: string,
): Promise<Output<M>> {
  const response = await fetch(new URL(`/api/${method}`, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as ApiReply<Output<M>>;
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

export const ADMIN = { username: 'modir', password: 'modir-pass-1403', displayName: 'مدیر سیستم' } as const;
export const OFFICE = 'بازرگانی نمونه';

export async function setUpOffice(baseUrl: string): Promise<string> {
  const grant = await apiCall(baseUrl, 'auth.setupAdmin', {
    officeName: OFFICE,
    defaultAreaCode: '021',
    username: ADMIN.username,
    displayName: ADMIN.displayName,
    password: ADMIN.password,
  });
  return grant.token;
}
