import { useState, type ReactNode } from 'react';

interface Props {
  label: string;
  /** The dialog while it is open; it calls `close` when it is done or cancelled. */
  dialog: (close: () => void) => ReactNode;
}

/** A secondary button that opens a dialog ("Rediger", "Ny indsats", "Dæk en anden afdeling"). */
export function DialogButton({ label, dialog }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
