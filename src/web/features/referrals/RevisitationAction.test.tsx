import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Citizen } from '../../../contracts/citizens';
import { renderWithProviders, type ApiCall } from '../../test/render';
import type { RevisitationReport } from './api';
import RevisitationAction from './RevisitationAction';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const citizen = { id: 'c1', name: 'Anna Holm' } as Citizen;
const report = (over: Partial<RevisitationReport> = {}): RevisitationReport => ({
  id: 'r1', citizen: { id: 'c1', name: 'Anna Holm' }, unit: { id: 'u1', name: 'Afdeling Bøgen' }, whatChanged: 'Falder om natten.',
  reportedBy: { id: 'u-me', name: 'Mette Jensen' }, reportedAt: '2026-12-07T10:15:00Z', previousReferralId: null, answeredByReferralId: null,
  caseWorkers: [{ id: 'cw', name: 'Camilla Nørgaard' }], ...over,
});

/**
 * The server: the citizen's open reports (none at first), and the report's POST, refused with the
 * field's message when empty. `hold`: a promise the POST waits for (to click twice while it is under way);
 * `caseWorkers`: those the report reaches.
 */
function serve(opts: { open?: RevisitationReport[]; hold?: Promise<void>; caseWorkers?: RevisitationReport['caseWorkers'] } = {}) {
  const calls: ApiCall[] = [];
  let open = opts.open ?? [];
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = { method: init?.method ?? 'GET', path: String(url).replace(/^\/api/, ''), body: init?.body ? JSON.parse(String(init.body)) : undefined };
      calls.push(call);
      if (call.path !== '/citizens/c1/revisitation-reports') return json(404, {});
      if (call.method === 'GET') return json(200, { data: open });
      const { whatChanged } = call.body as { whatChanged: string };
      if (!whatChanged.trim()) {
        return json(400, { error: { code: 'validation', message: 'Ret de markerede felter.', fields: { whatChanged: 'Skriv hvad der har ændret sig i borgerens behov.' } } });
      }
      await opts.hold;
      const made = report({ id: 'r2', whatChanged, ...(opts.caseWorkers && { caseWorkers: opts.caseWorkers }) });
      open = [made, ...open];
      return json(201, { data: made });
    }),
  );
  return calls;
}

const posts = (calls: ApiCall[]) => calls.filter((c) => c.method === 'POST');

describe('reporting changed needs from the citizen record', () => {
  it('opens a labelled form, shows the server’s message at the field, then sends once and says the case worker is told', async () => {
    let release = () => {};
    const calls = serve({ hold: new Promise<void>((r) => (release = r)) });
    renderWithProviders(<RevisitationAction citizen={citizen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Meld ændrede behov' }));

    const dialog = screen.getByRole('dialog', { name: 'Meld ændrede behov for Anna Holm' });
    const field = within(dialog).getByLabelText('Hvad har ændret sig?');
    expect(document.activeElement).toBe(field);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send til sagsbehandleren' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText(/Skriv hvad der har ændret sig i borgerens behov\./).length).toBeGreaterThan(0);

    fireEvent.change(field, { target: { value: 'Anna falder om natten og har brug for hjælp til toiletbesøg.' } });
    const send = within(dialog).getByRole('button', { name: 'Send til sagsbehandleren' });
    fireEvent.click(send);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: /Gemmer/ })).toHaveProperty('disabled', true));
    fireEvent.submit(dialog.querySelector('form')!); // a second submit while the first is under way
    release();

    await screen.findByText('Sendt. Sagsbehandleren (Camilla Nørgaard) har fået besked om de ændrede behov.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts(calls).map((c) => c.body)).toEqual([{ whatChanged: '' }, { whatChanged: 'Anna falder om natten og har brug for hjælp til toiletbesøg.' }]);
  });

  it('shows a report already waiting for the case worker, on the record and in the form', async () => {
    serve({ open: [report()] });
    renderWithProviders(<RevisitationAction citizen={citizen} />);
    await screen.findByText(/Ændrede behov meldt .* af Mette Jensen – venter på sagsbehandleren\./);
    fireEvent.click(screen.getByRole('button', { name: 'Meld ændrede behov' }));
    const dialog = screen.getByRole('dialog');
    within(dialog).getByText('Der er allerede meldt ændrede behov');
    within(dialog).getByText('Falder om natten.');
  });

  it('says so when the citizen has no case worker to tell', async () => {
    serve({ caseWorkers: [] });
    renderWithProviders(<RevisitationAction citizen={citizen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Meld ændrede behov' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Hvad har ændret sig?'), { target: { value: 'Mere uro.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send til sagsbehandleren' }));
    await screen.findByText(/ingen sagsbehandler i Mestring, så ingen har fået besked/);
  });
});
