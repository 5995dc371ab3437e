import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Wish } from '../../../contracts/plans.js';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/forms/FormActions';
import { TextField } from '../../components/TextField';
import { mutationForm } from '../../components/forms/formFields';
import { todayIso } from '../../lib/dates';
import { addWish, planKeys, updateWish, useWishes } from './api';

const IDS = { text: 'wish-text', wishDate: 'wish-date' };

/** The citizen's wish being added (no `wish`) or edited: their words and the date they said it. */
function WishForm({ citizenId, wish, onDone }: { citizenId: string; wish?: Wish; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [text, setText] = useState(wish?.text ?? '');
  const [wishDate, setWishDate] = useState(wish?.wishDate ?? todayIso());
  const mutation = useMutation({
    mutationFn: () => (wish ? updateWish(wish, { text, wishDate }) : addWish(citizenId, { text, wishDate })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: planKeys.wishes(citizenId) });
      onDone();
    },
    onError: () => void qc.invalidateQueries({ queryKey: planKeys.wishes(citizenId) }),
  });
  const { submit, bind } = mutationForm(mutation, IDS);
  return (
    <form onSubmit={submit} noValidate className="wish-form">
      <ErrorSummary error={mutation.error} fieldIds={IDS} />
      <div className="form-row goal-form-row">
        <TextField {...bind('text', text, setText)} label={t('plans.wishes.text')} hint={t('plans.wishes.hint')} className="input-full" />
        <DateInput {...bind('wishDate', wishDate, setWishDate)} label={t('plans.wishes.date')} />
      </div>
      <FormActions pending={mutation.isPending} submitLabel={t('plans.wishes.save')} onCancel={onDone} />
    </form>
  );
}

/** The top of the plan: what matters to the citizen ("det er vigtigt for mig"), in their words, dated. */
export function WishesTable({ citizenId, canEdit }: { citizenId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const wishes = useWishes(citizenId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section aria-labelledby="wishes-heading" className="goal-group wishes">
      <h2 id="wishes-heading" className="h3">
        {t('plans.wishes.heading')}
      </h2>
      {wishes.data && wishes.data.length === 0 && <p className="muted">{t('plans.wishes.none')}</p>}
      {wishes.data && wishes.data.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('plans.wishes.text')}</th>
              <th scope="col">{t('plans.wishes.date')}</th>
              {canEdit && <th scope="col"><span className="sr-only">{t('plans.wishes.edit')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {wishes.data.map((w) =>
              editing === w.id ? (
                <tr key={w.id}>
                  <td colSpan={3}>
                    <WishForm citizenId={citizenId} wish={w} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={w.id}>
                  <td>“{w.text}”</td>
                  <td>{w.wishDate}</td>
                  {canEdit && (
                    <td>
                      <button type="button" className="button button-tertiary" onClick={() => setEditing(w.id)}>
                        {t('plans.wishes.edit')}
                        <span className="sr-only"> “{w.text}”</span>
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {canEdit &&
        (editing === 'new' ? (
          <WishForm citizenId={citizenId} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="button button-tertiary" onClick={() => setEditing('new')}>
            + {t('plans.wishes.add')}
          </button>
        ))}
    </section>
  );
}
