import { useEffect, useState } from 'react';
import { formatPhone } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { useCan } from '../auth';
import { useLinesStore } from './calls-store';
import { useDiallingStore } from './incoming-store';

export const PHONE_ICON =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1 11.4 11.4 0 0 0 .57 3.6 1 1 0 0 1-.25 1l-2.2 2.2Z';

export function PhoneIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d={PHONE_ICON} />
    </svg>
  );
}

// Whether this user may dial from here: the right, and a line that can dial (loaded once, kept fresh by line events).
export function useCanDial(): boolean {
  const can = useCan();
  const mayView = can('telephony.view');
  const maySend = can('telephony.send');
  const { lines, loaded, loadStatus } = useLinesStore();
  useEffect(() => {
    if (mayView && maySend && !loaded) void loadStatus();
  }, [mayView, maySend, loaded, loadStatus]);
  return maySend && lines.some((line) => line.canDial);
}

// Place a call and show the «در حال شماره‌گیری» bar; the caller decides what to do when it fails.
export async function dial(number: string, partyId: number | null, label: string): Promise<boolean> {
  try {
    const placed = await call('telephony.dial', partyId === null ? { number } : { number, partyId });
    useDiallingStore.getState().start(placed, label);
    return true;
  } catch (failure) {
    toast.error(messageOf(failure));
    return false;
  }
}

interface DialButtonProps {
  // As stored (+98912…) or typed.
  number: string;
  partyId?: number | null;
  // Who is called, for the dialling bar («علی رضایی»); the number when absent.
  name?: string | null;
}

// A phone icon beside a number: click-to-dial through a line's modem. Nothing when this user cannot dial.
export function DialButton({ number, partyId = null, name = null }: DialButtonProps) {
  const canDial = useCanDial();
  const [busy, setBusy] = useState(false);
  if (!canDial) return null;
  const shown = toPersianDigits(formatPhone(number));
  return (
    <button
      type="button"
      className="icon-button dial-button"
      aria-label={`شماره‌گیری \u2068${shown}\u2069`}
      title={`شماره‌گیری ${shown}`}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await dial(number, partyId, name ?? shown);
        setBusy(false);
      }}
    >
      <PhoneIcon />
    </button>
  );
}

// The floating bar while a call placed from this screen is being dialled. For a voice modem the handset takes the
// call once the modem lets the line go: «گوشی را برداشتم» and «قطع» both release it.
export function DiallingBar() {
  const placed = useDiallingStore((state) => state.call);
  const label = useDiallingStore((state) => state.label);
  const clear = useDiallingStore((state) => state.clear);
  const [busy, setBusy] = useState(false);
  if (!placed) return null;

  const release = async (done: string) => {
    setBusy(true);
    try {
      await call('telephony.hangUp', { id: placed.id });
      toast.info(done);
      clear();
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dialling-bar" role="region" aria-label="در حال شماره‌گیری">
      <PhoneIcon />
      <p className="dialling-bar__text" role="status">
        در حال شماره‌گیری… <strong>{label}</strong>
        <span className="muted"> ({placed.lineName})</span>
      </p>
      <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void release('خط به گوشی سپرده شد.')}>
        گوشی را برداشتم
      </button>
      <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => void release('تماس قطع شد.')}>
        قطع
      </button>
    </section>
  );
}
