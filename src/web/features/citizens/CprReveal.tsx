import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/QueryState';
import { revealCpr } from './api';

/** The masked CPR number, and a button that shows it in full; the server logs each reveal. */
export function CprReveal({ citizenId, masked, canReveal }: { citizenId: string; masked: string; canReveal: boolean }) {
  const { t } = useTranslation();
  const reveal = useMutation({ mutationFn: () => revealCpr(citizenId) });
  return (
    <div className="cpr-reveal">
      <span className="cpr-number" aria-live="polite">
        {reveal.data ?? masked}
      </span>
      {canReveal && !reveal.data && (
        <button type="button" className="button button-secondary button-small" onClick={() => reveal.mutate()} disabled={reveal.isPending}>
          {t('citizens.citizen.revealCpr')}
        </button>
      )}
      {reveal.data && (
        <>
          <button type="button" className="link-button" onClick={() => reveal.reset()}>
            {t('citizens.citizen.hideCpr')}
          </button>
          <p className="form-hint">{t('citizens.citizen.cprLogged')}</p>
        </>
      )}
      {!reveal.data && canReveal && <p className="form-hint">{t('citizens.citizen.cprWillBeLogged')}</p>}
      {reveal.isError && <LoadError error={reveal.error} />}
    </div>
  );
}
