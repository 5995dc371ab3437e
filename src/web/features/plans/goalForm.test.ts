// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../contracts/catalogue';
import type { Goal } from '../../../contracts/plans.js';
import i18n from '../../i18n';
import {
  changedFields,
  describeDifferences,
  emptyGoal,
  emptySubGoal,
  fromGoal,
  mergeOnto,
  toCreateInput,
  toPatch,
  type GoalFormValues,
  withStartDate,
  type ResponsibleContext,
} from './goalForm';
import { DEVELOP_GOAL_TYPE } from '../../../domain/ffb';

const ME = 'user-me';
const CONTACT = { id: 'user-contact', name: 'Karin Kontakt' };
const ctx: ResponsibleContext = { meId: ME, contactPerson: CONTACT };

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    citizenId: 'citizen-1',
    title: 'Jeg vil selv handle ind',
    whatMatters: 'At klare mig selv',
    ffbArea: { code: 'AD1', display: 'Egenomsorg' },
    ffbCondition: { code: 'C1', display: 'Spise' },
    service: null,
    goalType: { code: 'develop', display: 'Udvikle' },
    targetLevel: { code: 'L2', display: 'Let nedsat' },
    currentLevel: null,
    responsible: { userId: ME, name: 'Mette Medarbejder', external: null },
    startDate: '2026-01-05',
    nextFollowUpDate: '2026-04-05',
    overdue: false,
    status: 'active',
    statusReason: null,
    subGoals: [
      subGoal('sg-1', 'Lave en indkøbsliste', { result: 'achieved', date: '2026-02-01', note: '' }),
      subGoal('sg-2', 'Gå i Netto'),
    ],
    actions: [{ id: 'ac-1', text: 'Følges til butikken', responsible: 'Dagtilbud', done: false }],
    version: 3,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    abilities: {},
    ...overrides,
  };
}

function subGoal(id: string, text: string, evaluation: Goal['subGoals'][number]['evaluation'] = null): Goal['subGoals'][number] {
  return { id, text, dueDate: '2026-03-01', successCriterion: 'Set tre gange', evaluation, done: evaluation?.result === 'achieved', needsCompletion: false };
}

const filledForm = (overrides: Partial<GoalFormValues> = {}): GoalFormValues => ({
  ...emptyGoal('2026-03-03', 3),
  nextFollowUpDate: '',
  title: 'Jeg vil lave mad',
  whatMatters: 'Mine børn kommer på besøg',
  ffbConditionCode: 'C2',
  goalTypeCode: 'develop',
  targetLevelCode: 'L1',
  ...overrides,
});

