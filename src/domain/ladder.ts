/** The intervention ladder (indsatstrappen, seed 002): 1 least, 7 most intrusive. */
export const LADDER_STEPS: Record<number, string> = {
  1: 'Åbne, ikke-visiterede tilbud',
  2: 'Tidlig indsats',
  3: 'Mindre indgribende indsatser',
  4: 'Mere indgribende indsatser',
  5: 'Midlertidigt døgnophold og behandling',
  6: 'Midlertidigt ophold på botilbud (§107) og særlig pleje',
  7: 'Længerevarende ophold på botilbud (§108)',
};

export interface LadderIntervention {
  step: number;
  startDate: string;
  endDate: string | null;
}

const activeOn = (i: LadderIntervention, day: string) => i.startDate <= day && (i.endDate === null || i.endDate > day);

/** The current step is that of the most intrusive intervention active on `day`; null if none. */
export function currentStep(interventions: LadderIntervention[], day: string): number | null {
  const steps = interventions.filter((i) => activeOn(i, day)).map((i) => i.step);
  return steps.length ? Math.max(...steps) : null;
}

export interface LadderPeriod {
  step: number;
  from: string;
  to: string | null;
}

/**
 * The citizen's path on the ladder: consecutive periods with the step in force, derived from the
 * interventions' date ranges (ends are exclusive). Gaps with no intervention are left out.
 */
export function ladderPath(interventions: LadderIntervention[]): LadderPeriod[] {
  const edges = [...new Set(interventions.flatMap((i) => [i.startDate, ...(i.endDate ? [i.endDate] : [])]))].sort();
  const periods: LadderPeriod[] = [];
  edges.forEach((from, k) => {
    const step = currentStep(interventions, from);
    const to = edges[k + 1] ?? null;
    if (step === null) return;
    const last = periods[periods.length - 1];
    if (last && last.step === step && last.to === from) last.to = to;
    else periods.push({ step, from, to });
  });
  // The final open period ends only if no intervention in it is open-ended.
  const last = periods[periods.length - 1];
  if (last && last.to === null) {
    const open = interventions.some((i) => i.endDate === null);
    if (!open) periods.pop();
  }
  return periods;
}

/** Movement between two periods: negative is down the ladder (the aim). */
export const movement = (from: LadderPeriod, to: LadderPeriod) => to.step - from.step;
