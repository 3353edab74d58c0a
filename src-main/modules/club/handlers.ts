import { and, count, eq, isNull } from 'drizzle-orm';
import type { clubApi } from '../../../src-shared/api/club';
import { AppError } from '../../../src-shared/api/errors';
import { todayIsoDate } from '../../../src-shared/domain/jalali';
import { foldForSearch } from '../../../src-shared/domain/persian-text';
import type { WriteCtx } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { getOfficeSettings } from '../settings/queries';
import { printCards } from './card-printing';
import { checkCoupon } from './discounts';
import { getDraw, listDraws, runDraw, verifyDraw } from './draw-runs';
import { listMembers, lookup, memberPanel, requireMember } from './members';
import { awardOccasion, claimOccasion, join, reissueCard, renew, requireActiveMember, setStatus } from './membership';
import { sendNotice, tierNotice, walletNotice, CLUB_TOKENS } from './notices';
import { addMonths, credit, debit, ledgerPage, memberOfEntry, reverseEntry } from './points';
import { getPurchase, purchasesPage, recordPurchase } from './purchases';
import { clubReport, memberValue, readStat, type RfmBounds } from './reports';
import { clubDiscounts, clubDraws, clubEarnRules, clubMembers, clubSettings, clubTiers } from './schema';
import type { ClubService } from './service';
import { listRules, listTiers, readClubSettings } from './settings';
import { reviewTier } from './standing';
import { listDiscounts } from './discounts';
import { changeWallet, walletPage } from './wallet';

// Saves a draft: an update when it names a row (at its current version), an insert otherwise.
function save<T extends typeof clubTiers | typeof clubEarnRules | typeof clubDiscounts>(ctx: WriteCtx, table: T, draft: { id?: number } & Record<string, unknown>): number {
  const { id, ...values } = draft;
  if (id === undefined) return ctx.records.insert(table, values as never).id;
  ctx.records.update(table, id, values as never);
  return id;
}

