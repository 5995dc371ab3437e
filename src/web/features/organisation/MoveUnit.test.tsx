import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { renderWithProviders, stubApi } from '../../test/render';
import { MoveUnit } from './MoveUnit';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const unit = (id: string, kind: OrgUnit['kind'], path: string, over: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  parentId: path.split('/').filter(Boolean).at(-2) ?? null,
  kind,
  name: id,
  path,
  active: true,
  followUpIntervalMonths: 3,
  version: 2,
  abilities: { manage: true },
  ...over,
});

const tree = [
  unit('Kommune', 'municipality', '/Kommune/'),
  unit('Center', 'center', '/Kommune/Center/'),
  unit('Lærkehøj', 'facility', '/Kommune/Center/Lærkehøj/'),
  unit('Afdeling A', 'unit', '/Kommune/Center/Lærkehøj/Afdeling A/'),
  unit('Strandly', 'facility', '/Kommune/Center/Strandly/'),
  unit('Lukket', 'facility', '/Kommune/Center/Lukket/', { active: false }),
  unit('Område', 'area', '/Kommune/Center/Område/'),
];
const childKinds = { municipality: ['center'], center: ['facility', 'area'], area: ['facility'], facility: ['unit'], unit: [] };

describe('MoveUnit', () => {
  it('offers only parents the kind fits under (not its own, not inactive ones) and sends the version on screen', async () => {
    const calls = stubApi((call) =>
      call.path === '/catalogue' ? { childKinds } : call.path.endsWith('/moves') ? { data: [] } : { data: { ...tree[3], version: 3 } },
    );
    renderWithProviders(<MoveUnit unit={tree[3]} units={tree} />);
    const select = await screen.findByLabelText('Flyt til');
    await waitFor(() => expect(select.querySelectorAll('option').length).toBeGreaterThan(1));
    const offered = Array.from(select.querySelectorAll('option'), (o) => o.textContent?.trim());
    expect(offered).toEqual(['Vælg ny placering', 'Strandly (tilbud)']);
    fireEvent.change(select, { target: { value: 'Strandly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Flyt enheden' }));
    await waitFor(() => expect(screen.getByText('Afdeling A er flyttet til Strandly.')).toBeTruthy());
    const post = calls.filter((c) => c.method === 'POST');
    expect(post).toEqual([{ method: 'POST', path: '/org-units/Afdeling A/move', body: expect.objectContaining({ version: 2, parentId: 'Strandly' }) }]);
  });

  it('never offers a facility’s own subtree, and offers a center or an area', async () => {
    stubApi((call) => (call.path === '/catalogue' ? { childKinds } : { data: [] }));
    renderWithProviders(<MoveUnit unit={tree[2]} units={tree} />);
    const select = await screen.findByLabelText('Flyt til');
    await waitFor(() => expect(select.querySelectorAll('option').length).toBeGreaterThan(1));
    expect(Array.from(select.querySelectorAll('option'), (o) => o.textContent?.trim())).toEqual(['Vælg ny placering', 'Område (område)']);
    expect(await screen.findByText('Enheden er ikke flyttet før.')).toBeTruthy();
  });
});
