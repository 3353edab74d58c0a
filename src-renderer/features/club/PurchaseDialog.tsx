import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../../src-shared/api/contract';
import type { MemberPanel } from '../../../src-shared/api/club';
import { parseAmount } from '../../../src-shared/domain/money';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call, messageOf } from '../../api/client';
import { Dialog, FormActions, TextField } from '../../ui';
import { count, useSaveForm } from '../messaging';
import { DigitsField, RialsInput, useDebouncedValue } from '../parties';
import { useClubConfig } from './config-store';
import { useCounterStore } from './counter-store';
import { Money, Points } from './format';
import { itemsOf, itemsTotal, PurchaseItems, type ItemRow } from './PurchaseItems';

type Recorded = Output<'club.recordPurchase'>;
type CouponState = { state: 'idle' } | { state: 'checking' } | { state: 'valid'; name: string; discountRials: number } | { state: 'refused'; text: string };

const COUPON_DELAY_MS = 300;

// The coupon typed (or scanned) so far, checked against this member and amount as it is typed.
function useCouponCheck(memberId: number, code: string, amount: number | null): CouponState {
  const settled = useDebouncedValue(code.trim(), COUPON_DELAY_MS);
  const [result, setResult] = useState<CouponState>({ state: 'idle' });
  useEffect(() => {
    if (!settled || !amount) {
      setResult({ state: 'idle' });
      return;
    }
    let live = true;
    setResult({ state: 'checking' });
    call('club.checkCoupon', { memberId, code: settled, amountRials: amount })
      .then((check) => {
        if (!live) return;
        setResult(check.valid ? { state: 'valid', name: check.name, discountRials: check.discountRials } : { state: 'refused', text: clubLabels.coupon[check.reason] });
      })
      .catch((failure: unknown) => live && setResult({ state: 'refused', text: messageOf(failure) }));
    return () => {
      live = false;
    };
  }, [memberId, settled, amount]);
  return result;
}

// «ثبت خرید»: the amount (and optionally its lines), a coupon, points and wallet money put towards it. After saving,
// the points earned and any tier change are shown before the dialog closes.
export function PurchaseDialog({ panel, onClose }: { panel: MemberPanel; onClose(): void }) {
  const { settings } = useClubConfig();
  const form = useSaveForm('amountRials');
  const [items, setItems] = useState<ItemRow[]>([]);
  const [amount, setAmount] = useState<number | null>(null);
  const [coupon, setCoupon] = useState('');
  const [redeem, setRedeem] = useState('');
  const [wallet, setWallet] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const couponCheck = useCouponCheck(panel.id, coupon, amount);
  const pointValue = settings?.pointValueRials ?? 0;
  const redeemPoints = parseAmount(redeem) ?? 0;
  const itemsSum = itemsTotal(items);
  const toPay = Math.max(0, (amount ?? 0) - (couponCheck.state === 'valid' ? couponCheck.discountRials : 0) - redeemPoints * pointValue - (wallet ?? 0));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAmountError(amount === null ? 'مبلغ خرید را بنویسید.' : undefined);
    if (amount === null) return;
    await form.save(async () => {
      const result = await call('club.recordPurchase', {
        memberId: panel.id,
        amountRials: amount,
        items: itemsOf(items),
        ...(coupon.trim() ? { couponCode: coupon.trim() } : {}),
        redeemPoints,
        walletRials: wallet ?? 0,
        note: note.trim() || null,
      });
      useCounterStore.getState().setPanel(result.panel);
      setRecorded(result);
    }, 'خرید ثبت شد.');
  };

  if (recorded) return <PurchaseRecorded recorded={recorded} onClose={onClose} />;

  return (
    <Dialog title={`ثبت خرید ${panel.name}`} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate aria-label="ثبت خرید">
        <PurchaseItems rows={items} onChange={setItems} errors={form.errors} />
        <div className="form-row">
          <div>
            <RialsInput label="مبلغ خرید" value={amount} onChange={setAmount} error={amountError ?? form.errors.amountRials} />
            {itemsSum > 0 && itemsSum !== amount ? (
              <button type="button" className="button button--small" onClick={() => setAmount(itemsSum)}>
                مبلغ خرید = جمع اقلام
              </button>
            ) : null}
          </div>
          <TextField
            label="کد تخفیف (اختیاری)"
            value={coupon}
            onChange={setCoupon}
            error={form.errors.couponCode ?? (couponCheck.state === 'refused' ? couponCheck.text : undefined)}
            hint={couponCheck.state === 'checking' ? 'در حال بررسی کد…' : couponCheck.state === 'valid' ? <CouponAccepted name={couponCheck.name} rials={couponCheck.discountRials} /> : undefined}
            dir="ltr"
            autoComplete="off"
            data-scan-target
          />
        </div>
        <div className="form-row">
          <DigitsField
            label="امتیاز برای کسر از مبلغ"
            value={redeem}
            onChange={setRedeem}
            error={form.errors.redeemPoints}
            inputMode="numeric"
            hint={pointValue > 0 ? <>موجودی {count(panel.points)} امتیاز؛ هر امتیاز <Money rials={pointValue} /></> : 'امتیازها فقط با هدیه عوض می‌شوند.'}
            disabled={pointValue === 0}
          />
          <div>
            <RialsInput label="پرداخت از کیف پول" value={wallet} onChange={setWallet} error={form.errors.walletRials} />
            <p className="field__hint">
              موجودی کیف پول: <Money rials={panel.walletRials} />
            </p>
          </div>
        </div>
        <TextField label="یادداشت (اختیاری)" value={note} onChange={setNote} error={form.errors.note} maxLength={500} />
        <p className="club-to-pay" role="status">
          مانده برای پرداخت: <strong><Money rials={toPay} /></strong>
          {panel.tierDiscountPercent > 0 ? <span className="muted"> (تخفیف سطح {count(panel.tierDiscountPercent)}٪ هنگام ثبت حساب می‌شود)</span> : null}
        </p>
        <FormActions submitLabel="ثبت خرید" busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function CouponAccepted({ name, rials }: { name: string; rials: number }) {
  return (
    <span className="club-ok" data-field="coupon">
      «{name}» پذیرفته شد: <Money rials={rials} /> تخفیف
    </span>
  );
}

function PurchaseRecorded({ recorded, onClose }: { recorded: Recorded; onClose(): void }) {
  const { purchase, tierChange } = recorded;
  return (
    <Dialog
      title="خرید ثبت شد"
      onClose={onClose}
      size="md"
      footer={
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          بستن
        </button>
      }
    >
      <div className="club-recorded" role="status">
        <p className="club-recorded__points" data-field="points-earned">
          <Points value={purchase.pointsEarned} /> به این خرید تعلق گرفت.
        </p>
        <ul className="club-recorded__facts">
          <li>
            مبلغ خرید: <Money rials={purchase.amountRials} />
          </li>
          {purchase.discountRials > 0 ? (
            <li>
              تخفیف: <Money rials={purchase.discountRials} />
            </li>
          ) : null}
          {purchase.pointsRedeemed > 0 ? <li>امتیاز کسرشده: {count(purchase.pointsRedeemed)}</li> : null}
          {purchase.walletRials > 0 ? (
            <li>
              از کیف پول: <Money rials={purchase.walletRials} />
            </li>
          ) : null}
        </ul>
        {tierChange ? (
          <p className="club-banner" data-field="tier-change">
            سطح عضو از «{tierChange.fromTier ?? 'بدون سطح'}» به «{tierChange.toTier ?? 'بدون سطح'}» تغییر کرد.
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
