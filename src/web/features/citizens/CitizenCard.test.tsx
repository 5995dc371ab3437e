import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CitizenListItem } from '../../../contracts/citizens';
import { noteFixture, renderWithProviders } from '../../test/render';
import { CitizenCard } from './CitizenCard';

afterEach(cleanup);

const anna: CitizenListItem = {
  id: 'citizen-1', name: 'Anna Berg', birthDate: '1990-01-01', age: 36, cprMasked: '010190-xxxx', isContactPerson: false,
  unitId: 'u1', unitName: 'Bøgen', facilityName: 'Lærkehøj', nextFollowUp: null,
  latestNote: { id: 'note-new', writtenAt: '2026-12-06T19:47:00Z', body: 'Gik en tur i parken.', authorName: 'Mette Jensen' },
};

describe('a citizen’s card on Mine borgere after a quick note', () => {
  it('confirms the save on the card itself, focused, with the new latest note', () => {
    const dismiss = vi.fn();
    renderWithProviders(
      <ul>
        <CitizenCard citizen={anna} onWriteNote={() => {}} savedNote={noteFixture({ id: 'note-new', writtenAt: '2026-12-06T19:47:00Z' })} onDismissSaved={dismiss} />
      </ul>,
    );
    const status = screen.getByRole('status');
    expect(status.closest('li')).toBe(screen.getByRole('listitem'));
    expect(status.textContent).toContain('Notatet er gemt kl. 20.47.');
    expect(document.activeElement).toBe(status);
    expect(screen.getByText('Gik en tur i parken.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Luk besked' }));
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('shows no confirmation otherwise, and no latest note where the list carries none (no journal access)', () => {
    const { latestNote: _omit, ...withoutNote } = anna;
    renderWithProviders(<ul><CitizenCard citizen={withoutNote as CitizenListItem} onWriteNote={() => {}} /></ul>);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText('Gik en tur i parken.')).toBeNull();
  });
});

const show = (citizen: CitizenListItem) => renderWithProviders(<ul><CitizenCard citizen={citizen} onWriteNote={() => {}} /></ul>);

describe('a citizen on Mine borgere', () => {
  it('shows the latest note and "Skriv notat" to those who keep the journal', () => {
    show(anna);
    expect(screen.getByText('Gik en tur i parken.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Skriv notat/ })).toBeTruthy();
  });

  it('says there is no note yet when the journal is empty', () => {
    show({ ...anna, latestNote: null });
    expect(screen.getByText('Seneste notat')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Skriv notat/ })).toBeTruthy();
  });

  it('leaves out the journal altogether when the server sends no latest note (a case worker’s citizen)', () => {
    const { latestNote: _omit, ...withoutNote } = anna;
    show(withoutNote);
    expect(screen.getByText('Anna Berg')).toBeTruthy();
    expect(screen.queryByText('Seneste notat')).toBeNull();
    expect(screen.queryByRole('button', { name: /Skriv notat/ })).toBeNull();
  });
});
