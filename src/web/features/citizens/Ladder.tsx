import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import { LADDER_STEPS } from '../../../domain/ladder';
import { formatDate } from '../../lib/dates';

/** The seven steps of the indsatstrappe, 1 least and 7 most intrusive. */
const STEPS = Object.keys(LADDER_STEPS).map(Number);

/**
 * The citizen on the intervention ladder: the seven steps drawn as a staircase with the current
 * one marked (and said in words), then the path over time with arrows for moves down and up.
 */
export function Ladder({ ladder }: { ladder: Citizen['ladder'] }) {
  const { t } = useTranslation();
  const { currentStep, currentStepName, path } = ladder;
  return (
    <div className="ladder">
      <p className="ladder-current">
        {currentStep
          ? t('citizens.ladder.current', { step: currentStep, total: STEPS.length, name: currentStepName })
          : t('citizens.ladder.none')}
      </p>
      <ol className="ladder-steps plain-list no-max-width" aria-label={t('citizens.ladder.stepsLabel')}>
        {[...STEPS].reverse().map((n) => (
          <li
            key={n}
            className={`ladder-step${n === currentStep ? ' ladder-step--current' : ''}`}
            style={{ width: `${40 + n * (60 / 7)}%` }}
            aria-current={n === currentStep ? 'step' : undefined}
          >
            <span className="ladder-step-num">{n}</span>
            <span className="ladder-step-name">{LADDER_STEPS[n]}</span>
          </li>
        ))}
      </ol>
      {path.length > 0 && (
        <>
          <h3 className="h4">{t('citizens.ladder.history')}</h3>
          <ol className="ladder-history plain-list no-max-width">
            {path.map((p, i) => {
              const prev = path[i - 1];
              const move = prev ? Math.sign(p.step - prev.step) : 0;
              return (
                <li key={p.from}>
                  <span className="ladder-move" aria-hidden="true">
                    {move < 0 ? '↓' : move > 0 ? '↑' : '·'}
                  </span>
                  {move !== 0 && <span className="sr-only">{move < 0 ? t('citizens.ladder.movedDown') : t('citizens.ladder.movedUp')}: </span>}
                  <span className="nowrap">
                    {formatDate(p.from)} – {p.to ? formatDate(p.to) : t('citizens.ladder.now')}
                  </span>
                  : {t('citizens.ladder.stepShort', { step: p.step })} {p.name}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
