/**
 * Drafts of notes being written, kept in sessionStorage per citizen so that a note survives an
 * idle logout in the same tab. Each draft names its author: another user never sees it.
 */
export interface NoteDraft {
  userId: string;
  body: string;
  goalIds: string[];
  savedAt: string;
}

const PREFIX = 'mestring.noteDraft.';

export function loadDraft(citizenId: string, userId: string): NoteDraft | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + citizenId);
    if (!raw) return null;
    const draft = JSON.parse(raw) as NoteDraft;
    return draft.userId === userId && draft.body ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(citizenId: string, draft: Omit<NoteDraft, 'savedAt'>): void {
  try {
    if (!draft.body.trim()) sessionStorage.removeItem(PREFIX + citizenId);
    else sessionStorage.setItem(PREFIX + citizenId, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or blocked: the note is still in the form.
  }
}

export function clearDraft(citizenId: string): void {
  sessionStorage.removeItem(PREFIX + citizenId);
}

/** On an explicit logout nothing personal stays behind in the browser. */
export function clearAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
