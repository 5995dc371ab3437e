import type { InputFieldProps } from '../Field';
import { TextField } from '../TextField';

/** A password the user types themself: hidden, and filled in by the password manager (their current one, or a new one to save). */
export function PasswordInput({ isNew, ...field }: InputFieldProps & { isNew: boolean }) {
  return <TextField {...field} type="password" autoComplete={isNew ? 'new-password' : 'current-password'} verbatim />;
}
