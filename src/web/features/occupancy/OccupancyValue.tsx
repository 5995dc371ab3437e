import { useTranslation } from 'react-i18next';
import type { AgainstTarget } from '../../../contracts/organisation.js';
import { Icon } from '../../components/Icon';
import { formatPct } from './format';

/**
 * An occupancy percentage; below the target it carries a warning icon and the words
 * "Under mål", so the marker does not rest on colour alone.
 */
export function OccupancyValue({ figure }: { figure: AgainstTarget }) {
  const { t } = useTranslation();
  if (figure.occupancyPct === null) {
    return (
      <span className="muted" title={t('occupancy.noPlaces')}>
        –<span className="sr-only">{t('occupancy.noPlaces')}</span>
      </span>
    );
  }
  return (
    <span className="occ-value">
      <span className="occ-pct">{formatPct(figure.occupancyPct)}</span>
      {figure.belowTarget && (
        <span className="occ-below">
          <Icon name="warning" />
          {t('occupancy.belowTarget')}
        </span>
      )}
    </span>
  );
}
