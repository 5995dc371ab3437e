import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import type { SessionResponse } from '../../../contracts/auth';
import type { Catalogue } from '../../../contracts/catalogue';
import type { Citizen } from '../../../contracts/citizens';
import { addMonthsIso } from '../../../domain/dates';
import { DEVELOP_GOAL_TYPE } from '../../../domain/ffb';
import { todayIso } from '../../lib/dates';
import { SESSION_KEY, SessionProvider } from '../auth/session';
import { planKeys } from './api';
import { GoalForm } from './GoalForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const concept = (code: string, display: string) => ({ code, display, definition: '' });
const catalogue = {
  ffbAreas: [concept('area-self', 'Egenomsorg'), concept('area-chores', 'Praktiske opgaver')],
  goalTypes: [concept('keep', 'Fastholde funktionsevne'), concept(DEVELOP_GOAL_TYPE, 'Udvikle funktionsevne')],
  functionalLevels: [concept('level-none', 'Ingen nedsat funktionsevne'), concept('level-mild', 'Let nedsat funktionsevne')],
} as unknown as Catalogue;
const me = { id: 'user-me', displayName: 'Mette Jensen', navigation: {} } as SessionResponse['user'];
const citizen = { id: 'citizen-1', contactPerson: null, followUpIntervalMonths: 6 } as unknown as Citizen;

/** The form for a new goal, signed in and with the catalogue loaded; the server's answers are recorded. */
function renderNewGoal() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  qc.setQueryData(SESSION_KEY, { user: me, csrfToken: 't', idleMinutes: 30 });
  qc.setQueryData(planKeys.catalogue, catalogue);
  qc.setQueryData(planKeys.ffbCodes, {
    conditions: [
      { code: 'cond-eat', display: 'Spise', definition: null, area: { code: 'area-self', display: 'Egenomsorg' } },
      { code: 'cond-cook', display: 'Lave mad', definition: null, area: { code: 'area-chores', display: 'Praktiske opgaver' } },
    ],
    authorityStatuses: [],
  });
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (init.method === 'POST' && url === `/api/citizens/${citizen.id}/goals`) {
        posted.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ data: { id: 'goal-1', citizenId: citizen.id } }), { status: 201 });
      }
      return new Response('{}', { status: 404 });
    }),
  );
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={qc}>
      <SessionProvider>
        <GoalForm citizen={citizen} onDone={onDone} onCancel={() => {}} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { posted, onDone };
}

describe('a new goal in a hurry', () => {
  it('starts filled in: develop abilities, me responsible, today, the facility’s follow-up interval', () => {
    renderNewGoal();
    expect((screen.getByRole('radio', { name: 'Udvikle funktionsevne' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Ansvarlig') as HTMLSelectElement).value).toBe('me');
    expect((screen.getByLabelText('Startdato') as HTMLInputElement).value).toBe(todayIso());
    expect((screen.getByLabelText('Næste opfølgning') as HTMLInputElement).value).toBe(addMonthsIso(todayIso(), 6));
    expect(screen.getByText('Sat 6 måneder efter startdatoen (tilbuddets opfølgningsinterval). Kan flyttes.')).toBeTruthy();
  });

  it('is saved after the citizen’s words, the condition (under its life area) and the target level', async () => {
    const { posted, onDone } = renderNewGoal();
    fireEvent.change(screen.getByLabelText('Målet med borgerens egne ord'), { target: { value: 'Jeg vil selv lave min morgenmad' } });
    const condition = screen.getByLabelText('Tilstand (FFB)') as HTMLSelectElement;
    // Conditions are offered under their life area: cooking is a practical task.
    expect(condition.querySelector('optgroup[label="Praktiske opgaver"] option[value="cond-cook"]')?.textContent).toBe('Lave mad');
    fireEvent.change(condition, { target: { value: 'cond-cook' } });
    fireEvent.change(screen.getByLabelText('Målniveau'), { target: { value: 'level-mild' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret mål' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posted).toEqual([
      {
        title: 'Jeg vil selv lave min morgenmad',
        whatMatters: '',
        ffbConditionCode: 'cond-cook',
        goalTypeCode: DEVELOP_GOAL_TYPE,
        targetLevelCode: 'level-mild',
        responsibleUserId: 'user-me',
        startDate: todayIso(),
        nextFollowUpDate: addMonthsIso(todayIso(), 6),
        subGoals: [],
        actions: [],
      },
    ]);
  });

  it('moves the suggested follow-up along when the start date changes', () => {
    renderNewGoal();
    fireEvent.change(screen.getByLabelText('Startdato'), { target: { value: '2026-01-31' } });
    expect((screen.getByLabelText('Næste opfølgning') as HTMLInputElement).value).toBe('2026-07-31');
  });
});
