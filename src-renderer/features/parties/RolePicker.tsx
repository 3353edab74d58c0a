import { BUILT_IN_ROLES } from '../../../src-shared/api/parties';
import { builtInRoleLabels, roleLabel } from '../../../src-shared/i18n/fa';
import { ChipsInput } from './ChipsInput';
import { useLookup } from './lookups-store';

const BUILT_IN: readonly string[] = BUILT_IN_ROLES;

// Built-in roles are toggled (stored by key); roles the office uses besides them are typed.
export function RolePicker({ roles, onChange, error }: { roles: readonly string[]; onChange(roles: string[]): void; error?: string | undefined }) {
  const suggestions = useLookup('role');
  const own = roles.filter((role) => !BUILT_IN.includes(role));
  const toggle = (role: string) => onChange(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]);
  return (
    <div className="role-picker">
      <fieldset className="fieldset">
        <legend className="field__label">نقش‌ها</legend>
        <div className="toggle-chips">
          {BUILT_IN_ROLES.map((role) => (
            <button key={role} type="button" className="toggle-chip" aria-pressed={roles.includes(role)} onClick={() => toggle(role)}>
              {builtInRoleLabels[role]}
            </button>
          ))}
        </div>
      </fieldset>
      <ChipsInput
        label="نقش‌های دیگر"
        values={own}
        display={roleLabel}
        error={error}
        suggestions={suggestions}
        // A typed built-in name is stored as its key, so it is one role, not two spellings of it.
        onChange={(next) =>
          onChange([
            ...roles.filter((role) => BUILT_IN.includes(role)),
            ...next.map((role) => BUILT_IN_ROLES.find((key) => builtInRoleLabels[key] === role) ?? role),
          ].filter((role, index, all) => all.indexOf(role) === index))
        }
      />
    </div>
  );
}
