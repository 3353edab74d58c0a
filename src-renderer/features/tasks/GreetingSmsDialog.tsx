import { useEffect, useState, type FormEvent } from 'react';
import type { CampaignPreview, SmsTemplate } from '../../../src-shared/api/messaging';
import { formatJalaliDate, todayIsoDate } from '../../../src-shared/domain/jalali';
import { ApiCallError, call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { Dialog, Field, FormActions, issuesToFieldErrors, toast, type FieldErrors } from '../../ui';
import { campaignPath, count, MessageEditor, PreviewPanel } from '../messaging';

interface GreetingSmsDialogProps {
  // The people and companies chosen on the list that have a mobile (the others are left out before this).
  partyIds: readonly number[];
  onClose(): void;
}

// «ارسال پیامک تبریک»: a template or free text with merge fields, the campaign's preview, then on confirmation the
// campaign starts and its page (progress, delivery) opens.
export function GreetingSmsDialog({ partyIds, onClose }: GreetingSmsDialogProps) {
  const [templates, setTemplates] = useState<SmsTemplate[]>([]);
  const [chosen, setChosen] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState<CampaignPreview | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const audience = { kind: 'selection' as const, partyIds: [...partyIds] };

  useEffect(() => {
    call('messaging.listTemplates')
      .then(setTemplates)
      .catch(() => {
        // Free text still works without the templates.
      });
  }, []);

  const edit = (text: string) => {
    setBody(text);
    // A changed text makes the last preview stale: it is asked for again before sending.
    setPreview(null);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setErrors({ body: 'متن پیامک را بنویسید یا قالبی انتخاب کنید.' });
      return;
    }
    if (!preview) {
      void run(async () => setPreview(await call('messaging.previewCampaign', { audience, body, customFields: {} })));
      return;
    }
    void run(async () => {
      const campaign = await call('messaging.startCampaign', { name: `تبریک مناسبت‌ها ${formatJalaliDate(todayIsoDate())}`, audience, body, customFields: {} });
      toast.success(`ارسال پیامک تبریک به ${count(preview.audience.recipients)} گیرنده آغاز شد.`);
      onClose();
      navigate(campaignPath(campaign.id));
    });
  };

  return (
    <Dialog title="ارسال پیامک تبریک" onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate aria-label="ارسال پیامک تبریک" className="greeting">
        <p className="muted">{count(partyIds.length)} نفر انتخاب شده‌اند؛ آن‌ها که شمارهٔ همراه ندارند کنار گذاشته شده‌اند.</p>
        <Field label="قالب پیام">
          {(control) => (
            <select
              className="input"
              {...control}
              value={chosen}
              onChange={(event) => {
                setChosen(event.target.value);
                const template = templates.find((item) => String(item.id) === event.target.value);
                if (template) edit(template.body);
              }}
            >
              <option value="">— متن آزاد —</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MessageEditor label="متن پیامک" value={body} onChange={edit} error={errors.body} rows={4} />
        {preview ? <PreviewPanel preview={preview} /> : null}
        <FormActions submitLabel={preview ? `تأیید و ارسال به ${count(preview.audience.recipients)} گیرنده` : 'پیش‌نمایش'} busy={busy} error={error} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
