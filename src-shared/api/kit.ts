import { z } from 'zod';
import type { Permission } from './permissions';

// Who may call a method: anyone (only what a login screen needs), any signed-in user, or holders of one right.
export type Access = { kind: 'public' } | { kind: 'session' } | { kind: 'permission'; permission: Permission };

export interface MethodSpec<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends 'query' | 'command' = 'query' | 'command',
> {
  kind: K;
  input: I;
  output: O;
  access: Access;
}

export type ApiSlice = Record<string, MethodSpec>;

interface SpecOptions<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  permission?: Permission;
  public?: true;
}

function accessOf(options: { permission?: Permission; public?: true }): Access {
  if (options.public) return { kind: 'public' };
  if (options.permission) return { kind: 'permission', permission: options.permission };
  return { kind: 'session' };
}

export function query<I extends z.ZodType, O extends z.ZodType>(options: SpecOptions<I, O>): MethodSpec<I, O, 'query'> {
  return { kind: 'query', input: options.input, output: options.output, access: accessOf(options) };
}

export function command<I extends z.ZodType, O extends z.ZodType>(
  options: SpecOptions<I, O>,
): MethodSpec<I, O, 'command'> {
  return { kind: 'command', input: options.input, output: options.output, access: accessOf(options) };
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

// Combining slices with a spread would let a later slice silently replace a method: refuse duplicates instead.
export function defineContract<const Slices extends readonly ApiSlice[]>(
  slices: Slices,
): UnionToIntersection<Slices[number]> {
  const contract: ApiSlice = {};
  for (const slice of slices) {
    for (const [name, spec] of Object.entries(slice)) {
      if (name in contract) throw new Error(`API method defined twice: ${name}`);
      contract[name] = spec;
    }
  }
  return contract as UnionToIntersection<Slices[number]>;
}

export const RecordId = z.number().int().positive();
export const RecordRef = z.object({ id: RecordId });
export const VersionedRef = z.object({ id: RecordId, version: z.number().int().positive() });
export const Empty = z.object({}).strict().default({});
export const Ok = z.object({ ok: z.literal(true) });

export function page<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().nonnegative() });
}

export const PageRequest = z.object({
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
