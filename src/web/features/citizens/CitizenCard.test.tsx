import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitizenListItem } from '../../api/types';
import '../../i18n';
import { CitizenCard } from './CitizenCard';

afterEach(cleanup);

const anna: CitizenListItem = {
  id: 'citizen-anna',
  name: 'Anna Andersen',
  birthDate: '1985-03-01',
  age: 41,
  cprMasked: '010385-xxxx',
  isContactPerson: false,
  unitId: 'unit-a',
  unitName: 'Afdeling A',
  facilityName: 'Lærkehøj',
  nextFollowUp: null,
};

const show = (citizen: CitizenListItem) =>
  render(
    <MemoryRouter>
      <ul>
        <CitizenCard citizen={citizen} onWriteNote={() => undefined} />
      </ul>
    </MemoryRouter>,
  );

describe('a citizen on Mine borgere', () => {
  it('shows the latest note and "Skriv notat" to those who keep the journal', () => {
    show({ ...anna, latestNote: { id: 'n1', writtenAt: '2026-03-03T13:27:00.000Z', body: 'Anna var glad i dag', authorName: 'Mette' } });
    expect(screen.getByText('Anna var glad i dag')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Skriv notat/ })).toBeTruthy();
  });

  it('says there is no note yet when the journal is empty', () => {
    show({ ...anna, latestNote: null });
    expect(screen.getByText('Seneste notat')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Skriv notat/ })).toBeTruthy();
  });

  it('leaves out the journal altogether when the server sends no latest note (a case worker’s citizen)', () => {
    show(anna);
    expect(screen.getByText('Anna Andersen')).toBeTruthy();
    expect(screen.queryByText('Seneste notat')).toBeNull();
    expect(screen.queryByRole('button', { name: /Skriv notat/ })).toBeNull();
  });
});
