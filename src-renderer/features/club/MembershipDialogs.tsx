import { useState } from 'react';
import type { MemberPanel } from '../../../src-shared/api/club';
import { formatMoney } from '../../../src-shared/domain/money';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call } from '../../api/client';
import { TextField } from '../../ui';
import { useSaveForm } from '../messaging';
import { DigitsField, RialsInput } from '../parties';
import { useClubConfig } from './config-store';
import { useMoneyUnit } from './format';
import { MemberCommandDialog } from './MemberCommandDialog';

interface MemberDialogProps {
  panel: MemberPanel;
  onClose(): void;
}

const REASON_NEEDED = 'دلیل را بنویسید؛ در پروندهٔ عضو می‌ماند.';

// «تعلیق» / «فعال‌سازی»: a suspended member earns and spends nothing until made active again.
export function SetStatusDialog({ panel, onClose }: MemberDialogProps) {
  const suspending = panel.status === 'active';
  const form = useSaveForm('reason');
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  return (
    <MemberCommandDialog
      title={suspending ? `تعلیق عضویت ${panel.name}` : `فعال‌سازی عضویت ${panel.name}`}
      submitLabel={suspending ? 'تعلیق کن' : 'فعال کن'}
      success={suspending ? 'عضویت تعلیق شد.' : 'عضویت فعال شد.'}
      warning={suspending ? 'تا فعال‌سازی دوباره، برای این عضو خرید، امتیاز و کیف پول ثبت نمی‌شود.' : undefined}
      size="sm"
      form={form}
      onClose={onClose}
      command={() => {
        setOwn(reason.trim() ? undefined : REASON_NEEDED);
        if (!reason.trim()) return null;
        return () => call('club.setStatus', { memberId: panel.id, status: suspending ? 'suspended' : 'active', reason: reason.trim() });
      }}
    >
      <TextField label="دلیل" value={reason} onChange={setReason} error={own ?? form.errors.reason} maxLength={300} data-autofocus />
    </MemberCommandDialog>
  );
}

// «تمدید عضویت»: another membership period; a closed club takes its fee again.
export function RenewDialog({ panel, onClose }: MemberDialogProps) {
  const { settings } = useClubConfig();
  const unit = useMoneyUnit();
  const fee = settings?.mode === 'closed' ? settings.membershipFeeRials : 0;
  const form = useSaveForm('feePaidRials');
  const [paid, setPaid] = useState<number | null>(fee);
  return (
    <MemberCommandDialog
      title={`تمدید عضویت ${panel.name}`}
      submitLabel="تمدید کن"
      success="عضویت تمدید شد."
      size="sm"
      form={form}
      onClose={onClose}
      command={() => () => call('club.renew', { memberId: panel.id, feePaidRials: paid ?? 0 })}
    >
      {fee > 0 ? (
        <RialsInput label={`حق عضویت پرداخت‌شده (حق عضویت: ${formatMoney(fee, unit)})`} value={paid} onChange={setPaid} error={form.errors.feePaidRials} />
      ) : (
        <p>عضویت برای یک دورهٔ دیگر تمدید می‌شود.</p>
      )}
    </MemberCommandDialog>
  );
}

// «صدور کارت جدید»: for a lost or damaged card. The old card is blocked for good, so whoever finds it cannot use it.
export function ReissueCardDialog({ panel, onClose }: MemberDialogProps) {
  const form = useSaveForm('reason');
  const [reason, setReason] = useState('');
  const [cardCode, setCardCode] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  return (
    <MemberCommandDialog
      title={`صدور کارت جدید برای ${panel.name}`}
      submitLabel="باطل کن و کارت جدید بده"
      success="کارت جدید صادر شد و کارت قبلی باطل شد."
      warning={
        <>
          کارت فعلی{panel.cardCode ? <> (<bdi dir="ltr">{toPersianDigits(panel.cardCode)}</bdi>)</> : null} برای همیشه باطل می‌شود و دیگر پذیرفته نمی‌شود. این کار برگشت ندارد.
        </>
      }
      form={form}
      onClose={onClose}
      command={() => {
        setOwn(reason.trim() ? undefined : REASON_NEEDED);
        if (!reason.trim()) return null;
        return () => call('club.reissueCard', { memberId: panel.id, reason: reason.trim(), ...(cardCode.trim() ? { cardCode: cardCode.trim() } : {}) });
      }}
    >
      <TextField label="دلیل" value={reason} onChange={setReason} error={own ?? form.errors.reason} maxLength={300} placeholder="مثلاً گم شدن کارت" data-autofocus />
      <DigitsField
        label="کد کارت جدید (اختیاری)"
        value={cardCode}
        onChange={setCardCode}
        error={form.errors.cardCode}
        data-scan-target
        hint="کارت چاپ‌شدهٔ تازه را اینجا بکشید؛ خالی بماند تا کد تازه ساخته شود."
      />
    </MemberCommandDialog>
  );
}
