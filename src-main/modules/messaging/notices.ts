import { renderTemplate } from '../../../src-shared/domain/merge-fields';
import type { WriteCtx } from '../../core/context';
import type { SmsNotices } from '../club/notices';
import { getOfficeSettings } from '../settings/queries';
import { chooseGateway } from './gateway-choice';
import { enqueueMessages } from './outbox-store';
import { noticeRecipient } from './recipients';
import type { MessagingService } from './service';
import { readMessagingSettings } from './settings-queries';

// Automatic messages other domains send to one known person (the club's wallet and tier notices): the
// single-message route, the person's preferred SMS mobile, never to an opted-out number. Queued in the
// caller's transaction, so the notice exists exactly when the change it reports does.
export function createSmsNotices(service: MessagingService): SmsNotices {
  return {
    queue(ctx: WriteCtx, partyId, body, custom) {
      // No gateway set up: nothing to look up (a nightly run may have ninety thousand notices).
      const gateway = chooseGateway('single', 1, readMessagingSettings(ctx.db), service.modemPortOverride);
      if (gateway === null) return false;
      const recipient = noticeRecipient(ctx.db, partyId);
      if (!recipient) return false;
      const { text } = renderTemplate(body, recipient.merge, { custom, moneyUnit: getOfficeSettings(ctx.db).moneyUnit });
      enqueueMessages(ctx.db, [{ campaignId: null, partyId, number: recipient.number, text, kind: 'single', gateway, createdBy: ctx.session?.userId ?? null }], ctx.clock.now());
      // The worker reads on its own connection: wake it once this transaction has committed.
      setImmediate(() => service.wake());
      return true;
    },
  };
}
