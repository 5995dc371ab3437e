import { describe, expect, it } from 'vitest';
import { goalFixture } from '../../test/render';
import { byService } from './byService';

const service = (id: string, startDate: string, endDate: string | null) => ({
  id, kindName: 'Længerevarende botilbud', unitName: 'Afd. A', startDate, endDate, current: endDate === null,
});

describe('the plan by service', () => {
  it('shows current services first, then ended ones (newest first) as history, then goals on no service', () => {
    const shelter = service('s-shelter', '2023-01-01', '2023-06-30');
    const stay = service('s-stay', '2024-01-01', null);
    const temporary = service('s-temp', '2023-07-01', '2023-12-31');
    const goals = [
      goalFixture({ id: 'g1', service: shelter }),
      goalFixture({ id: 'g2', service: null }),
      goalFixture({ id: 'g3', service: stay }),
      goalFixture({ id: 'g4', service: temporary }),
      goalFixture({ id: 'g5', service: stay }),
    ];
    expect(byService(goals).map(([key, g]) => [key, g.goals.map((x) => x.id)])).toEqual([
      ['s-stay', ['g3', 'g5']],
      ['s-temp', ['g4']],
      ['s-shelter', ['g1']],
      ['', ['g2']],
    ]);
  });
});
