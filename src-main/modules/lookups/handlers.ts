import { and, asc, eq, isNull } from 'drizzle-orm';
import { LOOKUP_KINDS, type LookupKind, type lookupsApi } from '../../../src-shared/api/lookups';
import { COMPANY_TYPES } from '../../../src-shared/api/companies';
import type { Handlers } from '../../core/dispatch';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { lookupValues } from './schema';

// What a new office starts with until it edits a list.
const DEFAULTS: Record<LookupKind, readonly string[]> = {
  prefix: ['دکتر', 'مهندس', 'استاد', 'حاج آقا', 'حاج خانم', 'سرهنگ'],
  companyType: COMPANY_TYPES,
  interactionMethod: [],
  referralSource: ['معرفی دوستان', 'اینستاگرام', 'وب‌سایت', 'نمایشگاه', 'تبلیغات محیطی', 'جست‌وجوی اینترنتی'],
  activityType: [],
  role: [],
  ranking: ['طلایی', 'نقره‌ای', 'برنزی'],
  taskType: ['تماس', 'پیگیری', 'جلسه', 'ارسال پیش‌فاکتور', 'بازدید', 'پشتیبانی'],
  taskStatus: ['در انتظار', 'در حال انجام', 'منتظر پاسخ مشتری', 'متوقف'],
};

function rowsOf(db: ReadDb | WriteDb, kind?: LookupKind) {
  return db
    .select({ id: lookupValues.id, kind: lookupValues.kind, value: lookupValues.value })
    .from(lookupValues)
    .where(and(isNull(lookupValues.deletedAt), kind ? eq(lookupValues.kind, kind) : undefined))
    .orderBy(asc(lookupValues.position))
    .all();
}

export const lookupsHandlers: Handlers<typeof lookupsApi> = {
  'lookups.list': (_input, ctx) => {
    const stored = rowsOf(ctx.db);
    const edited = new Set(stored.map((row) => row.kind));
    return Object.fromEntries(
      LOOKUP_KINDS.map((kind) => [kind, edited.has(kind) ? stored.filter((row) => row.kind === kind).map((row) => row.value) : [...DEFAULTS[kind]]]),
    ) as Record<LookupKind, string[]>;
  },
  'lookups.save': ({ kind, values }, ctx) => {
    const unique = [...new Set(values)];
    const existing = new Map(rowsOf(ctx.db, kind).map((row) => [row.value, row.id]));
    unique.forEach((value, position) => {
      const id = existing.get(value);
      if (id === undefined) ctx.records.insert(lookupValues, { kind, value, position });
      else {
        ctx.records.update(lookupValues, id, { position });
        existing.delete(value);
      }
    });
    for (const id of existing.values()) ctx.records.remove(lookupValues, id);
    return unique;
  },
};
