import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import type { Consent, ConsentInput, Representation, RepresentativeInput } from '../../../contracts/key-info';
import { Panel } from '../../components/Panel';
import { Tag } from '../../components/Badges';
import { RowAction } from '../../components/RowAction';
import { formatDate, formatDateTime, todayIso } from '../../lib/dates';
import { addConsent, addRepresentative, withdrawConsent } from './api';
import { useRegisterDialogs } from './useRegisterDialogs';
import { bodyOf, FormModal } from './FormModal';
import { CONSENT_SCOPES } from './labels';

type Open = 'representative' | 'consent' | { withdraw: Consent } | null;

/** Legal representation (værge, fremtidsfuldmagt) and consents to share, as a register. */
export function RepresentationSections({ citizen, data }: { citizen: Citizen; data: Representation }) {
  const { t } = useTranslation();
  const { open, setOpen, close, saved, askRemove, removal } = useRegisterDialogs<NonNullable<Open>>(citizen.id);
  const manage = data.abilities.manage;
  const period = (from: string, to: string | null) => (to ? `${formatDate(from)}–${formatDate(to)}` : t('keyInfo.representation.from', { date: formatDate(from) }));

  return (
    <>
      <Panel id="ki-representation" heading={t('keyInfo.representation.heading')}>
        {data.representatives.length === 0 && <p className="muted">{t('keyInfo.representation.none')}</p>}
        <ul className="plain-list no-max-width key-info-list">
          {data.representatives.map((r) => (
            <li key={r.id}>
              <Tag variant={r.active ? 'contact' : 'muted'}>{t(`keyInfo.representation.kinds.${r.kind}`)}</Tag> <strong>{r.name}</strong>
              {r.phone && (
                <>
                  {' · '}
                  <a href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</a>
                </>
              )}
              <br />
              {t(`keyInfo.representation.scopes.${r.scope}`)} · {period(r.validFrom, r.validTo)}
              {!r.active && <> · {t('keyInfo.representation.notInForce')}</>}
              {r.note && <p className="key-info-note">{r.note}</p>}
              {manage && <RowAction look="link" label={t('common.remove')} target={r.name} onClick={() => askRemove({ list: 'representatives', id: r.id, name: r.name })} />}
            </li>
          ))}
        </ul>
        {manage && (
          <button type="button" className="button button-secondary" onClick={() => setOpen('representative')}>
            {t('keyInfo.representation.add')}
          </button>
        )}
      </Panel>

      <Panel id="ki-consents" heading={t('keyInfo.consents.heading')}>
        {data.consents.length === 0 && <p className="muted">{t('keyInfo.consents.none')}</p>}
        <ul className="plain-list no-max-width key-info-list">
          {data.consents.map((k) => (
            <li key={k.id} className={k.active ? undefined : 'key-info-inactive'}>
              <strong>{k.recipientName}</strong> <Tag variant={k.active ? 'contact' : 'muted'}>{k.active ? t('keyInfo.consents.active') : t('keyInfo.consents.inactive')}</Tag>
              <br />
              {t('keyInfo.consents.covers')}: {k.scopes.map((s) => t(`keyInfo.consents.scopes.${s}`)).join(', ')}
              <br />
              {period(k.givenOn, k.validUntil)}
              {k.withdrawnOn && <> · {t('keyInfo.consents.withdrawn', { date: formatDate(k.withdrawnOn), by: k.withdrawnBy })}</>}
              {' · '}
              {k.lastUsedAt ? t('keyInfo.consents.uses', { count: k.uses, last: formatDateTime(k.lastUsedAt) }) : t('keyInfo.consents.unused')}
              {k.note && <p className="key-info-note">{k.note}</p>}
              <div className="button-group-inline row-actions">
                {/* A plain link: the browser downloads the plan; the server logs the export against this consent. */}
                {k.active && k.scopes.includes('plan') && (
                  <a href={`/api/citizens/${citizen.id}/plan.pdf?consentId=${k.id}`} className="button button-secondary" download>
                    {t('keyInfo.consents.planPdf')}
                  </a>
                )}
                {manage && !k.withdrawnOn && <RowAction look="button" label={t('keyInfo.consents.withdraw')} target={k.recipientName} onClick={() => setOpen({ withdraw: k })} />}
              </div>
            </li>
          ))}
        </ul>
        {manage && (
          <button type="button" className="button button-secondary" onClick={() => setOpen('consent')}>
            {t('keyInfo.consents.add')}
          </button>
        )}
      </Panel>

      {open === 'representative' && (
        <FormModal
          id="ki-representative-form"
          title={t('keyInfo.representation.add')}
          fields={[
            { name: 'kind', label: t('keyInfo.representation.kind'), kind: 'select', options: (['guardian', 'future_power_of_attorney'] as const).map((k) => ({ value: k, label: t(`keyInfo.representation.kinds.${k}`) })) },
            { name: 'name', label: t('keyInfo.representation.name'), kind: 'text' },
            { name: 'phone', label: t('keyInfo.phone'), kind: 'tel' },
            { name: 'scope', label: t('keyInfo.representation.scope'), kind: 'select', options: (['personal', 'financial', 'both'] as const).map((s) => ({ value: s, label: t(`keyInfo.representation.scopes.${s}`) })) },
            { name: 'validFrom', label: t('keyInfo.representation.validFrom'), kind: 'date', hint: t('keyInfo.representation.validFromHint') },
            { name: 'validTo', label: t('keyInfo.representation.validTo'), kind: 'date' },
            { name: 'note', label: t('keyInfo.note'), kind: 'textarea' },
          ]}
          submit={(v) => addRepresentative(citizen.id, bodyOf(v) as RepresentativeInput)}
          onClose={close}
          onSaved={saved}
        />
      )}
      {open === 'consent' && (
        <FormModal
          id="ki-consent-form"
          title={t('keyInfo.consents.add')}
          initial={{ givenOn: todayIso() }}
          fields={[
            { name: 'relativeId', label: t('keyInfo.consents.relative'), kind: 'select', options: citizen.relatives.map((r) => ({ value: r.id, label: `${r.name} (${r.relation})` })) },
            { name: 'bodyName', label: t('keyInfo.consents.bodyName'), kind: 'text', hint: t('keyInfo.consents.bodyNameHint') },
            { name: 'scopes', label: t('keyInfo.consents.covers'), kind: 'checks', options: CONSENT_SCOPES.map((s) => ({ value: s, label: t(`keyInfo.consents.scopes.${s}`) })) },
            { name: 'givenOn', label: t('keyInfo.consents.givenOn'), kind: 'date' },
            { name: 'validUntil', label: t('keyInfo.consents.validUntil'), kind: 'date', hint: t('keyInfo.consents.validUntilHint') },
            { name: 'note', label: t('keyInfo.note'), kind: 'textarea' },
          ]}
          submit={(v) => addConsent(citizen.id, bodyOf(v) as ConsentInput)}
          onClose={close}
          onSaved={saved}
        />
      )}
      {open && typeof open === 'object' && (
        <FormModal
          id="ki-withdraw-form"
          title={t('keyInfo.consents.withdrawTitle', { name: open.withdraw.recipientName })}
          initial={{ withdrawnOn: todayIso() }}
          fields={[{ name: 'withdrawnOn', label: t('keyInfo.consents.withdrawnOn'), kind: 'date' }]}
          submitLabel={t('keyInfo.consents.withdraw')}
          submit={(v) => withdrawConsent(citizen.id, open.withdraw.id, v.withdrawnOn as string)}
          onClose={close}
          onSaved={saved}
        />
      )}
      {removal}
    </>
  );
}
