import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import { Alert } from '../../components/Alert';
import { fieldError } from '../../components/ErrorSummary';
import { ModalForm } from '../../components/forms/ModalForm';
import { onSubmitRun } from '../../components/forms/submit';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/dates';
import { referralKeys, reportRevisitation, type RevisitationReport } from './api';

const FIELD_IDS = { whatChanged: 'revisitation-what-changed' };

interface Props {
  citizen: Pick<Citizen, 'id' | 'name'>;
  /** The newest report still waiting for the case worker, shown so no one sends the same twice. */
  waiting?: RevisitationReport;
  onClose: () => void;
  onSent: (report: RevisitationReport) => void;
}

/** The report of changed needs: what has changed, sent to the citizen's case worker (the server names the unit). */
export function RevisitationModal({ citizen, waiting, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [whatChanged, setWhatChanged] = useState('');
  const send = useMutation({
    mutationFn: () => reportRevisitation(citizen.id, whatChanged),
    onSuccess: (report) => {
      void qc.invalidateQueries({ queryKey: referralKeys.citizenReports(citizen.id) });
      onSent(report);
    },
  });
  // One report per click: the button is disabled while sending, and a sent form is not sent again.
  const submit = onSubmitRun(() => {
    if (!send.isPending && !send.isSuccess) send.mutate();
  });
  return (
    <ModalForm
      id="revisitation-form"
      title={t('referrals.revisitation.title', { name: citizen.name })}
      submitLabel={t('referrals.revisitation.submit')}
      mutation={send}
      fieldIds={FIELD_IDS}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="revisitation-intro">{t('referrals.revisitation.intro')}</p>
      {waiting && (
        <Alert variant="info" heading={t('referrals.revisitation.alreadyHeading')}>
          <p>{t('referrals.revisitation.already', { when: formatDateTime(waiting.reportedAt), name: waiting.reportedBy.name })}</p>
          <p className="referrals-quote">{waiting.whatChanged}</p>
        </Alert>
      )}
      <TextArea
        id={FIELD_IDS.whatChanged}
        label={t('referrals.revisitation.whatChanged')}
        hint={t('referrals.revisitation.whatChangedHint')}
        value={whatChanged}
        onChange={setWhatChanged}
        error={fieldError(send.error, 'whatChanged')}
        rows={6}
        maxLength={5000}
      />
    </ModalForm>
  );
}
