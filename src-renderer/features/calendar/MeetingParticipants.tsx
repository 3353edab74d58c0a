import { PartyPicker } from '../parties';
import type { PartyRef } from './meeting-form';
import { useColleagues } from './use-colleagues';

// Colleagues who take part (and are reminded). The one who saves always takes part: the core adds them.
export function UsersChoice({ value, onChange, error }: { value: readonly number[]; onChange(ids: number[]): void; error?: string | undefined }) {
  const { me, users } = useColleagues();
  const toggle = (id: number, on: boolean) => onChange(on ? [...value, id] : value.filter((other) => other !== id));
  return (
    <fieldset className={error ? 'fieldset field--invalid meeting-form__users' : 'fieldset meeting-form__users'}>
      <legend className="field__label">همکاران</legend>
      <ul className="tree-checks" aria-label="همکاران">
        {users.map((user) => (
          <li key={user.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={user.id === me?.id || value.includes(user.id)}
                disabled={user.id === me?.id}
                onChange={(event) => toggle(user.id, event.target.checked)}
              />
              {user.id === me?.id ? `${user.name} (خودم)` : user.name}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

// People and companies the meeting is with: each gets it in their history.
export function PartiesChoice({ value, onChange, error }: { value: readonly PartyRef[]; onChange(parties: PartyRef[]): void; error?: string | undefined }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <span className="field__label" aria-hidden="true">
        اشخاص و شرکت‌ها
      </span>
      {value.length > 0 ? (
        <ul className="chips" aria-label="اشخاص و شرکت‌های قرار">
          {value.map((party) => (
            <li key={party.id} className="chip">
              {party.name}
              <button type="button" className="chip__remove" aria-label={`برداشتن «${party.name}»`} onClick={() => onChange(value.filter((other) => other.id !== party.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <PartyPicker
        label="افزودن شخص یا شرکت"
        placeholder="نام، کد یا تلفن"
        exclude={value.map((party) => party.id)}
        onPick={(hit) => onChange([...value, { id: hit.partyId, name: hit.title }])}
      />
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
