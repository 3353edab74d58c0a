import { useState } from 'react';
import type { MemberPanel, WALLET_KINDS } from '../../../src-shared/api/club';
import { formatMoney } from '../../../src-shared/domain/money';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { TextField } from '../../ui';
import { useSaveForm } from '../messaging';
import { RialsInput } from '../parties';
import { Choices } from './Choices';
import { useMoneyUnit } from './format';
import { MemberCommandDialog } from './MemberCommandDialog';

type WalletKind = (typeof WALLET_KINDS)[number];

// «کیف پول»: a charge (money paid in), a spend, or a refund back into the wallet.
export function WalletDialog({ panel, onClose }: { panel: MemberPanel; onClose(): void }) {
  const unit = useMoneyUnit();
  const form = useSaveForm('amountRials');
  const [kind, setKind] = useState<WalletKind>('charge');
  const [amount, setAmount] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  return (
    <MemberCommandDialog
      title={`کیف پول ${panel.name}`}
      submitLabel={`ثبت ${clubLabels.walletKind[kind]}`}
      success={`${clubLabels.walletKind[kind]} کیف پول ثبت شد.`}
      form={form}
      onClose={onClose}
      command={() => {
        setOwn(amount && amount > 0 ? undefined : 'مبلغ را بنویسید.');
        if (!amount || amount <= 0) return null;
        return () => call('club.changeWallet', { memberId: panel.id, kind, amountRials: amount, reason: reason.trim() || null });
      }}
    >
      <p className="muted">
        موجودی فعلی: <bdi>{formatMoney(panel.walletRials, unit)}</bdi>
      </p>
      <Choices<WalletKind> legend="نوع" name="wallet-kind" options={clubLabels.walletKind} value={kind} onChange={setKind} />
      <RialsInput label="مبلغ" value={amount} onChange={setAmount} error={own ?? form.errors.amountRials} />
      <TextField label="توضیح (اختیاری)" value={reason} onChange={setReason} error={form.errors.reason} maxLength={300} />
    </MemberCommandDialog>
  );
}
