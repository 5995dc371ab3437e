import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate, formatTime } from '../../lib/dates';
import { roundSlots } from '../../../domain/medication/round';
import { roundKeys, useRound, useRoundUnits } from './api';
import { CitizenRound } from './CitizenRound';
import './medicine-rounds.css';

/**
 * Medicinrunde, made for a tablet: a unit's citizens and the doses due in a slot (now's by default),
 * one tap for given, a reason for refused or not given; PN with its reason, maximum and effect.
 */
export default function MedicineRoundPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const units = useRoundUnits();
  const chosen = unitId || units.data?.units[0]?.id || '';
  const [date, setDate] = useState('');
  const [slot, setSlot] = useState('');
  const round = useRound(chosen, date, slot);
  const [message, setMessage] = useState('');

  if (units.isPending) return <Loading />;
  if (units.isError) return <LoadError error={units.error} onRetry={() => void units.refetch()} />;
  const r = round.data;
  const changed = (text: string) => {
    if (text) setMessage(text);
    void qc.invalidateQueries({ queryKey: roundKeys.all });
  };
  const open = r?.citizens.reduce((n, c) => n + c.doses.filter((d) => d.state !== 'registered').length, 0) ?? 0;
  return (
    <>
      <PageHeading title={r ? `${t('medicineRounds.title')} – ${r.unit.name}` : t('medicineRounds.title')}>
        {r ? t('medicineRounds.heading', { unit: r.unit.name }) : t('medicineRounds.title')}
      </PageHeading>
      {units.data.leads.length > 0 && (
        <p>
          <Link to="/medicinrunde/opfolgning">{t('medicineRounds.flagsLink')}</Link>
        </p>
      )}
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      {units.data.units.length === 0 && <p className="empty-state">{t('medicineRounds.noUnits')}</p>}
      {chosen && (
        <div className="round-filters">
          {units.data.units.length > 1 && (
            <SelectField
              id="round-unit"
              label={t('medicineRounds.unit')}
              value={chosen}
              onChange={(v) => void navigate(`/medicinrunde/${v}`)}
              options={units.data.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
          <SelectField
            id="round-slot"
            label={t('medicineRounds.slot')}
            value={slot || r?.slot || ''}
            onChange={setSlot}
            options={roundSlots.map((s) => ({ value: s, label: t(`medicineRounds.slots.${s}`) }))}
          />
          <div className="form-group">
            <label className="form-label" htmlFor="round-date">{t('medicineRounds.date')}</label>
            <input id="round-date" type="date" className="form-input input-width-s" value={date || r?.date || ''} onChange={(e) => setDate(e.target.value)} />
          </div>
        </div>
      )}
      {chosen && round.isPending && <Loading />}
      {round.isError && <LoadError error={round.error} onRetry={() => void round.refetch()} />}
      {r && (
        <>
          <p className="round-summary" aria-live="polite">
            {t('medicineRounds.summary', { date: formatDate(r.date), from: formatTime(r.from), to: formatTime(r.to), count: open })}
          </p>
          {r.citizens.length === 0 && <p className="empty-state">{t('medicineRounds.noCitizens')}</p>}
          {r.citizens.map((c) => (
            <CitizenRound key={c.citizen.id} entry={c} onChanged={changed} />
          ))}
        </>
      )}
    </>
  );
}
