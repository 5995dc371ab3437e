import { useTranslation } from 'react-i18next';
import type { BvcItem, KeyInfo, RiskAssessmentInput } from '../../../contracts/key-info';
import { Panel } from '../../components/Panel';
import { Tag } from '../../components/Badges';
import { RowAction } from '../../components/RowAction';
import { addItem, addRiskAssessment, saveCrisisPlan, type ItemList } from './api';
import { useRegisterDialogs } from './useRegisterDialogs';
import { bodyOf, FormModal, type FieldSpec, type Values } from './FormModal';
import { formatDate, formatDateTime, todayIso } from '../../lib/dates';
import { BVC_ITEMS, bvcLevelOf, PROFESSIONAL_KINDS, SEVERITIES } from './labels';

type Open = ItemList | 'risk' | 'crisis' | null;

/** Key information: professionals, allergies, aids, Brøset's violence checklist and the crisis plan. */
export function KeyInfoSections({ citizenId, info }: { citizenId: string; info: KeyInfo }) {
  const { t } = useTranslation();
  const { open, setOpen, close, saved, refresh, askRemove, removal } = useRegisterDialogs<NonNullable<Open>>(citizenId);
  const edit = info.abilities.edit;
  const addButton = (list: Open, label: string) =>
    edit && (
      <button type="button" className="button button-secondary" onClick={() => setOpen(list)}>
        {label}
      </button>
    );
  const removeAction = (list: ItemList, id: string, name: string) =>
    edit && <RowAction look="link" label={t('common.remove')} target={name} onClick={() => askRemove({ list, id, name })} />;
  const options = (values: readonly string[], prefix: string) => values.map((v) => ({ value: v, label: t(`keyInfo.${prefix}.${v}`) }));
  const latest = info.riskAssessments[0];

  const forms: Record<ItemList, { title: string; fields: FieldSpec[] }> = {
    professionals: {
      title: t('keyInfo.professionals.add'),
      fields: [
        { name: 'kind', label: t('keyInfo.professionals.kind'), kind: 'select', options: options(PROFESSIONAL_KINDS, 'kinds') },
        { name: 'name', label: t('keyInfo.professionals.name'), kind: 'text', hint: t('keyInfo.professionals.nameHint') },
        { name: 'organisation', label: t('keyInfo.professionals.organisation'), kind: 'text' },
        { name: 'phone', label: t('keyInfo.phone'), kind: 'tel' },
        { name: 'note', label: t('keyInfo.note'), kind: 'textarea' },
      ],
    },
    allergies: {
      title: t('keyInfo.allergies.add'),
      fields: [
        { name: 'substance', label: t('keyInfo.allergies.substance'), kind: 'text' },
        { name: 'reaction', label: t('keyInfo.allergies.reaction'), kind: 'text' },
        { name: 'severity', label: t('keyInfo.allergies.severity'), kind: 'select', options: options(SEVERITIES, 'severities') },
      ],
    },
    aids: {
      title: t('keyInfo.aids.add'),
      fields: [
        { name: 'name', label: t('keyInfo.aids.name'), kind: 'text' },
        { name: 'note', label: t('keyInfo.note'), kind: 'textarea' },
      ],
    },
  };
  const bvcChecks = (v: Values) => v.present as string[];

  return (
    <>
      <Panel id="ki-professionals" heading={t('keyInfo.professionals.heading')}>
        {info.professionals.length === 0 && <p className="muted">{t('keyInfo.professionals.none')}</p>}
        <ul className="plain-list no-max-width key-info-list">
          {info.professionals.map((p) => (
            <li key={p.id}>
              <Tag variant={p.kind === 'gp' ? 'contact' : undefined}>{t(`keyInfo.kinds.${p.kind}`)}</Tag> <strong>{p.name}</strong>
              {p.organisation && <>, {p.organisation}</>}
              {p.phone && (
                <>
                  {' · '}
                  <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a>
                </>
              )}
              {p.note && <p className="key-info-note">{p.note}</p>}
              {removeAction('professionals', p.id, p.name)}
            </li>
          ))}
        </ul>
        {addButton('professionals', t('keyInfo.professionals.add'))}
      </Panel>

      <Panel id="ki-allergies" heading={t('keyInfo.allergies.heading')}>
        {info.allergies.length === 0 && <p className="muted">{t('keyInfo.allergies.none')}</p>}
        <ul className="plain-list no-max-width key-info-list">
          {info.allergies.map((a) => (
            <li key={a.id} className={a.severity === 'severe' ? 'key-info-severe' : undefined}>
              <strong>{a.substance}</strong> <span className={`static-tag key-info-severity-${a.severity}`}>{t(`keyInfo.severities.${a.severity}`)}</span>
              {a.reaction && <> · {a.reaction}</>} {removeAction('allergies', a.id, a.substance)}
            </li>
          ))}
        </ul>
        {addButton('allergies', t('keyInfo.allergies.add'))}
      </Panel>

      <Panel id="ki-aids" heading={t('keyInfo.aids.heading')}>
        {info.aids.length === 0 && <p className="muted">{t('keyInfo.aids.none')}</p>}
        <ul className="plain-list no-max-width key-info-list">
          {info.aids.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>
              {a.note && <> · {a.note}</>} {removeAction('aids', a.id, a.name)}
            </li>
          ))}
        </ul>
        {addButton('aids', t('keyInfo.aids.add'))}
      </Panel>

      <Panel id="ki-risk" heading={t('keyInfo.risk.heading')}>
        {latest ? (
          <>
            <p className={`bvc-latest bvc-${latest.level}`}>
              {t('keyInfo.risk.latest', { date: formatDate(latest.assessedOn), total: latest.total, by: latest.assessedBy })}{' '}
              <strong>{t(`keyInfo.risk.levels.${latest.level}`)}</strong>
            </p>
            <ul className="plain-list no-max-width key-info-list">
              {info.riskAssessments.map((r) => (
                <li key={r.id}>
                  {formatDate(r.assessedOn)}: {r.total} ({t(`keyInfo.risk.levels.${r.level}`)})
                  {r.total > 0 && <> · {BVC_ITEMS.filter((i) => r.scores[i] === 1).map((i) => t(`keyInfo.risk.items.${i}`)).join(', ')}</>}
                  {r.note && <> · {r.note}</>}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('keyInfo.risk.none')}</p>
        )}
        {addButton('risk', t('keyInfo.risk.add'))}
      </Panel>

      <Panel id="ki-crisis" heading={t('keyInfo.crisis.heading')}>
        {info.crisisPlan ? (
          <dl className="key-info-crisis">
            <dt>{t('keyInfo.crisis.signs')}</dt>
            <dd>{info.crisisPlan.signs}</dd>
            <dt>{t('keyInfo.crisis.whatHelps')}</dt>
            <dd>{info.crisisPlan.whatHelps}</dd>
            <dt>{t('keyInfo.crisis.whoToCall')}</dt>
            <dd>{info.crisisPlan.whoToCall}</dd>
          </dl>
        ) : (
          <p className="muted">{t('keyInfo.crisis.none')}</p>
        )}
        {info.crisisPlan && <p className="muted">{t('keyInfo.crisis.updated', { by: info.crisisPlan.updatedBy, date: formatDateTime(info.crisisPlan.updatedAt) })}</p>}
        {addButton('crisis', info.crisisPlan ? t('keyInfo.crisis.edit') : t('keyInfo.crisis.write'))}
      </Panel>

      {(open === 'professionals' || open === 'allergies' || open === 'aids') && (
        <FormModal id={`ki-${open}-form`} {...forms[open]} submit={(v) => addItem(citizenId, open, bodyOf(v))} onClose={close} onSaved={saved} />
      )}
      {open === 'risk' && (
        <FormModal
          id="ki-risk-form"
          title={t('keyInfo.risk.add')}
          initial={{ assessedOn: todayIso() }}
          fields={[
            { name: 'assessedOn', label: t('keyInfo.risk.assessedOn'), kind: 'date' },
            { name: 'present', label: t('keyInfo.risk.present'), kind: 'checks', options: BVC_ITEMS.map((i) => ({ value: i, label: t(`keyInfo.risk.items.${i}`) })) },
            { name: 'note', label: t('keyInfo.note'), kind: 'textarea' },
          ]}
          summary={(v) => {
            const total = bvcChecks(v).length;
            return (
              <p className={`bvc-latest bvc-${bvcLevelOf(total)}`} aria-live="polite">
                {t('keyInfo.risk.total', { total })} <strong>{t(`keyInfo.risk.levels.${bvcLevelOf(total)}`)}</strong>
              </p>
            );
          }}
          submit={(v) => {
            const scores = Object.fromEntries(BVC_ITEMS.map((i) => [i, bvcChecks(v).includes(i) ? 1 : 0])) as Record<BvcItem, 0 | 1>;
            const body: RiskAssessmentInput = { assessedOn: v.assessedOn as string, ...scores, ...((v.note as string).trim() && { note: (v.note as string).trim() }) };
            return addRiskAssessment(citizenId, body);
          }}
          onClose={close}
          onSaved={saved}
        />
      )}
      {open === 'crisis' && (
        <FormModal
          id="ki-crisis-form"
          title={t('keyInfo.crisis.heading')}
          initial={info.crisisPlan ? { signs: info.crisisPlan.signs, whatHelps: info.crisisPlan.whatHelps, whoToCall: info.crisisPlan.whoToCall } : undefined}
          fields={[
            { name: 'signs', label: t('keyInfo.crisis.signs'), kind: 'textarea' },
            { name: 'whatHelps', label: t('keyInfo.crisis.whatHelps'), kind: 'textarea' },
            { name: 'whoToCall', label: t('keyInfo.crisis.whoToCall'), kind: 'textarea' },
          ]}
          // The version read: after a 409 the refetched plan's, so saving again writes over it knowingly.
          submit={(v) => saveCrisisPlan(citizenId, { ...(bodyOf(v) as { signs: string; whatHelps: string; whoToCall: string }), version: info.crisisPlan?.version })}
          onConflict={refresh}
          onClose={close}
          onSaved={saved}
        />
      )}
      {removal}
    </>
  );
}
