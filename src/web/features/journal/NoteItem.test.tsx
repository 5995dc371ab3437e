import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteFixture, renderWithProviders } from '../../test/render';
import { NoteItem } from './NoteItem';

afterEach(cleanup);

describe('a journal note’s actions', () => {
  it('keep the red "Markér som fejlregistreret" apart from "Ret", which is a full-size button', () => {
    renderWithProviders(<ol><NoteItem note={noteFixture()} /></ol>);
    const correct = screen.getByRole('button', { name: 'Ret' });
    const markError = screen.getByRole('button', { name: 'Markér som fejlregistreret' });
    expect(correct.className).toContain('button-secondary');
    expect(markError.parentElement).not.toBe(correct.parentElement);
    expect(markError.parentElement!.className).toBe('note-actions-danger');
  });

  it('offer neither on the handover (read only)', () => {
    renderWithProviders(<ol><NoteItem note={noteFixture()} readOnly /></ol>);
    expect(screen.queryByRole('button', { name: 'Ret' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Markér som fejlregistreret' })).toBeNull();
  });
});
