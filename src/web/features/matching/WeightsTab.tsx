import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Badges';
import { DataTable } from '../../components/DataTable';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../lib/dates';
import { addWeights, matchingKeys, useWeights, type NewWeightsBody, type WeightsVersion } from './api';
import './matching.css';

const PARAMS = ['availabilityHorizonDays', 'sameMunicipalityValue', 'rateCeilingDkk'] as const;
const URGENCIES = ['normal', 'urgent', 'acute'] as const;
/** A number as typed: a comma is a decimal point; empty or not a number is sent as is, for the server to name the field. */
const shown = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));
const toNumber = (s: string): number => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() === '' || Number.isNaN(n) ? (s as unknown as number) : n;
};

/** A new version, starting from the one in use. */
function NewVersionModal({ base, factors, onClose, onSaved }: { base: WeightsVersion | undefined; factors: Array<{ code: string; label: string }>; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState('');
  const [note, setNote] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries(factors.map((f) => [f.code, shown(base?.weights[f.code] ?? 0)])));
  const [params, setParams] = useState<Record<string, string>>({
    ...Object.fromEntries(PARAMS.map((p) => [p, shown(base?.params[p])])),
    ...Object.fromEntries(URGENCIES.map((u) => [u, shown(base?.params.urgencyMultiplier[u])])),
  });
  const ids: Record<string, string> = {
    version: 'weights-version', note: 'weights-note', weights: 'weight-' + factors[0]?.code,
    ...Object.fromEntries(factors.map((f) => [`weights.${f.code}`, `weight-${f.code}`])),
    ...Object.fromEntries(PARAMS.map((p) => [`params.${p}`, `param-${p}`])),
    ...Object.fromEntries(URGENCIES.map((u) => [`params.urgencyMultiplier.${u}`, `param-urgency-${u}`])),
  };
  const body = (): NewWeightsBody => ({
    version: version.trim(),
    note: note.trim(),
    weights: Object.fromEntries(factors.map((f) => [f.code, toNumber(weights[f.code])])) as NewWeightsBody['weights'],
    params: {
      availabilityHorizonDays: toNumber(params.availabilityHorizonDays),
      sameMunicipalityValue: toNumber(params.sameMunicipalityValue),
      rateCeilingDkk: toNumber(params.rateCeilingDkk),
      urgencyMultiplier: { normal: toNumber(params.normal), urgent: toNumber(params.urgent), acute: toNumber(params.acute) },
    },
  });
  const save = useMutation({ mutationFn: () => addWeights(body()), onSuccess: onSaved });
  const { submit, bind, field } = mutationForm(save, ids);
  return (
    <ModalForm id="weights-form" title={t('matching.newVersionTitle')} submitLabel={t('matching.addVersion')} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <div className="weights-form">
        <TextField {...bind('version', version, setVersion)} label={t('matching.versionName')} hint={t('matching.versionHint')} maxLength={60} verbatim />
        <fieldset>
          <legend className="h5">{t('matching.weightsLegend')}</legend>
          <div className="form-row">
          {factors.map((f) => (
            <TextField key={f.code} {...field(`weights.${f.code}`)} value={weights[f.code]} onChange={(v) => setWeights({ ...weights, [f.code]: v })}
              label={f.label} inputMode="decimal" className="input-width-xs" />
          ))}
          </div>
        </fieldset>
        {field('weights').error && <p className="form-error-message">{field('weights').error}</p>}
        <fieldset>
          <legend className="h5">{t('matching.paramsLegend')}</legend>
          <div className="form-row">
          {PARAMS.map((p) => (
            <TextField key={p} {...field(`params.${p}`)} value={params[p]} onChange={(v) => setParams({ ...params, [p]: v })}
              label={t(`matching.params.${p}`)} inputMode="decimal" className="input-width-xs" />
          ))}
          {URGENCIES.map((u) => (
            <TextField key={u} {...field(`params.urgencyMultiplier.${u}`)} value={params[u]} onChange={(v) => setParams({ ...params, [u]: v })}
              label={t('matching.params.urgency', { urgency: t(`matching.urgencies.${u}`) })} inputMode="decimal" className="input-width-xs" />
          ))}
          </div>
        </fieldset>
        <TextArea {...bind('note', note, setNote)} label={t('matching.note')} rows={3} maxLength={2000} />
      </div>
    </ModalForm>
  );
}

/** Administration: the matching weights versions, newest (in use) first; an admin adds a version. */
export default function WeightsTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useWeights();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { versions, factors } = list.data;
  return (
    <>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 className="h3">{t('matching.weightsHeading')}</h2>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>{t('matching.newVersion')}</button>
      </div>
      <p>{t('matching.weightsIntro')}</p>
      {versions.length === 0 ? (
        <p>{t('matching.noVersions')}</p>
      ) : (
        <DataTable
          rows={versions}
          rowKey={(v) => v.version}
          caption={t('matching.weightsHeading')}
          columns={[
            { header: t('matching.versionName'), rowHeader: true, cell: (v) => (<>{v.version} {v.inUse && <Tag>{t('matching.inUse')}</Tag>}</>) },
            { header: t('matching.added'), cell: (v) => `${formatDateTime(v.createdAt)}, ${v.createdBy ?? t('matching.byMestring')}` },
            { header: t('matching.weightsLegend'), cell: (v) => factors.filter((f) => (v.weights[f.code] ?? 0) > 0).map((f) => `${f.label} ${v.weights[f.code]}`).join(', ') },
            { header: t('matching.note'), cell: (v) => v.note || '—' },
          ]}
        />
      )}
      {adding && (
        <NewVersionModal base={versions[0]} factors={factors} onClose={() => setAdding(false)}
          onSaved={() => { setAdding(false); setMessage(t('matching.versionAdded')); void qc.invalidateQueries({ queryKey: matchingKeys.weights }); }} />
      )}
    </>
  );
}
