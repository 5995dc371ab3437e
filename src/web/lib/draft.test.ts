import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAllDrafts, clearDraft, loadDraft, saveDraft } from './draft';

const ANNA = 'citizen-anna';
const BENT = 'citizen-bent';
const METTE = 'user-mette';
const OLE = 'user-ole';

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-03T13:27:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('note drafts', () => {
  it('restores what the user was writing about a citizen, with the linked goals and when it was kept', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Anna var glad i dag', goalIds: ['goal-1'] });
    expect(loadDraft(ANNA, METTE)).toEqual({
      userId: METTE,
      body: 'Anna var glad i dag',
      goalIds: ['goal-1'],
      savedAt: '2026-03-03T13:27:00.000Z',
    });
  });

  it('keeps the latest text as the user goes on writing', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Anna', goalIds: [] });
    saveDraft(ANNA, { userId: METTE, body: 'Anna var glad', goalIds: ['goal-2'] });
    expect(loadDraft(ANNA, METTE)).toMatchObject({ body: 'Anna var glad', goalIds: ['goal-2'] });
  });

  it('keeps each citizen’s draft apart', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Om Anna', goalIds: [] });
    expect(loadDraft(BENT, METTE)).toBeNull();
    saveDraft(BENT, { userId: METTE, body: 'Om Bent', goalIds: [] });
    expect(loadDraft(ANNA, METTE)?.body).toBe('Om Anna');
    expect(loadDraft(BENT, METTE)?.body).toBe('Om Bent');
  });

  it('never shows a draft to another user', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Mettes notat', goalIds: [] });
    expect(loadDraft(ANNA, OLE)).toBeNull();
  });

  it("survives another user opening the same citizen's note form in the tab after an idle logout", () => {
    saveDraft(ANNA, { userId: METTE, body: 'Mettes notat', goalIds: [] });
    // Ole signs in on the shared tablet: his empty form saves an empty draft, then he writes and saves his own note.
    saveDraft(ANNA, { userId: OLE, body: '', goalIds: [] });
    saveDraft(ANNA, { userId: OLE, body: 'Oles notat', goalIds: [] });
    expect(loadDraft(ANNA, OLE)?.body).toBe('Oles notat');
    clearDraft(ANNA, OLE);
    expect(loadDraft(ANNA, OLE)).toBeNull();
    // Mette signs in again: her note is still there.
    expect(loadDraft(ANNA, METTE)?.body).toBe('Mettes notat');
  });

  it('drops the draft when the text is emptied or only blanks', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Noget', goalIds: ['goal-1'] });
    saveDraft(ANNA, { userId: METTE, body: '  \n ', goalIds: ['goal-1'] });
    expect(loadDraft(ANNA, METTE)).toBeNull();
  });

  it('clears only the saved note’s draft', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Om Anna', goalIds: [] });
    saveDraft(BENT, { userId: METTE, body: 'Om Bent', goalIds: [] });
    clearDraft(ANNA, METTE);
    expect(loadDraft(ANNA, METTE)).toBeNull();
    expect(loadDraft(BENT, METTE)?.body).toBe('Om Bent');
  });

  it('leaves nothing behind on an explicit logout, and nothing else is touched', () => {
    sessionStorage.setItem('other.setting', 'keep');
    saveDraft(ANNA, { userId: METTE, body: 'Om Anna', goalIds: [] });
    saveDraft(BENT, { userId: OLE, body: 'Om Bent', goalIds: [] });
    clearAllDrafts();
    expect(loadDraft(ANNA, METTE)).toBeNull();
    expect(loadDraft(BENT, OLE)).toBeNull();
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.getItem('other.setting')).toBe('keep');
  });

  it('treats an unreadable stored draft as none', () => {
    saveDraft(ANNA, { userId: METTE, body: 'Om Anna', goalIds: [] });
    for (let i = 0; i < sessionStorage.length; i++) sessionStorage.setItem(sessionStorage.key(i)!, '{not json');
    expect(loadDraft(ANNA, METTE)).toBeNull();
  });

  it('does not break the form when the browser refuses to store', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => saveDraft(ANNA, { userId: METTE, body: 'Langt notat', goalIds: [] })).not.toThrow();
    expect(loadDraft(ANNA, METTE)).toBeNull();
  });
});
