import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Attachment, attachmentsApi } from '../../../src-shared/api/attachments';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { Permission } from '../../../src-shared/api/permissions';
import { can, type ReadCtx, type WriteCtx } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { parties } from '../parties/schema';
import { interactions } from '../interactions/schema';
import { assertPartyInScope } from '../parties/scope';
import { getOfficeSettings } from '../settings/queries';
import { attachments } from './schema';

const EDIT_RIGHT: Record<PartyKind, Permission> = { person: 'people.edit', company: 'companies.edit' };

function select(db: ReadDb | WriteDb) {
  return db
    .select({
      id: attachments.id,
      partyId: attachments.partyId,
      interactionId: attachments.interactionId,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      size: attachments.size,
      purpose: attachments.purpose,
      description: attachments.description,
      createdAt: attachments.createdAt,
      createdByName: users.displayName,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.createdBy));
}

function publicShape({ storageKey: _key, ...attachment }: Attachment & { storageKey: string }): Attachment {
  return attachment;
}

// Reading needs the record to be visible; changing it needs the edit right of its kind.
function checkParty(ctx: ReadCtx | WriteCtx, partyId: number, change: boolean): void {
  assertPartyInScope(ctx.db, ctx.session, partyId);
  if (!change) return;
  const kind = ctx.db.select({ kind: parties.kind }).from(parties).where(eq(parties.id, partyId)).get()!.kind;
  if (!can(ctx.session, EDIT_RIGHT[kind])) throw new AppError('auth.forbidden', { permission: EDIT_RIGHT[kind] });
}

function checkInteraction(ctx: WriteCtx, partyId: number, interactionId: number): void {
  const interaction = ctx.db
    .select({ partyId: interactions.partyId, companyId: interactions.companyId })
    .from(interactions)
    .where(and(eq(interactions.id, interactionId), isNull(interactions.deletedAt)))
    .get();
  if (!interaction || (interaction.partyId !== partyId && interaction.companyId !== partyId)) {
    throw new AppError('record.notFound', { table: 'interactions', id: interactionId });
  }
}

// When two records of one person are merged, the duplicate's files go to the survivor.
export function moveAttachments(ctx: WriteCtx, fromPartyId: number, toPartyId: number): void {
  const moving = ctx.db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.partyId, fromPartyId), isNull(attachments.deletedAt)))
    .all();
  for (const { id } of moving) ctx.records.update(attachments, id, { partyId: toPartyId });
}

function liveAttachment(ctx: ReadCtx | WriteCtx, id: number) {
  const row = select(ctx.db).where(and(eq(attachments.id, id), isNull(attachments.deletedAt))).get();
  if (!row) throw new AppError('record.notFound', { table: 'attachments', id });
  return row;
}

export function createAttachmentsHandlers(folder: string): Handlers<typeof attachmentsApi> {
  return {
    'attachments.list': ({ partyId, interactionId }, ctx) => {
      checkParty(ctx, partyId, false);
      return select(ctx.db)
        .where(
          and(
            eq(attachments.partyId, partyId),
            interactionId === undefined ? undefined : eq(attachments.interactionId, interactionId),
            isNull(attachments.deletedAt),
          ),
        )
        .orderBy(desc(attachments.id))
        .all()
        .map(publicShape);
    },
    'attachments.add': ({ contentBase64, ...input }, ctx) => {
      checkParty(ctx, input.partyId, true);
      if (input.interactionId !== null) checkInteraction(ctx, input.partyId, input.interactionId);
      const content = Buffer.from(contentBase64, 'base64');
      const limitMb = getOfficeSettings(ctx.db).attachmentMaxMb;
      if (content.length > limitMb * 1024 * 1024) throw new AppError('attachments.tooLarge', { limitMb });
      const storageKey = `${new Date(ctx.clock.now()).getFullYear()}/${randomUUID()}`;
      const row = ctx.records.insert(attachments, {
        ...input,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        storageKey,
      });
      // Written after the row: if writing fails, the command's transaction rolls the row back.
      const path = join(folder, storageKey);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return publicShape(liveAttachment(ctx, row.id));
    },
    'attachments.download': ({ id }, ctx) => {
      const attachment = liveAttachment(ctx, id);
      checkParty(ctx, attachment.partyId, false);
      return {
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        contentBase64: readFileSync(join(folder, attachment.storageKey)).toString('base64'),
      };
    },
    // Logical: the file stays on disk so that a restore from the audit trail can bring it back.
    'attachments.remove': ({ id }, ctx) => {
      checkParty(ctx, liveAttachment(ctx, id).partyId, true);
      ctx.records.remove(attachments, id);
      return { ok: true };
    },
  };
}
