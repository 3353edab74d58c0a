import { FORMS, RIGHTS, type Form, type Permission } from '../../../src-shared/api/permissions';
import { formLabels, permissionLabel, rightLabels } from '../../../src-shared/i18n/fa';

interface PermissionGridProps {
  value: ReadonlySet<Permission>;
  onChange: (next: Set<Permission>) => void;
}

const permissionOf = (form: Form, right: (typeof RIGHTS)[number]) => `${form}.${right}` as Permission;

// Forms × rights, as offices know it from their old CRM: one row per screen, one column per right.
export function PermissionGrid({ value, onChange }: PermissionGridProps) {
  const toggle = (permission: Permission, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(permission);
    else next.delete(permission);
    onChange(next);
  };

  const toggleForm = (form: Form, on: boolean) => {
    const next = new Set(value);
    for (const right of RIGHTS) {
      if (on) next.add(permissionOf(form, right));
      else next.delete(permissionOf(form, right));
    }
    onChange(next);
  };

  return (
    <div className="table-wrap permission-grid">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">دسترسی‌ها به تفکیک بخش</caption>
        <thead>
          <tr>
            <th scope="col">بخش</th>
            <th scope="col">همه</th>
            {RIGHTS.map((right) => (
              <th key={right} scope="col" className="permission-grid__right">
                {rightLabels[right]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FORMS.map((form) => {
            const all = RIGHTS.every((right) => value.has(permissionOf(form, right)));
            return (
              <tr key={form}>
                <th scope="row">{formLabels[form]}</th>
                <td className="permission-grid__cell">
                  <input
                    type="checkbox"
                    aria-label={`همهٔ دسترسی‌های ${formLabels[form]}`}
                    checked={all}
                    onChange={(event) => toggleForm(form, event.target.checked)}
                  />
                </td>
                {RIGHTS.map((right) => {
                  const permission = permissionOf(form, right);
                  return (
                    <td key={right} className="permission-grid__cell">
                      <input
                        type="checkbox"
                        aria-label={permissionLabel(permission)}
                        checked={value.has(permission)}
                        onChange={(event) => toggle(permission, event.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
