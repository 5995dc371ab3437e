import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/** Four groups of letters and digits without look-alikes (0/O, 1/l/I): easy to read out and type. */
function suggestPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * A password the admin sets for someone else and passes on: shown in clear text (the admin
 * must read it out), with a button that suggests a strong one.
 */
export function PasswordField({ id, label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <div className="password-field">
      <TextField
        id={id}
        label={label}
        hint={t('users.passwordHint')}
        value={value}
        onChange={onChange}
        autoComplete="new-password"
        verbatim
        maxLength={200}
        className="input-width-l"
        error={error}
      />
      <button type="button" className="button button-secondary button-small" onClick={() => onChange(suggestPassword())}>
        {t('users.suggestPassword')}
      </button>
    </div>
  );
}
