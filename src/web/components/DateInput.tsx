import type { InputFieldProps } from './Field';
import { TextField } from './TextField';

type Props = InputFieldProps & { required?: boolean };

/**
 * A date of care as 'YYYY-MM-DD'. The browser's own date input gives tablets their native
 * picker and keyboards a typed date; the server still validates the calendar date.
 */
export function DateInput(props: Props) {
  return <TextField {...props} type="date" className="input-width-s" />;
}
