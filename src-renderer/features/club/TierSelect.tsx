import { Field } from '../../ui';
import { useClubConfig } from './config-store';

// «سطح» as a filter or a draw's condition: one tier, or all of them (null).
export function TierSelect({ value, onChange }: { value: number | null; onChange(tierId: number | null): void }) {
  const { tiers } = useClubConfig();
  return (
    <Field label="سطح">
      {(control) => (
        <select className="input" {...control} value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
          <option value="">همهٔ سطح‌ها</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
