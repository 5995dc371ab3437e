import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoalDetail } from '../../../contracts/plans.js';
import { goalFixture, renderWithProviders, stubApi } from '../../test/render';
import { planKeys } from './api';
import { GoalCard } from './GoalCard';
import { StatusChange } from './StatusChange';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a goal’s status', () => {
  it('shows on the plan’s goal card: a paused goal says so and not "Aktivt"', () => {
    renderWithProviders(<ul><GoalCard goal={goalFixture({ status: 'paused', statusReason: 'Indlagt' })} /></ul>);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toContain('Sat på pause');
    expect(heading.textContent).not.toContain('Aktivt');
  });

  it('changes on the goal page as soon as the server has paused it', async () => {
    const goal = goalFixture();
    const calls = stubApi(() => ({ data: { ...goal, status: 'paused', statusReason: 'Indlagt', version: 2 } }));
    const { client } = renderWithProviders(<StatusChange goal={goal} />);
    client.setQueryData<GoalDetail>(planKeys.goal(goal.id), { ...goal, followUps: [], notes: [], latestAssessment: null });
    fireEvent.click(screen.getByRole('button', { name: 'Sæt på pause' }));
    fireEvent.change(screen.getByLabelText('Begrundelse'), { target: { value: 'Indlagt' } });
    fireEvent.submit(screen.getByLabelText('Begrundelse').closest('form')!);
    await waitFor(() => expect(client.getQueryData<GoalDetail>(planKeys.goal(goal.id))?.status).toBe('paused'));
    expect(calls[0]).toMatchObject({ method: 'POST', path: `/goals/${goal.id}/status`, body: { status: 'paused', reason: 'Indlagt' } });
  });
});