export function createClubHandlers(service: ClubService): Handlers<typeof clubApi> {
  const panel = (ctx: { db: Parameters<typeof memberPanel>[0]; clock: { now(): number } }, memberId: number) => memberPanel(ctx.db, memberId, ctx.clock.now());
  // A change that moves the member's tier is told to them, like the purchase's.
  const afterPointsChange = (ctx: WriteCtx, memberId: number) => {
    const settings = readClubSettings(ctx.db);
    const change = reviewTier(ctx, memberId, settings, false);
    if (change) sendNotice(ctx, service.notices, requireMember(ctx.db, memberId).partyId, tierNotice(settings, change.toTier));
  };

  return {
    'club.getSettings': (_input, ctx) => readClubSettings(ctx.db),
    'club.updateSettings': ({ version, ...values }, ctx) => {
      ctx.records.update(clubSettings, 1, values, { expectedVersion: version });
      return readClubSettings(ctx.db);
    },
    'club.listTiers': (_input, ctx) => listTiers(ctx.db),
    'club.saveTier': (draft, ctx) => {
      const id = save(ctx, clubTiers, draft);
      return listTiers(ctx.db).find((t) => t.id === id)!;
    },
    'club.removeTier': ({ id }, ctx) => {
      const members = ctx.db.select({ n: count() }).from(clubMembers).where(eq(clubMembers.tierId, id)).get()?.n ?? 0;
      if (members > 0) throw new AppError('club.tierInUse', { members });
      ctx.records.remove(clubTiers, id);
      return { ok: true };
    },
    'club.listRules': (_input, ctx) => listRules(ctx.db),
    'club.saveRule': (draft, ctx) => {
      const id = save(ctx, clubEarnRules, { ...draft, match: draft.match === null ? null : foldForSearch(draft.match) });
      return listRules(ctx.db).find((r) => r.id === id)!;
    },
    'club.removeRule': ({ id }, ctx) => {
      ctx.records.remove(clubEarnRules, id);
      return { ok: true };
    },
    'club.listDiscounts': (_input, ctx) => listDiscounts(ctx.db),
    'club.saveDiscount': (draft, ctx) => {
      if (draft.code !== null) {
        const clash = ctx.db
          .select({ id: clubDiscounts.id })
          .from(clubDiscounts)
          .where(and(eq(clubDiscounts.code, draft.code), isNull(clubDiscounts.deletedAt)))
          .all()
          .some((row) => row.id !== draft.id);
        if (clash) throw new AppError('input.invalid', { issues: [{ path: ['code'], message: 'validation.codeTaken' }] });
      }
      const id = save(ctx, clubDiscounts, draft);
      return listDiscounts(ctx.db).find((d) => d.id === id)!;
    },
    'club.removeDiscount': ({ id }, ctx) => {
      ctx.records.remove(clubDiscounts, id);
      return { ok: true };
    },

    'club.lookup': ({ code }, ctx) => lookup(ctx.db, code, ctx.clock.now()),
    'club.panel': ({ memberId }, ctx) => panel(ctx, memberId),
    'club.listMembers': ({ offset, limit, ...filter }, ctx) => listMembers(ctx.db, filter, offset, limit),
    'club.join': (input, ctx) => panel(ctx, join(ctx, input)),
    'club.setStatus': ({ memberId, status, reason }, ctx) => {
      setStatus(ctx, memberId, status, reason);
      return panel(ctx, memberId);
    },
    'club.renew': ({ memberId, feePaidRials }, ctx) => {
      renew(ctx, memberId, feePaidRials);
      return panel(ctx, memberId);
    },
    'club.reissueCard': ({ memberId, reason, cardCode }, ctx) => {
      reissueCard(ctx, memberId, reason, cardCode);
      return panel(ctx, memberId);
    },
    'club.printCards': (request, ctx) => printCards(ctx.db, request, getOfficeSettings(ctx.db).officeName, ctx.clock.now()),

    'club.ledger': ({ memberId, offset, limit }, ctx) => {
      requireMember(ctx.db, memberId);
      return ledgerPage(ctx.db, memberId, offset, limit);
    },
    'club.adjustPoints': ({ memberId, points, reason }, ctx) => {
      requireMember(ctx.db, memberId);
      if (points > 0) credit(ctx, { memberId, kind: 'adjust', points, reason, expiresAt: addMonths(ctx.clock.now(), readClubSettings(ctx.db).pointsExpiryMonths) });
      else debit(ctx, { memberId, kind: 'adjust', points: -points, reason });
      afterPointsChange(ctx, memberId);
      return panel(ctx, memberId);
    },
    'club.redeemPoints': ({ memberId, points, reason }, ctx) => {
      requireActiveMember(ctx.db, memberId);
      debit(ctx, { memberId, kind: 'redeem', points, reason });
      return panel(ctx, memberId);
    },
    'club.reverseEntry': ({ entryId, reason }, ctx) => {
      const memberId = memberOfEntry(ctx.db, entryId);
      reverseEntry(ctx, entryId, reason, readClubSettings(ctx.db).pointsExpiryMonths);
      return panel(ctx, memberId);
    },
    'club.awardSurvey': ({ memberId, survey }, ctx) => {
      requireActiveMember(ctx.db, memberId);
      if (!claimOccasion(ctx.db, memberId, `survey:${foldForSearch(survey)}`, ctx.clock.now())) throw new AppError('club.surveyDone');
      awardOccasion(ctx, memberId, 'survey', survey);
      afterPointsChange(ctx, memberId);
      return panel(ctx, memberId);
    },

    'club.recordPurchase': (input, ctx) => {
      const { purchaseId, tierChange } = recordPurchase(ctx, input, service.notices);
      return {
        purchase: getPurchase(ctx.db, purchaseId),
        tierChange: tierChange && { fromTier: tierChange.fromTier, toTier: tierChange.toTier, reason: tierChange.reason },
        panel: panel(ctx, input.memberId),
      };
    },
    'club.purchases': ({ memberId, offset, limit }, ctx) => purchasesPage(ctx.db, memberId, offset, limit),
    'club.wallet': ({ memberId, offset, limit }, ctx) => walletPage(ctx.db, memberId, offset, limit),
    'club.changeWallet': ({ memberId, kind, amountRials, reason }, ctx) => {
      const member = requireActiveMember(ctx.db, memberId);
      changeWallet(ctx, memberId, kind, amountRials, reason);
      sendNotice(ctx, service.notices, member.partyId, walletNotice(readClubSettings(ctx.db), amountRials, kind !== 'spend', getOfficeSettings(ctx.db).moneyUnit));
      return panel(ctx, memberId);
    },
    'club.checkCoupon': ({ memberId, code, amountRials }, ctx) => {
      const member = requireMember(ctx.db, memberId);
      return checkCoupon(ctx.db, memberId, member.tierId, code, amountRials, todayIsoDate(ctx.clock.now()));
    },

    'club.listDraws': ({ offset, limit }, ctx) => listDraws(ctx.db, offset, limit),
    'club.getDraw': ({ id }, ctx) => getDraw(ctx.db, id),
    'club.runDraw': (input, ctx) => getDraw(ctx.db, runDraw(ctx, input)),
    'club.verifyDraw': ({ id }, ctx) => verifyDraw(ctx.db, id),
    'club.announceDraw': ({ id }, ctx) => {
      const draw = getDraw(ctx.db, id);
      const settings = readClubSettings(ctx.db);
      let messages = 0;
      for (const winner of draw.winners) {
        const member = requireMember(ctx.db, winner.memberId);
        if (sendNotice(ctx, service.notices, member.partyId, { body: settings.smsDrawWinner, custom: { [CLUB_TOKENS.draw]: draw.name } })) messages++;
      }
      ctx.records.update(clubDraws, id, { announcedAt: ctx.clock.now() });
      return { messages };
    },

    'club.report': ({ months }, ctx) => clubReport(ctx.db, months, ctx.clock.now()),
    'club.memberValue': ({ memberId }, ctx) => memberValue(ctx.db, memberId, ctx.clock.now(), readStat<RfmBounds>(ctx.db, 'rfm')),
    'club.runNightly': () => service.runNightly(),
  };
}
