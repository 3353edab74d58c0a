import { useState, type FormEvent } from 'react';
import { RULE_ACTIONS, RULE_MATCHES, type SmsRule } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { call } from '../../api/client';
import { Dialog, Field, FormActions, TextField } from '../../ui';
import { MessageEditor } from './MessageEditor';
import { useRulesStore } from './rules-store';
import { useSaveForm } from './use-save-form';

type Action = (typeof RULE_ACTIONS)[number];
type Match = (typeof RULE_MATCHES)[number];

interface RuleDialogProps {
  rule?: SmsRule;
  onClose(): void;
  onSaved(): void;
}

// A keyword rule: what an incoming text must say, and what then happens (reply, refer to a user, opt out).
export function RuleDialog({ rule, onClose, onSaved }: RuleDialogProps) {
  const users = useRulesStore((state) => state.users);
  const [keyword, setKeyword] = useState(rule?.keyword ?? '');
  const [match, setMatch] = useState<Match>(rule?.match ?? 'exact');
  const [action, setAction] = useState<Action>(rule?.action ?? 'reply');
  const [replyText, setReplyText] = useState(rule?.replyText ?? '');
  const [referToUserId, setReferTo] = useState<number | null>(rule?.referToUserId ?? null);
  const [active, setActive] = useState(rule?.active ?? true);
  const { errors, formError, busy, save } = useSaveForm('keyword');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(
      () =>
        call('messaging.saveRule', {
          ...(rule ? { id: rule.id } : {}),
          keyword,
          match,
          action,
          replyText: replyText.trim() ? replyText : null,
          referToUserId: action === 'refer' ? referToUserId : null,
          active,
        }),
      `قاعدهٔ «${keyword.trim()}» ذخیره شد.`,
    );
    if (saved) {
      onSaved();
      onClose();
    }
  };

  return (
    <Dialog title={rule ? `ویرایش قاعدهٔ «${rule.keyword}»` : 'قاعدهٔ پاسخ خودکار جدید'} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <TextField label="کلیدواژه" value={keyword} onChange={setKeyword} error={errors.keyword} data-autofocus />
          <Field label="شیوهٔ تطبیق" error={errors.match}>
            {(control) => (
              <select className="input" {...control} value={match} onChange={(event) => setMatch(event.target.value as Match)}>
                {RULE_MATCHES.map((option) => (
                  <option key={option} value={option}>
                    {messagingLabels.ruleMatch[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="کار" error={errors.action}>
            {(control) => (
              <select className="input" {...control} value={action} onChange={(event) => setAction(event.target.value as Action)}>
                {RULE_ACTIONS.map((option) => (
                  <option key={option} value={option}>
                    {messagingLabels.ruleAction[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {action === 'refer' ? (
          <Field label="ارجاع به کاربر" error={errors.referToUserId}>
            {(control) => (
              <select
                className="input"
                {...control}
                value={referToUserId ?? ''}
                onChange={(event) => setReferTo(event.target.value ? Number(event.target.value) : null)}
              >
                <option value="">— یک کاربر انتخاب کنید —</option>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <MessageEditor
          label={action === 'reply' ? 'متن پاسخ' : 'متن پاسخ (اختیاری)'}
          value={replyText}
          onChange={setReplyText}
          error={errors.replyText}
          mergeFields={false}
          rows={3}
        />
        <label className="choice">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          فعال
        </label>
        <FormActions submitLabel="ذخیرهٔ قاعده" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
