import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '../../test/render';
import { ExportButton } from './ExportButton';
import type { ExportJob } from './api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const job = (over: Partial<ExportJob>): ExportJob => ({
  id: 'e1', kind: 'citizen_list', status: 'queued', progress: 0, fileName: null, error: null,
  createdAt: '2026-12-06T20:00:00Z', finishedAt: null, expiresAt: '2026-12-07T20:00:00Z', downloadUrl: null, ...over,
});

/** The server's answers to the export's status, one per poll; the last one repeats. */
function serve(...states: ExportJob[]) {
  let polls = 0;
  return stubApi((call) => (call.method === 'POST' ? { id: 'e1', status: 'queued' } : states[Math.min(polls++, states.length - 1)]));
}

const show = () =>
  renderWithProviders(<ExportButton kind="citizen_list" params={{ q: '', unitId: 'u1', limit: 200 }} label="Hent listen som Excel-ark" />);

describe('a file made in the background', () => {
  it('asks for it with the page’s filters, tells how far it is, then offers the file', async () => {
    const calls = serve(
      job({ status: 'running', progress: 50 }),
      job({ status: 'done', progress: 100, fileName: 'mine-borgere-2026-12-06.xlsx', downloadUrl: '/api/exports/e1/file' }),
    );
    show();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Hent listen som Excel-ark' }));

    await waitFor(() => expect(status.textContent).toBe('Forbereder eksport … 50 %'));
    expect(calls[0]).toEqual({ method: 'POST', path: '/exports', body: { kind: 'citizen_list', params: { unitId: 'u1', limit: 200 } } });
    expect(screen.getByRole('button', { name: 'Hent listen som Excel-ark' })).toHaveProperty('disabled', true);

    const link = await screen.findByRole('link', { name: 'Hent filen' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/api/exports/e1/file');
    expect(link.getAttribute('download')).toBe('mine-borgere-2026-12-06.xlsx');
    expect(status.contains(link)).toBe(true);
    expect(status.textContent).toContain('Filen er klar.');
    expect(screen.getByRole('button', { name: 'Hent listen som Excel-ark' })).toHaveProperty('disabled', false);
    const polls = calls.filter((c) => c.method === 'GET').length;
    await new Promise((r) => setTimeout(r, 1200));
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(polls); // done: no more asking
  });

  it('says why when the export failed', async () => {
    serve(job({ status: 'failed', progress: 10, error: 'Du kan kun vise borgerne på dine egne afdelinger.' }));
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Hent listen som Excel-ark' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Eksporten mislykkedes: Du kan kun vise borgerne på dine egne afdelinger.'));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
