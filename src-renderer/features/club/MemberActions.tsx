import { useState, type ReactNode } from 'react';
import type { MemberPanel } from '../../../src-shared/api/club';
import type { Permission } from '../../../src-shared/api/permissions';
import { useCan } from '../auth';
import { SetStatusDialog, ReissueCardDialog, RenewDialog } from './MembershipDialogs';
import { PointsDialog, SurveyDialog } from './PointsDialogs';
import { PurchaseDialog } from './PurchaseDialog';
import { WalletDialog } from './WalletDialog';

type Action = 'purchase' | 'wallet' | 'redeem' | 'adjust' | 'survey' | 'status' | 'renew' | 'reissue';

interface ActionSpec {
  label(panel: MemberPanel): string;
  permission: Permission;
  // Only for members in this state (a suspended member buys nothing until made active).
  shown?(panel: MemberPanel): boolean;
  dialog(panel: MemberPanel, close: () => void): ReactNode;
}

const active = (panel: MemberPanel) => panel.status === 'active';

// The panel's buttons, in the order a counter uses them; each needs its right and opens its own dialog.
const ACTIONS: Record<Action, ActionSpec> = {
  purchase: { label: () => 'ثبت خرید', permission: 'club.create', shown: active, dialog: (panel, close) => <PurchaseDialog panel={panel} onClose={close} /> },
  wallet: { label: () => 'کیف پول', permission: 'club.edit', shown: active, dialog: (panel, close) => <WalletDialog panel={panel} onClose={close} /> },
  redeem: { label: () => 'استفاده از امتیاز', permission: 'club.create', shown: active, dialog: (panel, close) => <PointsDialog change="redeem" panel={panel} onClose={close} /> },
  adjust: { label: () => 'اصلاح امتیاز', permission: 'club.edit', dialog: (panel, close) => <PointsDialog change="adjust" panel={panel} onClose={close} /> },
  survey: { label: () => 'امتیاز نظرسنجی', permission: 'club.create', shown: active, dialog: (panel, close) => <SurveyDialog panel={panel} onClose={close} /> },
  renew: { label: () => 'تمدید عضویت', permission: 'club.edit', shown: (panel) => panel.expiresAt !== null || panel.status === 'expired', dialog: (panel, close) => <RenewDialog panel={panel} onClose={close} /> },
  status: {
    label: (panel) => (panel.status === 'active' ? 'تعلیق' : 'فعال‌سازی'),
    permission: 'club.edit',
    shown: (panel) => panel.status !== 'expired',
    dialog: (panel, close) => <SetStatusDialog panel={panel} onClose={close} />,
  },
  reissue: { label: () => 'کارت جدید', permission: 'club.edit', dialog: (panel, close) => <ReissueCardDialog panel={panel} onClose={close} /> },
};

export function MemberActions({ panel }: { panel: MemberPanel }) {
  const can = useCan();
  const [open, setOpen] = useState<Action | null>(null);
  const shown = (Object.keys(ACTIONS) as Action[]).filter((key) => can(ACTIONS[key].permission) && (ACTIONS[key].shown?.(panel) ?? true));
  if (shown.length === 0) return null;
  return (
    <div className="club-panel__actions" role="group" aria-label={`کارهای عضو ${panel.name}`}>
      {shown.map((key) => (
        <button key={key} type="button" className={key === 'purchase' ? 'button button--primary' : 'button'} onClick={() => setOpen(key)}>
          {ACTIONS[key].label(panel)}
        </button>
      ))}
      {open ? ACTIONS[open].dialog(panel, () => setOpen(null)) : null}
    </div>
  );
}
