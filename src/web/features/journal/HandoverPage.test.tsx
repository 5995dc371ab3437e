import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteFixture, renderWithProviders, stubApi } from '../../test/render';
import HandoverPage from './HandoverPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answer = (hours: number) => ({
  hours,
  truncated: false,
  data: [{ citizen: { id: 'c1', name: 'Anna Berg', unitName: 'Bøgen' }, notes: [noteFixture({ body: `Notat inden for ${hours} timer` })] }],
});

describe('the handover', () => {
  it('offers 24, 48 and 72 hours and asks the server for the chosen period', async () => {
    const calls = stubApi((c) => answer(Number(new URLSearchParams(c.path.split('?')[1]).get('hours'))));
    renderWithProviders(<HandoverPage />, { route: '/overlevering' });
    await screen.findByText('Notat inden for 24 timer');
    const choices = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels![0].textContent);
    expect(choices).toEqual(['24 timer', '48 timer', '72 timer']);
    expect((screen.getByRole('radio', { name: '24 timer' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: '72 timer' }));
    await screen.findByText('Notat inden for 72 timer');
    expect(calls.map((c) => c.path)).toEqual(['/handover?hours=24', '/handover?hours=72']);
    await waitFor(() => expect(screen.getByText(/de sidste 72 timer/)).toBeTruthy());
  });

  it('opens on the period in the address', async () => {
    const calls = stubApi(() => answer(48));
    renderWithProviders(<HandoverPage />, { route: '/overlevering?timer=48' });
    await screen.findByText('Notat inden for 48 timer');
    expect(calls[0].path).toBe('/handover?hours=48');
  });
});