describe('a new goal', () => {
  it('starts today as a goal to develop abilities, with me responsible, followed up after the facility’s interval', () => {
    expect(emptyGoal('2026-03-03', 6)).toMatchObject({
      title: '',
      ffbConditionCode: '',
      goalTypeCode: DEVELOP_GOAL_TYPE,
      targetLevelCode: '',
      startDate: '2026-03-03',
      nextFollowUpDate: '2026-09-03',
      responsible: 'me',
      subGoals: [],
      actions: [],
    });
  });

  it('moves the suggested follow-up with the start date, but keeps a date the user chose', () => {
    const start = emptyGoal('2026-03-03', 3);
    expect(withStartDate(start, '2026-04-10', 3)).toMatchObject({ startDate: '2026-04-10', nextFollowUpDate: '2026-07-10' });
    const chosen = { ...start, nextFollowUpDate: '2026-05-01' };
    expect(withStartDate(chosen, '2026-04-10', 3)).toMatchObject({ startDate: '2026-04-10', nextFollowUpDate: '2026-05-01' });
    // Half-typed start dates suggest nothing rather than failing; a whole one suggests again.
    const typing = withStartDate(start, '2026-04-', 3);
    expect(typing.nextFollowUpDate).toBe('');
    expect(withStartDate(typing, '2026-04-30', 3).nextFollowUpDate).toBe('2026-07-30');
  });

  it('is sent with the fields filled in, leaving empty optional ones to the server', () => {
    expect(toCreateInput(filledForm(), ctx)).toEqual({
      title: 'Jeg vil lave mad',
      whatMatters: 'Mine børn kommer på besøg',
      ffbConditionCode: 'C2',
      goalTypeCode: 'develop',
      targetLevelCode: 'L1',
      responsibleUserId: ME,
      startDate: '2026-03-03',
      subGoals: [],
      actions: [],
    });
    expect(toCreateInput(filledForm({ nextFollowUpDate: '2026-06-01' }), ctx).nextFollowUpDate).toBe('2026-06-01');
  });

  it('names the responsible person as chosen', () => {
    const body = (v: Partial<GoalFormValues>) => toCreateInput(filledForm(v), ctx);
    expect(body({ responsible: 'contact' })).toMatchObject({ responsibleUserId: CONTACT.id });
    expect(body({ responsible: 'contact' })).not.toHaveProperty('responsibleExternal');
    expect(body({ responsible: 'external', responsibleExternal: '  Jobcentret ' })).toMatchObject({ responsibleExternal: 'Jobcentret' });
    expect(body({ responsible: 'external', responsibleExternal: '  Jobcentret ' })).not.toHaveProperty('responsibleUserId');
    // An external choice with no name, or no one: neither field is sent.
    for (const v of [{ responsible: 'external', responsibleExternal: '  ' }, { responsible: 'none' }] as const) {
      const b = body(v);
      expect(b).not.toHaveProperty('responsibleUserId');
      expect(b).not.toHaveProperty('responsibleExternal');
    }
    // A text typed before switching away from "external" is not sent with another choice.
    expect(body({ responsible: 'me', responsibleExternal: 'Jobcentret' })).not.toHaveProperty('responsibleExternal');
  });

  it('leaves out blank step lines and blank action responsibles', () => {
    const b = toCreateInput(
      filledForm({
        subGoals: [
          { ...emptySubGoal(), text: 'Finde en opskrift', dueDate: '2026-04-01', successCriterion: 'Har fundet tre' },
          { ...emptySubGoal(), text: '   ' },
        ],
        actions: [
          { text: 'Handle ind sammen', responsible: 'Kontaktperson', done: false },
          { text: 'Vise komfuret', responsible: '  ', done: false },
          { text: '', responsible: 'Nogen', done: false },
        ],
      }),
      ctx,
    );
    expect(b.subGoals).toEqual([{ text: 'Finde en opskrift', dueDate: '2026-04-01', successCriterion: 'Har fundet tre' }]);
    expect(b.actions).toEqual([{ text: 'Handle ind sammen', responsible: 'Kontaktperson' }, { text: 'Vise komfuret' }]);
  });
});

