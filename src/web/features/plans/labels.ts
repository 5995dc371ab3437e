import type { CatalogueItem } from '../../api/types';
import type { GoalStatus } from '../../../contracts/plans.js';
import type { Option } from '../../components/SelectField';

/** The order goals are grouped in on the plan: the ones being worked on first. */
export const STATUS_ORDER: GoalStatus[] = ['active', 'paused', 'achieved', 'dropped'];

export const itemLabel = (item: CatalogueItem) => item.display ?? item.name ?? item.code;

export const toOptions = (items: CatalogueItem[] | undefined): Option[] =>
  (items ?? []).map((i) => ({ value: i.code, label: itemLabel(i) }));
