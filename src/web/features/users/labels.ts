import type { TFunction } from 'i18next';
import type { Role } from '../../../contracts/common.js';
import type { Option } from '../../components/SelectField';

/** The roles in the order the role select offers them. */
export const ROLES: Role[] = ['staff', 'unit_leader', 'facility_leader', 'center_manager', 'case_worker', 'consultant', 'admin'];

export const roleOptions = (t: TFunction): Option[] => ROLES.map((r) => ({ value: r, label: t(`users.roleNames.${r}`) }));
