interface ChoicesProps<K extends string> {
  legend: string;
  name: string;
  options: Record<K, string>;
  value: K;
  onChange(value: K): void;
}

// A few radio buttons under a legend, one per option.
export function Choices<K extends string>({ legend, name, options, value, onChange }: ChoicesProps<K>) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className="club-choices">
        {(Object.keys(options) as K[]).map((key) => (
          <label key={key} className="choice">
            <input type="radio" name={name} checked={value === key} onChange={() => onChange(key)} />
            {options[key]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
