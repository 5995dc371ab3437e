import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Badges';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useCitizenContext } from './context';
import { CprReveal } from './CprReveal';
import { EditCitizenModal } from './EditCitizenModal';
import { InterventionsPanel } from './InterventionsPanel';
import { Ladder } from './Ladder';
import { PlacementFacts } from './PlacementFacts';
import { RelativesList } from './RelativesList';

/** Overblik: who the citizen is, where they live and under which law, their network and ladder. */
export default function OverviewTab() {
  const { t } = useTranslation();
  const c = useCitizenContext();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div className="overview-grid">
      <section className="panel" aria-labelledby="ov-person">
        <h2 id="ov-person" className="h3">
          {t('citizens.citizen.person')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('citizens.citizen.name')}</dt>
            <dd>{c.name}</dd>
          </div>
          <div>
            <dt>{t('citizens.citizen.age')}</dt>
            <dd>{t('citizens.age', { age: c.age })}</dd>
          </div>
          <div>
            <dt>{t('citizens.citizen.cpr')}</dt>
            <dd>
              <CprReveal citizenId={c.id} masked={c.cprMasked} canReveal={c.abilities.revealCpr} />
            </dd>
          </div>
          <div>
            <dt>{t('citizens.citizen.contactPerson')}</dt>
            <dd>{c.contactPerson?.name ?? <span className="muted">{t('citizens.citizen.noContactPerson')}</span>}</dd>
          </div>
          <div>
            <dt>{t('citizens.citizen.targetGroups')}</dt>
            <dd>
              {c.targetGroups.length ? (
                c.targetGroups.map((g) => <Tag key={g.code}>{g.name}</Tag>)
              ) : (
                <span className="muted">{t('citizens.citizen.noTargetGroups')}</span>
              )}
            </dd>
          </div>
        </dl>
        {saved && <SuccessMessage text={t('citizens.edit.saved')} onDone={() => setSaved(false)} />}
        {c.abilities.update && (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('citizens.edit.open')}
          </button>
        )}
        {editing && (
          <EditCitizenModal
            citizen={c}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="ov-placement">
        <h2 id="ov-placement" className="h3">
          {t('citizens.citizen.placement')}
        </h2>
        <PlacementFacts placement={c.placement} />
      </section>

      {c.abilities.manageInterventions && <InterventionsPanel citizen={c} />}

      <section className="panel" aria-labelledby="ov-ladder">
        <h2 id="ov-ladder" className="h3">
          {t('citizens.ladder.title')}
        </h2>
        <Ladder ladder={c.ladder} />
      </section>

      <section className="panel" aria-labelledby="ov-network">
        <h2 id="ov-network" className="h3">
          {t('citizens.citizen.network')}
        </h2>
        <RelativesList relatives={c.relatives} citizenId={c.id} canManage={c.abilities.manageRelatives} />
      </section>
    </div>
  );
}