describe('editing a goal', () => {
  it('shows the goal as saved, field by field', () => {
    expect(fromGoal(goal(), ctx)).toEqual({
      title: 'Jeg vil selv handle ind',
      whatMatters: 'At klare mig selv',
      ffbConditionCode: 'C1',
      goalTypeCode: 'develop',
      targetLevelCode: 'L2',
      responsible: 'me',
      responsibleExternal: '',
      startDate: '2026-01-05',
      nextFollowUpDate: '2026-04-05',
      subGoals: [
        {
          id: 'sg-1', text: 'Lave en indkøbsliste', dueDate: '2026-03-01', successCriterion: 'Set tre gange',
          evaluation: 'achieved', evaluatedOn: '2026-02-01', evaluationNote: '',
        },
        { id: 'sg-2', text: 'Gå i Netto', dueDate: '2026-03-01', successCriterion: 'Set tre gange', evaluation: '', evaluatedOn: '', evaluationNote: '' },
      ],
      actions: [{ id: 'ac-1', text: 'Følges til butikken', responsible: 'Dagtilbud', done: false }],
    });
    expect(fromGoal(goal({ nextFollowUpDate: null, actions: [{ id: 'a', text: 'x', responsible: null, done: false }] }), ctx)).toMatchObject({
      nextFollowUpDate: '',
      actions: [{ id: 'a', text: 'x', responsible: '', done: false }],
    });
  });

  it('reads who is responsible: me, the contact person, another colleague, someone outside, no one', () => {
    const who = (responsible: Goal['responsible']) => fromGoal(goal({ responsible }), ctx).responsible;
    expect(who({ userId: ME, name: 'Mette', external: null })).toBe('me');
    expect(who({ userId: CONTACT.id, name: CONTACT.name, external: null })).toBe('contact');
    expect(who({ userId: 'user-other', name: 'Ole Anden', external: null })).toBe('keep');
    expect(who({ userId: null, name: null, external: 'Jobcentret' })).toBe('external');
    expect(who({ userId: null, name: null, external: null })).toBe('none');
    // A citizen without a contact person: a colleague's goal is still kept, not taken over.
    expect(fromGoal(goal({ responsible: { userId: 'user-other', name: 'Ole', external: null } }), { meId: ME, contactPerson: null }).responsible).toBe('keep');
  });

  it('round-trips: saving the goal unchanged sends nothing', () => {
    for (const responsible of [
      { userId: ME, name: 'Mette', external: null },
      { userId: CONTACT.id, name: CONTACT.name, external: null },
      { userId: 'user-other', name: 'Ole', external: null },
      { userId: null, name: null, external: 'Jobcentret' },
      { userId: null, name: null, external: null },
    ]) {
      const g = goal({ responsible });
      expect(toPatch(fromGoal(g, ctx), g, ctx)).toEqual({});
    }
  });

  it('sends only the fields the user changed', () => {
    const g = goal();
    const v = { ...fromGoal(g, ctx), title: 'Jeg vil handle ind hver lørdag', nextFollowUpDate: '2026-05-01' };
    expect(toPatch(v, g, ctx)).toEqual({ title: 'Jeg vil handle ind hver lørdag', nextFollowUpDate: '2026-05-01' });
  });

  it('sends both responsible fields together when the responsible changes', () => {
    const g = goal();
    expect(toPatch({ ...fromGoal(g, ctx), responsible: 'external', responsibleExternal: 'Jobcentret' }, g, ctx)).toEqual({
      responsibleUserId: null,
      responsibleExternal: 'Jobcentret',
    });
    expect(toPatch({ ...fromGoal(g, ctx), responsible: 'none' }, g, ctx)).toEqual({ responsibleUserId: null, responsibleExternal: null });
    const external = goal({ responsible: { userId: null, name: null, external: 'Jobcentret' } });
    expect(toPatch({ ...fromGoal(external, ctx), responsible: 'contact' }, external, ctx)).toEqual({
      responsibleUserId: CONTACT.id,
      responsibleExternal: null,
    });
    // Renaming the external party alone still sends the pair.
    expect(toPatch({ ...fromGoal(external, ctx), responsibleExternal: 'Bostøtten' }, external, ctx)).toEqual({
      responsibleUserId: null,
      responsibleExternal: 'Bostøtten',
    });
  });

  it("keeps a colleague's responsibility when the user leaves it alone and edits something else", () => {
    const g = goal({ responsible: { userId: 'user-other', name: 'Ole', external: null } });
    const patch = toPatch({ ...fromGoal(g, ctx), whatMatters: 'Nyt' }, g, ctx);
    expect(patch).toEqual({ whatMatters: 'Nyt' });
  });

  it('sends the whole list of sub-goals when one changes: kept ones by id, new ones as text, removed ones left out', () => {
    const g = goal();
    const v = fromGoal(g, ctx);
    v.subGoals = [
      { ...v.subGoals[0], text: 'Lave en indkøbsliste med billeder' },
      // sg-2 removed
      { ...emptySubGoal(), text: 'Betale selv', dueDate: '2026-05-01', successCriterion: 'Betalt selv to gange' },
      { ...emptySubGoal(), text: '  ' },
    ];
    expect(toPatch(v, g, ctx)).toEqual({
      subGoals: [
        {
          id: 'sg-1', text: 'Lave en indkøbsliste med billeder', dueDate: '2026-03-01', successCriterion: 'Set tre gange',
          evaluation: { result: 'achieved', date: '2026-02-01', note: '' },
        },
        { text: 'Betale selv', dueDate: '2026-05-01', successCriterion: 'Betalt selv to gange' },
      ],
    });
  });

  it('sends the actions when one is ticked off, added or removed', () => {
    const g = goal();
    const done = fromGoal(g, ctx);
    done.actions = [{ ...done.actions[0], done: true }];
    expect(toPatch(done, g, ctx)).toEqual({
      actions: [{ id: 'ac-1', text: 'Følges til butikken', responsible: 'Dagtilbud', done: true }],
    });

    const added = fromGoal(g, ctx);
    added.actions = [...added.actions, { text: 'Øve betaling', responsible: '', done: false }];
    expect(toPatch(added, g, ctx).actions).toEqual([
      { id: 'ac-1', text: 'Følges til butikken', responsible: 'Dagtilbud', done: false },
      { text: 'Øve betaling', done: false },
    ]);

    // Emptying a line removes the step; removing all sends an empty list, which clears them.
    const emptied = fromGoal(g, ctx);
    emptied.actions = [{ ...emptied.actions[0], text: ' ' }];
    expect(toPatch(emptied, g, ctx)).toEqual({ actions: [] });
    expect(toPatch({ ...fromGoal(g, ctx), subGoals: [] }, g, ctx)).toEqual({ subGoals: [] });
  });
});

