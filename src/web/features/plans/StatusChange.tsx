import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Goal, GoalDetail, GoalStatus } from '../../../contracts/plans.js';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Modal } from '../../components/Modal';
import { TextArea } from '../../components/TextArea';
import { invalidateAfterGoalChange, planKeys, setGoalStatus } from './api';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/forms/FormActions';
import { onSubmitRun } from '../../components/forms/submit';

/** The status changes offered from each status. */
const NEXT: Record<GoalStatus, GoalStatus[]> = {
  active: ['achieved', 'paused', 'dropped'],
  paused: ['active', 'dropped'],
  achieved: ['active'],
  dropped: ['active'],
};

/** Buttons for Opnået / Sat på pause / Opgivet / Genaktivér, each asking for a reason. */
export function StatusChange({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<GoalStatus | null>(null);
  return (
    <>
      {NEXT[goal.status].map((s) => (
        <button key={s} type="button" className="button button-secondary" onClick={() => setTarget(s)}>
          {t(`plans.statusAction.${s}`)}
        </button>
      ))}
      {target && <StatusModal goal={goal} target={target} onClose={() => setTarget(null)} />}
    </>
  );
}

function StatusModal({ goal, target, onClose }: { goal: Goal; target: GoalStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => setGoalStatus(goal, target, reason),
    onSuccess: (updated) => {
      // The page shows the new status at once, not after the refetch.
      qc.setQueryData<GoalDetail>(planKeys.goal(goal.id), (old) => (old ? { ...old, ...updated } : old));
      invalidateAfterGoalChange(qc, goal);
      onClose();
    },
    onError: (e) => {
      // Someone else changed the goal: fetch it again so the next try names the new version.
      if (isApiError(e) && e.status === 409) invalidateAfterGoalChange(qc, goal);
    },
  });
  const submit = onSubmitRun(() => mutation.mutate());
  const conflict = isApiError(mutation.error) && mutation.error.status === 409;
  return (
    <Modal title={t(`plans.statusAction.${target}`)} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {conflict ? (
          <Alert variant="warning" role="alert">{t('plans.conflict.statusChanged')}</Alert>
        ) : (
          <ErrorSummary error={mutation.error} fieldIds={{ reason: 'status-reason' }} />
        )}
        <TextArea
          id="status-reason"
          label={target === 'active' ? t('plans.statusReasonOptional') : t('plans.statusReason')}
          value={reason}
          onChange={setReason}
          rows={3}
          autoFocus
          error={fieldError(mutation.error, 'reason')}
        />
        <FormActions pending={mutation.isPending} submitLabel={t(`plans.statusAction.${target}`)} onCancel={onClose} />
      </form>
    </Modal>
  );
}
