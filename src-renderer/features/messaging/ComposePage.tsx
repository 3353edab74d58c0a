import { useEffect, useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { ConfirmDialog, Field, TextField, toast } from '../../ui';
import { AudienceFields } from './AudienceFields';
import { customTokens, useComposeStore } from './compose-store';
import { count } from './format';
import { MessageEditor } from './MessageEditor';
import { campaignPath } from './paths';
import { PreviewPanel } from './PreviewPanel';
import { useSmsTemplatesStore } from './templates-store';

function TemplatePicker() {
  const { templates, load } = useSmsTemplatesStore();
  const setValues = useComposeStore((state) => state.set);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Field label="قالب پیام">
      {(control) => (
        <select
          className="input"
          {...control}
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            const template = templates.find((item) => String(item.id) === event.target.value);
            if (template) setValues({ body: template.body });
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
  );
}

// A value for each «{…}» of the text that is not a recipient field, the same for every recipient.
function CustomFieldValues() {
  const { body, customFields, set } = useComposeStore();
  const tokens = customTokens(body);
  if (tokens.length === 0) return null;
  return (
    <fieldset className="fieldset">
      <legend>مقدار فیلدهای دلخواه</legend>
      {tokens.map((token) => (
        <TextField
          key={token}
          label={`{${token}}`}
          value={customFields[token] ?? ''}
          onChange={(value) => set({ customFields: { ...customFields, [token]: value } })}
          hint="برای همهٔ گیرندگان یکسان است."
        />
      ))}
    </fieldset>
  );
}

// «ارسال گروهی»: recipients, the text (a template or free), a preview, then the campaign starts after a confirmation.
export function ComposePage() {
  const { name, body, preview, busy, errors, error, set, runPreview, start } = useComposeStore();
  const [confirming, setConfirming] = useState(false);

  const askToSend = async (event: FormEvent) => {
    event.preventDefault();
    if (preview || (await runPreview())) setConfirming(true);
  };

  const send = async () => {
    const campaign = await start();
    if (!campaign) return;
    setConfirming(false);
    toast.success(`ارسال گروهی «${campaign.name}» آغاز شد.`);
    navigate(campaignPath(campaign.id));
  };

  return (
    <form className="compose" onSubmit={askToSend} noValidate aria-label="ارسال گروهی">
      <div className="compose__main card">
        <AudienceFields />
        <TextField label="نام ارسال گروهی" value={name} onChange={(value) => set({ name: value })} error={errors.name} hint="اختیاری؛ در فهرست ارسال‌های گروهی دیده می‌شود." />
        <TemplatePicker />
        <MessageEditor label="متن پیامک" value={body} onChange={(value) => set({ body: value })} error={errors.body} rows={6} />
        <CustomFieldValues />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            ارسال
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void runPreview()}>
            پیش‌نمایش
          </button>
        </div>
      </div>
      {preview ? <PreviewPanel preview={preview} /> : null}
      {confirming && preview ? (
        <ConfirmDialog
          title="تأیید ارسال گروهی"
          message={
            <p>
              {count(preview.totalParts)} پیامک به {count(preview.audience.recipients)} گیرنده ارسال شود؟
            </p>
          }
          confirmLabel="ارسال"
          busy={busy}
          error={error}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </form>
  );
}
