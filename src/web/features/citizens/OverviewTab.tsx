import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Badges';
import { DialogButton } from '../../components/forms/DialogButton';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useCitizenContext } from './context';
import { CprReveal } from './CprReveal';
import { EditCitizenModal } from './EditCitizenModal';
import { InterventionsPanel } from './InterventionsPanel';
import { Ladder } from './Ladder';
import { PlacementFacts } from './PlacementFacts';
import { RelativesList } from './RelativesList';
import { Panel } from '../../components/Panel';
import { Fact } from '../../components/Fact';

/** Overblik: who the citizen is, where they live and under which law, their network and ladder. */
export default function OverviewTab() {
  const { t } = useTranslation();
  const c = useCitizenContext();
  const [saved, setSaved] = useState(false);
  return (
    <div className="overview-grid">
      <Panel id="ov-person" heading={t('citizens.citizen.person')}>
        <dl className="facts">
          <Fact term={t('citizens.citizen.name')}>{c.name}</Fact>
          <Fact term={t('citizens.citizen.age')}>{t('citizens.age', { age: c.age })}</Fact>
          <Fact term={t('citizens.citizen.cpr')}>
            <CprReveal citizenId={c.id} masked={c.cprMasked} canReveal={c.abilities.revealCpr} />
          </Fact>
          <Fact term={t('citizens.citizen.contactPerson')}>{c.contactPerson?.name ?? <span className="muted">{t('citizens.citizen.noContactPerson')}</span>}</Fact>
          <Fact term={t('citizens.citizen.targetGroups')}>
            {c.targetGroups.length ? (
              c.targetGroups.map((g) => <Tag key={g.code}>{g.name}</Tag>)
            ) : (
              <span className="muted">{t('citizens.citizen.noTargetGroups')}</span>
            )}
          </Fact>
        </dl>
        {saved && <SuccessMessage text={t('citizens.edit.saved')} onDone={() => setSaved(false)} />}
        {c.abilities.update && (
          <DialogButton
            label={t('citizens.edit.open')}
            dialog={(close) => (
              <EditCitizenModal
                citizen={c}
                onClose={close}
                onSaved={() => {
                  close();
                  setSaved(true);
                }}
              />
            )}
          />
        )}
      </Panel>

      <Panel id="ov-placement" heading={t('citizens.citizen.placement')}>
        <PlacementFacts citizen={c} />
      </Panel>

      {c.abilities.manageInterventions && <InterventionsPanel citizen={c} />}

      <Panel id="ov-ladder" heading={t('citizens.ladder.title')}>
        <Ladder ladder={c.ladder} />
      </Panel>

      <Panel id="ov-network" heading={t('citizens.citizen.network')}>
        <RelativesList relatives={c.relatives} citizenId={c.id} canManage={c.abilities.manageRelatives} />
      </Panel>
    </div>
  );
}
