import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  disabled?: boolean;
}

/** A design-system checkbox with its label. */
export function Checkbox({ id, label, checked, onChange, hint, disabled }: Props) {
  return (
    <div className="form-group-checkbox">
      <input id={id} type="checkbox" className="form-checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && <span className="form-hint">{hint}</span>}
    </div>
  );
}
