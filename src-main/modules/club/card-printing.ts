import type { z } from 'zod';
import type { clubApi } from '../../../src-shared/api/club';
import type { ExportedFile } from '../../../src-shared/api/parties';
import { formatJalaliDate, instantToLocalIsoDate, todayIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { ReadDb } from '../../core/db/open';
import { renderMembershipCards } from '../printing/membership-cards';
import { memberIdsMatching, getMemberRow } from './members';
import { listTiers } from './settings';

type Request = z.output<(typeof clubApi)['club.printCards']['input']>;

// A card printer takes one batch at a time; more than this is split by the office into several runs.
const MAX_CARDS = 5_000;

export async function printCards(db: ReadDb, request: Request, officeName: string, now: number): Promise<z.input<typeof ExportedFile>> {
  const ids = request.memberIds ?? memberIdsMatching(db, request.filter ?? {}, MAX_CARDS);
  const tiers = new Map(listTiers(db).map((tier) => [tier.id, tier.colour]));
  const faces = ids
    .map((id) => getMemberRow(db, id))
    .filter((member) => member.cardCode !== null)
    .map((member) => ({
      name: member.name,
      membershipNumber: member.membershipNumber,
      cardCode: member.cardCode!,
      tierName: member.tierName,
      tierColour: member.tierId === null ? null : (tiers.get(member.tierId) ?? null),
      joinedOn: formatJalaliDate(instantToLocalIsoDate(member.joinedAt)),
    }));
  const pdf = await renderMembershipCards(faces, { officeName, barcode: request.barcode, paper: request.paper });
  return {
    fileName: `کارت-عضویت-${toPersianDigits(todayIsoDate(now))}.pdf`,
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
