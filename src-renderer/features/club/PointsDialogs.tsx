import { useState } from 'react';
import type { LedgerEntry, MemberPanel } from '../../../src-shared/api/club';
import { parseAmount } from '../../../src-shared/domain/money';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { TextField } from '../../ui';
import { count, isolate, useSaveForm } from '../messaging';
import { DigitsField } from '../parties';
import { MemberCommandDialog } from './MemberCommandDialog';

interface MemberDialogProps {
  panel: MemberPanel;
  onClose(): void;
}

const POINTS_NEEDED = 'تعداد امتیاز را به عدد بنویسید.';
const REASON_NEEDED = 'دلیل را بنویسید؛ در تاریخچهٔ امتیازها می‌ماند.';

const POINTS_CHANGES = {
  // Points taken off the balance for a gift or a service, with what it was for.
  redeem: { title: 'استفاده از امتیاز', label: 'تعداد امتیاز', reasonLabel: 'بابت', submit: 'کسر امتیاز', success: 'امتیاز کسر شد.', example: '' },
  // A correction by hand, up or down («-۵۰» takes fifty away), always with its reason.
  adjust: { title: 'اصلاح امتیاز', label: 'امتیاز (برای کم کردن، با منفی)', reasonLabel: 'دلیل', submit: 'ثبت اصلاح', success: 'اصلاح امتیاز ثبت شد.', example: ' مانند ۵۰ یا \u200e-۵۰' },
} as const;

export function PointsDialog({ panel, change, onClose }: MemberDialogProps & { change: keyof typeof POINTS_CHANGES }) {
  const spec = POINTS_CHANGES[change];
  const form = useSaveForm('points');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<{ points?: string | undefined; reason?: string | undefined }>({});
  return (
    <MemberCommandDialog
      title={`${spec.title} ${panel.name}`}
      submitLabel={spec.submit}
      success={spec.success}
      form={form}
      onClose={onClose}
      command={() => {
        const amount = parseAmount(points);
        const valid = amount !== null && (change === 'redeem' ? amount > 0 : amount !== 0);
        const problems = { points: valid ? undefined : POINTS_NEEDED, reason: reason.trim() ? undefined : REASON_NEEDED };
        setOwn(problems);
        if (!valid || problems.reason) return null;
        const input = { memberId: panel.id, points: amount, reason: reason.trim() };
        return change === 'redeem' ? () => call('club.redeemPoints', input) : () => call('club.adjustPoints', input);
      }}
    >
      <DigitsField
        label={spec.label}
        value={points}
        onChange={setPoints}
        error={own.points ?? form.errors.points}
        hint={`موجودی: ${count(panel.points)} امتیاز.${spec.example}`}
        data-autofocus
      />
      <TextField label={spec.reasonLabel} value={reason} onChange={setReason} error={own.reason ?? form.errors.reason} maxLength={300} />
    </MemberCommandDialog>
  );
}

// «امتیاز نظرسنجی»: the survey rule's points, once per survey.
export function SurveyDialog({ panel, onClose }: MemberDialogProps) {
  const form = useSaveForm('survey');
  const [survey, setSurvey] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  return (
    <MemberCommandDialog
      title={`امتیاز نظرسنجی ${panel.name}`}
      submitLabel="ثبت امتیاز"
      success="امتیاز نظرسنجی ثبت شد."
      form={form}
      onClose={onClose}
      command={() => {
        setOwn(survey.trim() ? undefined : 'نام نظرسنجی را بنویسید.');
        return survey.trim() ? () => call('club.awardSurvey', { memberId: panel.id, survey: survey.trim() }) : null;
      }}
    >
      <TextField label="نام نظرسنجی" value={survey} onChange={setSurvey} error={own ?? form.errors.survey} maxLength={120} placeholder="مثلاً نظرسنجی پاییز ۱۴۰۴" data-autofocus />
    </MemberCommandDialog>
  );
}

// «برگشت»: the only way to undo a ledger entry is a counter-entry; the original stays in the history.
export function ReverseEntryDialog({ entry, onClose }: { entry: LedgerEntry; onClose(): void }) {
  const form = useSaveForm('reason');
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  return (
    <MemberCommandDialog
      title="برگشت ردیف امتیاز"
      submitLabel="برگشت بزن"
      success="ردیف برگشت خورد."
      size="sm"
      warning={`ردیف «${clubLabels.ledgerKind[entry.kind]}» با ${isolate(count(entry.points))} امتیاز با یک ردیف مخالف خنثی می‌شود. این کار را نمی‌توان پس گرفت.`}
      form={form}
      onClose={onClose}
      command={() => {
        setOwn(reason.trim() ? undefined : REASON_NEEDED);
        return reason.trim() ? () => call('club.reverseEntry', { entryId: entry.id, reason: reason.trim() }) : null;
      }}
    >
      <TextField label="دلیل برگشت" value={reason} onChange={setReason} error={own ?? form.errors.reason} maxLength={300} data-autofocus />
    </MemberCommandDialog>
  );
}
