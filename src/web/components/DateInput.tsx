import type { ReactNode } from 'react';
import { TextField } from './TextField';

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}

/**
 * A date of care as 'YYYY-MM-DD'. The browser's own date input gives tablets their native
 * picker and keyboards a typed date; the server still validates the calendar date.
 */
export function DateInput(props: Props) {
  return <TextField {...props} type="date" className="input-width-s" />;
}
