import { useEffect, useId, useState } from 'react';
import type { RawCapture } from '../../../src-shared/api/telephony';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import type { z } from 'zod';
import { call, messageOf } from '../../api/client';

const POLL_MS = 1000;

// Visible characters of what the device sent: CR and LF as \r \n, other control bytes as a middle dot.
function visible(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/[\x00-\x1f\x7f-\x9f]/g, '·');
}

// «نمایش دادهٔ خام»: the last bytes a line sent, read every second while open, as hex and as text.
export function RawCapturePanel({ lineId, lineName }: { lineId: string; lineName: string }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [chunks, setChunks] = useState<z.infer<typeof RawCapture>['chunks']>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let stopped = false;
    const read = async () => {
      try {
        const capture = await call('telephony.rawCapture', { lineId });
        if (!stopped) {
          setChunks(capture.chunks);
          setError(null);
        }
      } catch (failure) {
        if (!stopped) setError(messageOf(failure));
      }
    };
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [open, lineId]);

  return (
    <div className="raw-capture">
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? 'بستن دادهٔ خام' : 'نمایش دادهٔ خام'} «{lineName}»
      </button>
      {open ? (
        <section id={panelId} className="raw-capture__panel" aria-label={`دادهٔ خام «${lineName}»`}>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          {chunks.length === 0 ? (
            <p className="muted" role="status">
              هنوز چیزی از این خط نرسیده است. یک تماس بگیرید تا دادهٔ دستگاه اینجا دیده شود؛ هر ثانیه به‌روز می‌شود.
            </p>
          ) : (
            <table className="raw-capture__table">
              <caption className="visually-hidden">دادهٔ خام «{lineName}»</caption>
              <thead>
                <tr>
                  <th scope="col">زمان</th>
                  <th scope="col">هگز</th>
                  <th scope="col">متن</th>
                </tr>
              </thead>
              <tbody>
                {chunks.map((chunk, index) => (
                  <tr key={`${chunk.at}-${index}`}>
                    <td className="nowrap">
                      <bdi>{formatJalaliDateTime(chunk.at, { seconds: true })}</bdi>
                    </td>
                    <td dir="ltr" className="mono raw-capture__hex">
                      {chunk.hex}
                    </td>
                    <td dir="ltr" className="mono raw-capture__text">
                      {visible(chunk.text)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </div>
  );
}
