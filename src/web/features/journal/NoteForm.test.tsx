import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CitizenListItem } from '../../../contracts/citizens';
import type { Note, NotePage } from '../../../contracts/journal';
import { noteFixture, renderWithProviders, stubApi } from '../../test/render';
import { SESSION_KEY, SessionProvider } from '../auth/session';
import { citizenKeys } from '../citizens/api';
import { journalKeys } from './api';
import { NoteForm } from './NoteForm';

const session = { user: { id: 'user-1', name: 'Mette Jensen' }, csrfToken: 'token', idleMinutes: 30 };
const older = noteFixture({ id: 'note-old', body: 'Et ældre notat.' });
const saved = noteFixture({ id: 'note-new', body: 'Gik en tur i parken.', writtenAt: '2026-12-06T19:47:00Z' });
const listRow = (over: Partial<CitizenListItem>): CitizenListItem => ({
  id: 'citizen-1', name: 'Anna Berg', birthDate: '1990-01-01', age: 36, cprMasked: '010190-xxxx', isContactPerson: false,
  unitId: null, unitName: null, facilityName: null, nextFollowUp: null, latestNote: null, ...over,
});

beforeEach(() => {
  stubApi((c) => (c.method === 'POST' ? { data: saved } : { data: [] }));
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

/** The form for a signed-in user (the session already in the cache, as after login). */
function renderForm(onSaved?: (n: Note) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, session);
  return renderWithProviders(
    <SessionProvider>
      <NoteForm citizenId="citizen-1" linkGoals={false} onSaved={onSaved} />
    </SessionProvider>,
    { client },
  );
}

async function writeAndSave(text: string) {
  fireEvent.change(screen.getByLabelText('Notat'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
}

describe('after Gem on a note', () => {
  it('confirms where the user is looking: announced, focused, and kept until the next note begins', async () => {
    renderForm();
    await screen.findByLabelText('Notat');
    await writeAndSave('Gik en tur i parken.');
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Notatet er gemt kl. 20.47');
    expect(document.activeElement).toBe(status);
    expect((screen.getByLabelText('Notat') as HTMLTextAreaElement).value).toBe('');
    // Still there a while later: no timer takes it away.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('status')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Notat'), { target: { value: 'N' } });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('can be dismissed', async () => {
    renderForm();
    await screen.findByLabelText('Notat');
    await writeAndSave('Gik en tur i parken.');
    fireEvent.click(await screen.findByRole('button', { name: 'Luk besked' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('puts the new note at the top of the journal and on the citizen lists at once', async () => {
    const view = renderForm(() => {});
    const qc = view.client;
    qc.setQueryData<InfiniteData<NotePage>>(journalKeys.notes('citizen-1'), {
      pages: [{ data: [older], nextBefore: null, nextBeforeId: null } as NotePage],
      pageParams: [undefined],
    });
    qc.setQueryData(citizenKeys.list('', ''), [listRow({}), listRow({ id: 'citizen-2', name: 'Bo' })]);
    // A list for a role without journal access carries no latestNote: it must stay without.
    const { latestNote: _omit, ...withoutNote } = listRow({});
    qc.setQueryData(citizenKeys.list('anna', ''), [withoutNote]);
    await screen.findByLabelText('Notat');
    await writeAndSave('Gik en tur i parken.');
    await waitFor(() => expect(qc.getQueryData<InfiniteData<NotePage>>(journalKeys.notes('citizen-1'))!.pages[0].data.map((n) => n.id)).toEqual(['note-new', 'note-old']));
    const rows = qc.getQueryData<CitizenListItem[]>(citizenKeys.list('', ''))!;
    expect(rows[0].latestNote).toEqual({ id: 'note-new', writtenAt: saved.writtenAt, body: saved.body, authorName: 'Mette Jensen' });
    expect(rows[1].latestNote).toBeNull();
    expect(qc.getQueryData<CitizenListItem[]>(citizenKeys.list('anna', ''))![0]).not.toHaveProperty('latestNote');
  });
});
