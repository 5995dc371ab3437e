import { FFB_GROUPS } from '../../../domain/ffb.js';
import { FUNCTIONAL_LEVEL_DISPLAY_ORDER, orderByCodes, SUPPORT_NEED_LEVEL_ORDER } from '../../../domain/plans.js';
import { LADDER_STEPS } from '../../../domain/ladder.js';
import { placeLegalBases } from '../../../contracts/organisation.js';
import { childKinds } from '../organisation/tree.js';
import { roleKinds } from '../users/schema.js';
import type { Catalogue, Concept } from '../../../contracts/catalogue.js';
import type { CatalogueRows, ConceptRow } from './queries.js';

const concept = (c: ConceptRow): Concept => ({ code: c.code, display: c.display, definition: c.definition });

/**
 * The catalogues as the web app's pickers show them: scales best → worst with 'Ikke vurderet' last.
 * The admin forms' choices come from the very lists the server validates with: the legal bases a
 * place may have, where in the tree each role may be held, and which kinds of unit go under which.
 */
export function presentCatalogue(rows: CatalogueRows): Catalogue {
  const inGroup = (group: string) => rows.concepts.filter((c) => c.group_code === group).map(concept);
  return {
    ffbAreas: inGroup(FFB_GROUPS.activityAndParticipation),
    goalTypes: inGroup(FFB_GROUPS.goalType),
    functionalLevels: orderByCodes(inGroup(FFB_GROUPS.functionalLevel), FUNCTIONAL_LEVEL_DISPLAY_ORDER),
    supportNeedLevels: orderByCodes(inGroup(FFB_GROUPS.supportNeedLevel), SUPPORT_NEED_LEVEL_ORDER),
    targetGroups: rows.targetGroups,
    interventionKinds: rows.interventionKinds.map((k) => ({ ...k, ladderStepName: LADDER_STEPS[k.ladderStep] })),
    legalBases: rows.legalBases,
    municipalities: rows.municipalities,
    ownMunicipalityCode: rows.ownMunicipalityCode,
    endReasons: rows.endReasons,
    destinations: rows.destinations,
    placeLegalBases,
    roleUnitKinds: roleKinds,
    childKinds,
  };
}
