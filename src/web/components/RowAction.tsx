import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** Whom or what the action is for, read out after the label: "Redigér Anna Hansen". */
  target: string;
  onClick: () => void;
  disabled?: boolean;
  /** A link-styled action in a table row, or a small button in a list. */
  look?: 'link' | 'button';
}

/** An action repeated on every row or item, whose accessible name says which one it acts on. */
export function RowAction({ label, target, onClick, disabled, look = 'link' }: Props) {
  return (
    <button type="button" className={look === 'link' ? 'link-button' : 'button button-secondary button-small'} disabled={disabled} onClick={onClick}>
      {label}
      <span className="sr-only"> {target}</span>
    </button>
  );
}
