import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { Alert } from './Alert';

interface Props {
  /** The error from the last submit (an ApiError or anything thrown). */
  error: unknown;
  /** Field path from the API → id of the control showing it, so each message links to its field. */
  fieldIds?: Record<string, string>;
}

/** Finds the control for an API field path, trying "actions.1.text", then "actions.1", then "actions". */
export function controlIdFor(path: string, fieldIds: Record<string, string>): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = fieldIds[parts.slice(0, n).join('.')];
    if (id) return id;
  }
  return undefined;
}

/**
 * The visible name of a control, so the summary can say "Livsområde: Vælg en værdi." instead
 * of the bare message: its <label>, or for a radio button or a group the fieldset's legend.
 */
function controlName(id: string): string | null {
  const el = document.getElementById(id);
  if (!el) return null;
  const group = el.matches('fieldset') ? el : el.matches('[type=radio]') ? el.closest('fieldset') : null;
  const text = group ? group.querySelector('legend')?.textContent : document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent;
  return text?.trim() || null;
}

/**
 * The design system's error summary: shown above a form after a failed submit, focused so a
 * screen reader reads it, each field error a link that moves focus to its field.
 */
export function ErrorSummary({ error, fieldIds = {} }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const fields = isApiError(error) ? Object.entries(error.fields) : [];
  const message = isApiError(error) ? error.message : t('common.errors.unexpected');
  return (
    <Alert variant="error" role="alert" className="error-summary" tabIndex={-1} ref={ref} heading={fields.length ? t('common.errors.summaryHeading') : message}>
      {fields.length > 0 && (
        <ul className="nobullet-list">
          {fields.map(([path, text]) => {
            const target = controlIdFor(path, fieldIds);
            const name = target ? controlName(target) : null;
            const line = name && !text.startsWith(name) ? `${name}: ${text}` : text;
            return (
              <li key={path}>
                {target ? (
                  <a
                    className="function-link"
                    href={`#${target}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {line}
                  </a>
                ) : (
                  line
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}

/** The inline message for one field of a failed submit, if any. */
export function fieldError(error: unknown, path: string): string | undefined {
  return isApiError(error) ? error.fields[path] : undefined;
}
