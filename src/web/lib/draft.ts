/**
 * Drafts of notes being written, kept in sessionStorage per citizen and user so that a note
 * survives an idle logout in the same tab, even if a colleague signs in there meanwhile and opens
 * the same citizen. Each draft names its author: another user never sees it.
 */
export interface NoteDraft {
  userId: string;
  body: string;
  goalIds: string[];
  savedAt: string;
}

const PREFIX = 'mestring.noteDraft.';
const keyOf = (citizenId: string, userId: string) => `${PREFIX}${citizenId}.${userId}`;

export function loadDraft(citizenId: string, userId: string): NoteDraft | null {
  try {
    const raw = sessionStorage.getItem(keyOf(citizenId, userId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as NoteDraft;
    return draft.userId === userId && draft.body ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(citizenId: string, draft: Omit<NoteDraft, 'savedAt'>): void {
  try {
    const key = keyOf(citizenId, draft.userId);
    if (!draft.body.trim()) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or blocked: the note is still in the form.
  }
}

export function clearDraft(citizenId: string, userId: string): void {
  sessionStorage.removeItem(keyOf(citizenId, userId));
}

/** On an explicit logout nothing personal stays behind in the browser. */
export function clearAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
