// Rendering helpers for the web app's component tests: providers, a fake API and fixtures.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import '../i18n';
import type { Goal } from '../../contracts/plans';
import type { Note } from '../../contracts/journal';

/** Renders `ui` inside a fresh query client and a router at `route`; returns the client too. */
export function renderWithProviders(ui: ReactNode, { route = '/', client = new QueryClient({ defaultOptions: { queries: { retry: false } } }) } = {}) {
  const view = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, client };
}

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
}

/**
 * Replaces fetch with `answer(call)` → JSON body (status 200), recording every call to /api.
 * Undo with vi.unstubAllGlobals() in afterEach.
 */
export function stubApi(answer: (call: ApiCall) => unknown) {
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = { method: init?.method ?? 'GET', path: String(url).replace(/^\/api/, ''), body: init?.body ? JSON.parse(String(init.body)) : undefined };
      calls.push(call);
      return new Response(JSON.stringify(answer(call) ?? {}), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

// jsdom has <dialog> but not its modal methods: enough of them for the Modal component.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

// jsdom has no CSS.escape (every browser the app supports has): enough of it for the error summary's ids.
// Set, not stubbed: vi.unstubAllGlobals() in a test's clean-up would take it away again.
if (typeof CSS === 'undefined') Object.assign(globalThis, { CSS: { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } });

const coded = (display: string) => ({ code: display, display });

export const goalFixture = (over: Partial<Goal> = {}): Goal => ({
  id: 'goal-1',
  citizenId: 'citizen-1',
  title: 'Jeg vil selv handle ind',
  whatMatters: '',
  ffbArea: coded('Egenomsorg'),
  ffbCondition: coded('Spise'),
  service: null,
  goalType: coded('Udvikle funktionsevne'),
  targetLevel: coded('Let nedsat funktionsevne'),
  currentLevel: null,
  responsible: { userId: null, name: null, external: null },
  startDate: '2026-01-01',
  nextFollowUpDate: '2026-04-01',
  overdue: false,
  status: 'active',
  statusReason: null,
  subGoals: [],
  actions: [],
  version: 1,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  abilities: {},
  ...over,
});

export const noteFixture = (over: Partial<Note> = {}): Note => ({
  id: 'note-1',
  citizenId: 'citizen-1',
  body: 'Anna var glad i dag.',
  writtenAt: '2026-12-06T09:15:00Z',
  author: { id: 'user-1', name: 'Mette Jensen' },
  version: 1,
  corrected: false,
  goals: [],
  kind: 'daily',
  topic: null,
  service: null,
  addenda: [],
  error: null,
  abilities: { correct: true, markError: true, readHistory: false, addAddendum: true },
  ...over,
});
