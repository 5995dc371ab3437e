import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi, type ApiCall } from '../../test/render';
import { IdleWarning } from './IdleWarning';
import { SessionProvider } from './session';

const IDLE_MINUTES = 5;
const session = { user: { id: 'u1', name: 'Mette Jensen' }, csrfToken: 'token', idleMinutes: IDLE_MINUTES };
let calls: ApiCall[];

beforeEach(() => {
  vi.useFakeTimers();
  calls = stubApi(() => session);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function renderSignedIn() {
  renderWithProviders(
    <SessionProvider>
      <textarea aria-label="Notat" />
      <IdleWarning idleMinutes={IDLE_MINUTES} />
    </SessionProvider>,
  );
  await act(() => vi.advanceTimersByTimeAsync(0));
  calls.length = 0;
}

const minutes = (n: number) => act(() => vi.advanceTimersByTimeAsync(n * 60_000));
const keepAlives = () => calls.filter((c) => c.path === '/auth/session').length;
const warning = () => screen.queryByRole('alertdialog', { hidden: true });

/** Types a key into the note every 20 seconds for `n` minutes. */
async function typeFor(n: number) {
  for (let s = 0; s < n * 60; s += 20) {
    const note = screen.getByLabelText('Notat');
    fireEvent.keyDown(note, { key: 'a' });
    fireEvent.input(note, { target: { value: 'a'.repeat(s + 1) } });
    await act(() => vi.advanceTimersByTimeAsync(20_000));
  }
}

describe('the idle warning while someone types a long note', () => {
  it('never interrupts: typing sends a keep-alive at most once a minute, which renews the server session', async () => {
    await renderSignedIn();
    await typeFor(12);
    expect(warning()).toBeNull();
    expect(keepAlives()).toBeGreaterThanOrEqual(8);
    expect(keepAlives()).toBeLessThanOrEqual(12);
  });

  it('comes back once the typing stops: an abandoned tablet is still signed out', async () => {
    await renderSignedIn();
    await typeFor(2);
    const sent = keepAlives();
    await minutes(3);
    // Keep-alives stop a few minutes after the last key: then the idle count runs out as before.
    expect(keepAlives() - sent).toBeLessThanOrEqual(3);
    const afterTyping = keepAlives();
    await minutes(2);
    expect(keepAlives()).toBe(afterTyping);
    expect(warning()).not.toBeNull();
    await minutes(2);
    expect(calls.some((c) => c.method === 'POST' && c.path === '/auth/logout')).toBe(true);
  });

  it('is not held off by a filled-in form alone (e.g. a restored draft nobody types in)', async () => {
    await renderSignedIn();
    (screen.getByLabelText('Notat') as HTMLTextAreaElement).value = 'Halvt skrevet notat';
    await minutes(2.5);
    expect(warning()).not.toBeNull();
    expect(keepAlives()).toBe(0);
  });
});
