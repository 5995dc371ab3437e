import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/QueryState';
import { incidentKeys, useIncidentOptions, type AdverseEvent } from './api';
import { ReportAdverseEventModal } from './ReportAdverseEventModal';

interface Props {
  citizenId?: string;
  /** A round registration the event arose from (one tap from the round). */
  administrationId?: string;
  onReported?: (event: AdverseEvent) => void;
  /** Primary on the pages that are about reporting; secondary beside other actions (a round's row). */
  primary?: boolean;
}

/** "Rapportér utilsigtet hændelse": opens the report form, prefilled with the citizen (and the round registration). */
export function ReportAdverseEventButton({ citizenId, administrationId, onReported, primary }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const options = useIncidentOptions();
  return (
    <>
      <button type="button" className={`button ${primary ? 'button-primary' : 'button-secondary'}`} onClick={() => setOpen(true)}>
        {t('incidents.report.open')}
      </button>
      {open && options.isError && <LoadError error={options.error} onRetry={() => void options.refetch()} />}
      {open && options.data && (
        <ReportAdverseEventModal
          options={options.data}
          citizenId={citizenId}
          administrationId={administrationId}
          onClose={() => setOpen(false)}
          onReported={(event) => {
            setOpen(false);
            void qc.invalidateQueries({ queryKey: incidentKeys.all });
            onReported?.(event);
          }}
        />
      )}
    </>
  );
}