describe('a conflict (someone else saved the goal meanwhile)', () => {
  const base = goal();
  const original = fromGoal(base, ctx);
  // The colleague changed what matters and added a sub-goal.
  const current = goal({
    version: 4,
    whatMatters: 'At kunne klare mig uden hjælp',
    subGoals: [...base.subGoals, subGoal('sg-3', 'Bære varerne hjem')],
  });
  // This user changed the title and the follow-up date.
  const mine = { ...original, title: 'Jeg vil handle ind om lørdagen', nextFollowUpDate: '2026-05-01' };

  it('knows which fields this user changed', () => {
    expect(changedFields(mine, original)).toEqual(new Set(['title', 'nextFollowUpDate']));
    // The responsible choice and the external name count as one.
    expect(changedFields({ ...original, responsibleExternal: 'X' }, original)).toEqual(new Set(['responsible', 'responsibleExternal']));
    expect(changedFields({ ...original, responsible: 'none' }, original)).toEqual(new Set(['responsible', 'responsibleExternal']));
  });

  it("re-applies only this user's changes onto the saved version, keeping the colleague's", () => {
    const merged = mergeOnto(fromGoal(current, ctx), mine, original);
    expect(merged.title).toBe('Jeg vil handle ind om lørdagen');
    expect(merged.nextFollowUpDate).toBe('2026-05-01');
    expect(merged.whatMatters).toBe('At kunne klare mig uden hjælp');
    expect(merged.subGoals.map((s) => s.id)).toEqual(['sg-1', 'sg-2', 'sg-3']);
    // Saved against the new version, the patch holds only this user's changes.
    expect(toPatch(merged, current, ctx)).toEqual({ title: 'Jeg vil handle ind om lørdagen', nextFollowUpDate: '2026-05-01' });
  });

  it('describes the differences in Danish words, with catalogue labels instead of codes', () => {
    const catalogue = {
      ffbAreas: [
        { code: 'AD1', display: 'Egenomsorg' },
        { code: 'AD2', display: 'Praktiske opgaver' },
      ],
      goalTypes: [],
      functionalLevels: [],
    } as unknown as Catalogue;
    const rows = describeDifferences(
      { ...mine, ffbConditionCode: 'C2' },
      base,
      current,
      { ...ctx, meName: 'Mette Medarbejder' },
      catalogue,
      i18n.t,
      [
        { code: 'C1', display: 'Spise', definition: null, area: { code: 'AD1', display: 'Egenomsorg' } },
        { code: 'C2', display: 'Lave mad', definition: null, area: { code: 'AD2', display: 'Praktiske opgaver' } },
      ],
    );
    expect(rows).toEqual([
      { field: 'Målet med borgerens egne ord', mine: 'Jeg vil handle ind om lørdagen', current: 'Jeg vil selv handle ind', changedByMe: true },
      { field: 'Det er vigtigt for mig', mine: 'At klare mig selv', current: 'At kunne klare mig uden hjælp', changedByMe: false },
      { field: 'Tilstand (FFB)', mine: 'Lave mad', current: 'Spise', changedByMe: true },
      { field: 'Næste opfølgning', mine: '2026-05-01', current: '2026-04-05', changedByMe: true },
      {
        field: 'Delmål',
        mine: 'Lave en indkøbsliste (2026-03-01); Gå i Netto (2026-03-01)',
        current: 'Lave en indkøbsliste (2026-03-01); Gå i Netto (2026-03-01); Bære varerne hjem (2026-03-01)',
        changedByMe: false,
      },
    ]);
  });

  it('names the people responsible on both sides', () => {
    const rows = describeDifferences(
      { ...original, responsible: 'contact' },
      base,
      goal({ responsible: { userId: null, name: null, external: 'Jobcentret' } }),
      { ...ctx, meName: 'Mette Medarbejder' },
      undefined,
      i18n.t,
    );
    expect(rows).toEqual([{ field: 'Ansvarlig', mine: 'Karin Kontakt', current: 'Jobcentret', changedByMe: true }]);
  });

  it('keeps naming the colleague this user left responsible when another colleague took over meanwhile', () => {
    const withColleague = goal({ responsible: { userId: 'u-ole', name: 'Ole Kollega', external: null } });
    const rows = describeDifferences(
      fromGoal(withColleague, ctx),
      withColleague,
      goal({ version: 4, responsible: { userId: 'u-pia', name: 'Pia Kollega', external: null } }),
      { ...ctx, meName: 'Mette Medarbejder' },
      undefined,
      i18n.t,
    );
    expect(rows).toEqual([{ field: 'Ansvarlig', mine: 'Ole Kollega', current: 'Pia Kollega', changedByMe: false }]);
  });
});
