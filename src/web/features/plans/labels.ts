import type { Concept, NamedCode } from '../../../contracts/catalogue';
import type { GoalStatus } from '../../../contracts/plans.js';
import type { Option } from '../../components/SelectField';

/** The order goals are grouped in on the plan: the ones being worked on first. */
export const STATUS_ORDER: GoalStatus[] = ['active', 'paused', 'achieved', 'dropped'];

/** An FFB concept by its text, an entry of the center's lists by its name. */
export const itemLabel = (item: Concept | NamedCode) => ('display' in item ? item.display : item.name);

export const toOptions = (items: Array<Concept | NamedCode> | undefined): Option[] =>
  (items ?? []).map((i) => ({ value: i.code, label: itemLabel(i) }));
