/**
 * Rules from Fælles Faglige Begreber (VUM 2.0). The concepts themselves are KL's code system,
 * loaded as data; these are the stable codes of the groups the rules refer to.
 */
export const FFB_GROUPS = {
  /** Aktivitet og deltagelse: the six life areas a goal may address. */
  activityAndParticipation: '93433530-b85c-4d04-a4fb-5ae26cf16f1c',
  goalType: 'b5257b2d-0fbf-4d00-bf38-d298c8568116',
  functionalLevel: 'e89d317c-4657-4970-b614-ada2ed220595',
  supportNeedLevel: '7ac451dc-773b-4877-baaf-1e6b1d5c8e28',
  /** Status på indsats: the outcome of a follow-up for the authority (continue / end / end and refer on). */
  statusOnService: '90479ffa-bf46-4b3a-a172-91f2798e2a43',
} as const;

/** FFB's 'Status på indsats', as the follow-up form offers it. */
export const AUTHORITY_STATUS = {
  continue: '1e971d84-10a4-4ef8-a8b3-0daa4c7d088a', // Træf afgørelse om fortsættelse af indsats
  end: 'd7d03656-4c87-4e67-9146-aa5990460f16', // Træf afgørelse om afslutning af indsats
  endAndReferOn: 'b4c01aa8-82fd-44e4-83ff-ca19ec02c779', // Træf afgørelse om afslutning af indsats og visiter til ny
} as const;

/** Måltype 'Udvikle funktionsevne': what most goals in a botilbud aim for, so a new goal starts on it. */
export const DEVELOP_GOAL_TYPE = 'd41c8072-52f8-42b5-9375-ddbea454d27f';

export const NOT_ASSESSED_LEVEL = '1c327095-107f-4b96-88d0-ec562cb980be';

/** Functional-ability levels from best to worst (Ingen … Fuldstændig nedsat). */
export const FUNCTIONAL_LEVEL_ORDER = [
  'b508ff66-6326-4862-a6d7-7bbf184c9823', // Ingen nedsat funktionsevne
  '8328ce4a-6238-4f73-bf1a-74aadb68eff8', // Let nedsat
  '5bdde847-2837-416b-ab63-bbff8b7aa531', // Moderat nedsat
  'cae545f5-2813-4d79-98fc-0a7d770af3cd', // Svært nedsat
  '832ae90b-23b5-4063-80aa-0b81bdce680e', // Fuldstændig nedsat
];

export interface Concept {
  code: string;
  parentCode: string | null;
}

export type GoalCodes = { conditionCode: string; goalTypeCode: string; targetLevelCode: string };

/**
 * The area (one of the six under Aktivitet og deltagelse) of an FFB condition such as 'Lave mad'
 * (→ Praktiske opgaver); undefined when `code` is not such a condition. `concepts` must hold the
 * condition and its parent.
 */
export function conditionArea(code: string, concepts: Map<string, Concept>): string | undefined {
  const area = concepts.get(code)?.parentCode;
  return area && concepts.get(area)?.parentCode === FFB_GROUPS.activityAndParticipation ? area : undefined;
}

/** An assessed functional level (Ingen … Fuldstændig nedsat), not 'Ikke vurderet'. */
export const isAssessedLevel = (code: string, concepts: Map<string, Concept>) =>
  concepts.get(code)?.parentCode === FFB_GROUPS.functionalLevel && code !== NOT_ASSESSED_LEVEL;

/** One of FFB's 'Status på indsats'. */
export const isAuthorityStatus = (code: string, concepts: Map<string, Concept>) => concepts.get(code)?.parentCode === FFB_GROUPS.statusOnService;

export const CONDITION_MESSAGE = 'Vælg en tilstand under et af de seks livsområder, fx "Lave mad" under Praktiske opgaver.';

/**
 * Checks a goal's codes against the rules: one FFB condition (tilstand) under one of the six
 * activity-and-participation areas (an area alone is too coarse); a goal type; a target functional
 * level that is assessed. `concepts` holds the codes and the condition's parent. Returns field
 * errors (empty when valid).
 */
export function checkGoalCodes(goal: GoalCodes, concepts: Map<string, Concept>): Record<string, string> {
  const errors: Record<string, string> = {};
  const parent = (code: string) => concepts.get(code)?.parentCode;
  if (!conditionArea(goal.conditionCode, concepts)) {
    errors.ffbConditionCode =
      parent(goal.conditionCode) === FFB_GROUPS.activityAndParticipation
        ? 'Et mål sættes på en tilstand under livsområdet, fx "Lave mad" under Praktiske opgaver, ikke på hele livsområdet.'
        : CONDITION_MESSAGE;
  }
  if (parent(goal.goalTypeCode) !== FFB_GROUPS.goalType) errors.goalTypeCode = 'Vælg en måltype: udvikle, fastholde eller begrænse tab.';
  if (!isAssessedLevel(goal.targetLevelCode, concepts)) errors.targetLevelCode = 'Vælg det funktionsevneniveau målet sigter mod.';
  return errors;
}

/** A reached level compared with the target: 'reached' when at or better than the target. */
export function compareToTarget(reachedCode: string, targetCode: string): 'reached' | 'not_reached' | 'unknown' {
  const r = FUNCTIONAL_LEVEL_ORDER.indexOf(reachedCode);
  const t = FUNCTIONAL_LEVEL_ORDER.indexOf(targetCode);
  if (r < 0 || t < 0) return 'unknown';
  return r <= t ? 'reached' : 'not_reached';
}
