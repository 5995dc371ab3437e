import { describe, expect, it } from 'vitest';
import { formatRate, parseAmount } from './format';

describe('a daily rate as a Dane types it', () => {
  it('reads thousands points, decimal commas, spaces and "kr."', () => {
    expect(parseAmount('2450')).toBe(2450);
    expect(parseAmount('2.450')).toBe(2450);
    expect(parseAmount('2 450 kr.')).toBe(2450);
    expect(parseAmount('2450,50')).toBe(2450.5);
    expect(parseAmount('2.450,50')).toBe(2450.5);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('-100')).toBe(-100);
  });

  it('gives up on what is not an amount, so the server names the error', () => {
    for (const typed of ['', 'to tusind', '2,4,5', '1.2.3,4,5']) expect(parseAmount(typed), typed).toBeNull();
  });

  it('is shown with Danish thousands points', () => {
    expect(formatRate(4025)).toBe('4.025 kr. pr. døgn');
  });
});
