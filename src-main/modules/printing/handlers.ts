import { count, desc, eq, and, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { printingApi, PrintRunResult } from '../../../src-shared/api/printing';
import { formatJalaliDate, toJalali, todayIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { requireSession, type WriteCtx } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { nextInSequence } from '../../core/db/sequences';
import { users } from '../auth/schema';
import { logInteraction } from '../interactions/queries';
import { mergeRowOf } from '../parties/merge-data';
import { assertPartyInScope } from '../parties/scope';
import { parties } from '../parties/schema';
import { getOfficeSettings } from '../settings/queries';
import type { z } from 'zod';
import {
  fileBaseName,
  letterNumber,
  letterSubject,
  planRun,
  printableOf,
  produceFile,
  toRecipient,
  unknownTokens,
  type MergeContext,
  type Recipient,
} from './mail-merge';
import { printList } from './list-printout';
import { lettersRegister, printTemplates } from './schema';
import { getTemplate, listTemplates } from './templates';

// How often a run reports progress (and notices a cancel).
const CHECKPOINT_EVERY = 50;

function mergeContext(db: Parameters<typeof getOfficeSettings>[0], now: number, custom: Record<string, string>): MergeContext {
  return { custom, moneyUnit: getOfficeSettings(db).moneyUnit, today: todayIsoDate(now) };
}

// A printed letter is numbered in the year's series, logged on its recipient and entered in the register.
function registerLetter(ctx: WriteCtx, recipient: Recipient, templateId: number, templateName: string, prefix: string, subject: string): string {
  const now = ctx.clock.now();
  const { jy } = toJalali(todayIsoDate(now));
  const series = `letter_number:${jy}`;
  const number = letterNumber(prefix, jy, nextInSequence(ctx.db, series, () => 0));
  const interactionId = logInteraction(ctx, {
    partyId: recipient.partyId,
    subject: subject ? `نامه: ${subject}` : `نامهٔ ${templateName}`,
    method: 'letter',
    direction: 'outgoing',
    occurredAt: now,
    userId: ctx.session?.userId ?? null,
    description: `شمارهٔ ${number}`,
  });
  ctx.records.insert(lettersRegister, { number, at: now, partyId: recipient.partyId, templateId, templateName, interactionId });
  return number;
}

export const printingHandlers: Handlers<typeof printingApi> = {
  'printing.listTemplates': ({ kind }, ctx) => listTemplates(ctx.db, kind),
  'printing.saveTemplate': ({ id, version, name, layout }, ctx) => {
    if (id === undefined) return getTemplate(ctx.db, ctx.records.insert(printTemplates, { name, kind: layout.kind, layout }).id);
    if (getTemplate(ctx.db, id).kind !== layout.kind) throw new AppError('input.invalid', { issues: [{ path: ['layout', 'kind'], message: 'validation.invalid' }] });
    ctx.records.update(printTemplates, id, { name, layout }, version === undefined ? {} : { expectedVersion: version });
    return getTemplate(ctx.db, id);
  },
  'printing.removeTemplate': ({ id }, ctx) => {
    ctx.records.remove(printTemplates, id);
    return { ok: true };
  },

  'printing.preview': async ({ templateId, partyId, customFields }, ctx) => {
    assertPartyInScope(ctx.db, ctx.session, partyId);
    const template = getTemplate(ctx.db, templateId);
    const row = mergeRowOf(ctx.db, partyId);
    if (!row) throw new AppError('record.notFound', { table: 'parties', id: partyId });
    const context = mergeContext(ctx.db, ctx.clock.now(), customFields);
    const printable = printableOf(template.layout, [{ merge: toRecipient(row).merge, number: null }], context);
    return produceFile(template, printable, { format: 'pdf', startAt: 1, printer: null }, `پیش‌نمایش-${fileBaseName(template, context.today)}`);
  },

  'printing.checkRun': (request, ctx) => {
    const session = requireSession(ctx);
    const template = getTemplate(ctx.db, request.templateId);
    const plan = planRun(ctx.db, session, request, todayIsoDate(ctx.clock.now()));
    return {
      recipients: plan.recipients.length,
      withoutAddress: plan.withoutAddress.slice(0, 100),
      withoutAddressCount: plan.withoutAddress.length,
      unknownFields: unknownTokens(template, request.customFields),
    };
  },

  'printing.startRun': (request, ctx) => {
    const session = requireSession(ctx);
    const template = getTemplate(ctx.db, request.templateId);
    if (request.format === 'docx' && template.kind !== 'letter') {
      throw new AppError('input.invalid', { issues: [{ path: ['format'], message: 'validation.docxLettersOnly' }] });
    }
    return ctx.jobs.startWrite('print', async (writeCtx, control) => {
      const context = mergeContext(writeCtx.db, writeCtx.clock.now(), request.customFields);
      const plan = planRun(writeCtx.db, session, request, context.today);
      if (plan.withoutAddress.length > 0 && request.missingAddress === 'stop') throw new AppError('printing.missingAddress', { count: plan.withoutAddress.length });
      if (plan.recipients.length === 0) throw new AppError('printing.noRecipients');
      const layout = template.layout;
      const total = plan.recipients.length;
      const items = [];
      for (const [i, recipient] of plan.recipients.entries()) {
        if (i % CHECKPOINT_EVERY === 0) await control.checkpoint(i, total);
        const number =
          layout.kind === 'letter'
            ? toPersianDigits(registerLetter(writeCtx, recipient, template.id, template.name, layout.numberPrefix, letterSubject(layout, recipient.merge, context)))
            : null;
        items.push({ merge: recipient.merge, number });
      }
      await control.checkpoint(total, total);
      const file = await produceFile(template, printableOf(layout, items, context), request, fileBaseName(template, context.today));
      const result: z.input<typeof PrintRunResult> = { file, printed: total, skipped: plan.withoutAddress.length };
      return { commit: true, result };
    });
  },

  'printing.listPrintout': async ({ title, filterLine, columns, rows }, ctx) => {
    const today = todayIsoDate(ctx.clock.now());
    const pdf = await printList({ title, filterLine, columns, rows, printedOn: formatJalaliDate(today) });
    return { fileName: `${title}-${toPersianDigits(today)}.pdf`, mimeType: 'application/pdf', contentBase64: pdf.toString('base64') };
  },

  'printing.register': ({ partyId, offset, limit }, ctx) => {
    const where = and(isNull(lettersRegister.deletedAt), partyId === undefined ? undefined : eq(lettersRegister.partyId, partyId));
    const rows = ctx.db
      .select({
        id: lettersRegister.id,
        number: lettersRegister.number,
        at: lettersRegister.at,
        partyId: lettersRegister.partyId,
        partyKind: parties.kind,
        partyName: parties.displayName,
        templateName: lettersRegister.templateName,
        userName: users.displayName,
      })
      .from(lettersRegister)
      .innerJoin(parties, eq(parties.id, lettersRegister.partyId))
      .leftJoin(users, eq(users.id, lettersRegister.createdBy))
      .where(where)
      .orderBy(desc(lettersRegister.at), desc(lettersRegister.id))
      .limit(limit)
      .offset(offset)
      .all();
    return { rows, total: ctx.db.select({ n: count() }).from(lettersRegister).where(where).get()?.n ?? 0 };
  },
};
