import { useEffect, useState, type FormEvent } from 'react';
import type { Draw } from '../../../src-shared/api/club';
import type { Segment } from '../../../src-shared/api/segments';
import { parseAmount } from '../../../src-shared/domain/money';
import { call, messageOf } from '../../api/client';
import { Dialog, Field, FormActions, TextField } from '../../ui';
import { useSaveForm } from '../messaging';
import { DigitsField } from '../parties';
import { TierSelect } from './TierSelect';

// «قرعه‌کشی جدید»: who takes part (a saved segment of people, a tier, a minimum balance), whether points weigh the
// chances, how many win, and an optional seed: the same seed over the same members draws the same winners.
export function RunDrawDialog({ onDrawn, onClose }: { onDrawn(draw: Draw): void; onClose(): void }) {
  const form = useSaveForm('name');
  const [segments, setSegments] = useState<Segment[]>([]);
  const [name, setName] = useState('');
  const [segmentId, setSegmentId] = useState<number | null>(null);
  const [tierId, setTierId] = useState<number | null>(null);
  const [minPoints, setMinPoints] = useState('');
  const [weighted, setWeighted] = useState(false);
  const [winners, setWinners] = useState('۱');
  const [seed, setSeed] = useState('');
  const [own, setOwn] = useState<{ name?: string | undefined; winners?: string | undefined }>({});

  const [segmentsError, setSegmentsError] = useState<string | undefined>();

  useEffect(() => {
    call('segments.list', { kind: 'person' })
      .then(setSegments)
      .catch((failure: unknown) => setSegmentsError(messageOf(failure)));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = parseAmount(winners);
    const problems = { name: name.trim() ? undefined : 'نام قرعه‌کشی را بنویسید.', winners: count !== null && count > 0 ? undefined : 'تعداد برندگان را بنویسید.' };
    setOwn(problems);
    if (problems.name || problems.winners) return;
    await form.save(async () => {
      const draw = await call('club.runDraw', {
        name: name.trim(),
        criteria: { segmentId, tierId, minPoints: parseAmount(minPoints) ?? 0, weighted },
        winners: count!,
        ...(seed.trim() ? { seed: seed.trim() } : {}),
      });
      onDrawn(draw);
      onClose();
    }, 'قرعه‌کشی انجام شد.');
  };

  return (
    <Dialog title="قرعه‌کشی جدید" onClose={onClose} size="md">
      <form onSubmit={submit} noValidate aria-label="قرعه‌کشی جدید">
        <TextField label="نام قرعه‌کشی" value={name} onChange={setName} error={own.name ?? form.errors.name} maxLength={120} placeholder="مثلاً قرعه‌کشی شب یلدا" data-autofocus />
        <div className="form-row">
          <Field label="بخش ذخیره‌شدهٔ اشخاص" error={segmentsError ?? form.errors.criteria}>
            {(control) => (
              <select className="input" {...control} value={segmentId ?? ''} onChange={(event) => setSegmentId(event.target.value ? Number(event.target.value) : null)}>
                <option value="">همهٔ اعضا</option>
                {segments.map((segment) => (
                  <option key={segment.id} value={segment.id}>
                    {segment.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TierSelect value={tierId} onChange={setTierId} />
        </div>
        <div className="form-row">
          <DigitsField label="حداقل امتیاز" value={minPoints} onChange={setMinPoints} inputMode="numeric" hint="خالی: بی‌شرط" />
          <DigitsField label="تعداد برندگان" value={winners} onChange={setWinners} error={own.winners ?? form.errors.winners} inputMode="numeric" />
        </div>
        <label className="choice">
          <input type="checkbox" checked={weighted} onChange={(event) => setWeighted(event.target.checked)} />
          شانس هر عضو به نسبت امتیازش
        </label>
        <TextField
          label="دانهٔ قرعه‌کشی (اختیاری)"
          value={seed}
          onChange={setSeed}
          error={form.errors.seed}
          maxLength={100}
          dir="ltr"
          autoComplete="off"
          hint="خالی: دانه‌ای تصادفی ساخته و ذخیره می‌شود. با همان دانه و همان شرکت‌کنندگان، همان برندگان درمی‌آیند."
        />
        <FormActions submitLabel="قرعه‌کشی کن" busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
