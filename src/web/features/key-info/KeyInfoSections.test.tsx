import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyInfo } from '../../../contracts/key-info';
import { renderWithProviders, stubApi } from '../../test/render';
import { KeyInfoSections } from './KeyInfoSections';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const info = (over: Partial<KeyInfo> = {}): KeyInfo => ({
  professionals: [{ id: 'p1', kind: 'gp', name: 'Læge Anne Friis', organisation: 'Lægerne i Vestergade', phone: '86 12 34 56', note: null }],
  allergies: [{ id: 'a1', substance: 'Nødder', reaction: 'Hævelse i svælg', severity: 'severe' }],
  aids: [],
  riskAssessments: [
    {
      id: 'r1', assessedOn: '2026-12-06', total: 3, level: 'high', note: null, assessedBy: 'Mette Sørensen',
      scores: { confused: 1, irritable: 1, boisterous: 0, verbalThreats: 1, physicalThreats: 0, attackingObjects: 0 },
    },
  ],
  crisisPlan: null,
  abilities: { edit: true },
  ...over,
});

describe('the key information tab', () => {
  it('shows the GP, allergies and the latest BVC with its Danish reading; a night cover gets no buttons to change it', () => {
    renderWithProviders(<KeyInfoSections citizenId="c1" info={info({ abilities: { edit: false } })} />);
    expect(screen.getByText('Læge Anne Friis')).toBeTruthy();
    expect(screen.getByText('Nødder')).toBeTruthy();
    expect(screen.getAllByText(/høj risiko for vold/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Forvirret, Irritabel, Verbalt truende/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tilføj|Ny risikovurdering|kriseplan/ })).toBeNull();
  });

  it('scores the checklist: the total and its reading follow the ticks, and the server gets each item as 0 or 1', async () => {
    const calls = stubApi(() => ({ data: {} }));
    renderWithProviders(<KeyInfoSections citizenId="c1" info={info()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ny risikovurdering' }));
    expect(screen.getByText(/I alt 0 point/).textContent).toContain('lav risiko');
    fireEvent.click(screen.getByLabelText('Irritabel'));
    fireEvent.click(screen.getByLabelText('Fysisk truende'));
    expect(screen.getByText(/I alt 2 point/).textContent).toContain('moderat risiko');
    fireEvent.submit(screen.getByLabelText('Irritabel').closest('form')!);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/citizens/c1/risk-assessments',
      body: { confused: 0, irritable: 1, boisterous: 0, verbalThreats: 0, physicalThreats: 1, attackingObjects: 0 },
    });
  }, 20_000); // a modal and six clicks: slow on a loaded machine
});
