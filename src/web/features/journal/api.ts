import { keepPreviousData, useInfiniteQuery, useQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CitizenListItem } from '../../../contracts/citizens';
import type { HandoverResponse, Note, NoteKind, NotePage, NoteRevision, NoteTopic } from '../../../contracts/journal';
import { citizenKeys } from '../citizens/api';

export const journalKeys = {
  notes: (citizenId: string, goalId = '', kind = '') => ['notes', citizenId, goalId, kind] as const,
  earlier: (citizenId: string) => ['notes-earlier', citizenId] as const,
  history: (noteId: string, version: number) => ['note-history', noteId, version] as const,
  handover: (hours: number) => ['handover', hours] as const,
};

const PAGE = 30;

export const NOTE_KINDS: NoteKind[] = ['daily', 'professional', 'observation', 'health'];

/** A citizen's notes, newest first, a page at a time (keyset on writtenAt and id), optionally of one goal or kind. */
export function useNotes(citizenId: string, goalId: string, kind = '') {
  return useInfiniteQuery({
    queryKey: journalKeys.notes(citizenId, goalId, kind),
    queryFn: ({ pageParam }) =>
      api.get<NotePage>(
        `/citizens/${citizenId}/notes${query({ goalId, kind: kind || undefined, before: pageParam?.before, beforeId: pageParam?.beforeId, limit: PAGE })}`,
      ),
    initialPageParam: undefined as { before: string; beforeId: string } | undefined,
    getNextPageParam: (last) => (last.nextBefore && last.nextBeforeId ? { before: last.nextBefore, beforeId: last.nextBeforeId } : undefined),
  });
}

export function useNoteHistory(noteId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: journalKeys.history(noteId, version),
    queryFn: () => api.get<{ data: NoteRevision[] }>(`/notes/${noteId}/history`).then((r) => r.data),
    enabled,
  });
}

/** "Vis tidligere indsatsers notater": notes written under earlier services (another unit), fetched only when asked (and audited). */
export function useEarlierNotes(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: journalKeys.earlier(citizenId),
    queryFn: () => api.get<NotePage>(`/citizens/${citizenId}/notes/earlier${query({ limit: 200 })}`).then((r) => r.data),
    enabled,
  });
}

/** The FFB conditions a note may be about (reference data). */
export function useNoteTopics() {
  return useQuery({
    queryKey: ['journal-topics'],
    queryFn: () => api.get<{ data: NoteTopic[] }>('/journal/topics').then((r) => r.data),
    staleTime: Infinity,
  });
}

export const createNote = (citizenId: string, body: string, goalIds: string[], kind: NoteKind = 'daily', topicCode?: string) =>
  api.post<{ data: Note }>(`/citizens/${citizenId}/notes`, { body, goalIds, kind, topicCode: topicCode || undefined }).then((r) => r.data);

export const addAddendum = (note: Note, body: string) => api.post<{ data: Note }>(`/notes/${note.id}/addenda`, { body }).then((r) => r.data);

export const correctNote = (note: Note, body: string, reason: string) =>
  api.post<{ data: Note }>(`/notes/${note.id}/corrections`, { version: note.version, body, reason }).then((r) => r.data);

export const markNoteError = (note: Note, reason: string) =>
  api.post<{ data: Note }>(`/notes/${note.id}/mark-error`, { version: note.version, reason }).then((r) => r.data);

export function useHandover(hours = 24) {
  return useQuery({
    queryKey: journalKeys.handover(hours),
    queryFn: () => api.get<HandoverResponse>(`/handover${query({ hours })}`),
    // The notes of the last period stay on screen while a longer one loads.
    placeholderData: keepPreviousData,
  });
}

/**
 * Shows a just-saved note at once, before the refetches: at the top of the citizen's journal (in
 * each goal filter it belongs to) and as the latest note on the citizen lists that carry one.
 */
export function showSavedNote(qc: QueryClient, note: Note) {
  for (const [key, data] of qc.getQueriesData<InfiniteData<NotePage>>({ queryKey: ['notes', note.citizenId] })) {
    const goalId = key[2] as string;
    const kind = key[3] as string | undefined;
    if (!data?.pages.length || (goalId && !note.goals.some((g) => g.id === goalId)) || (kind && kind !== note.kind)) continue;
    if (data.pages.some((p) => p.data.some((n) => n.id === note.id))) continue;
    const [first, ...rest] = data.pages;
    qc.setQueryData<InfiniteData<NotePage>>(key, { ...data, pages: [{ ...first, data: [note, ...first.data] }, ...rest] });
  }
  // Health notes are never a list's latest note (only those treating the citizen read them).
  if (note.kind === 'health') return;
  const latest = { id: note.id, writtenAt: note.writtenAt, body: note.body, authorName: note.author.name };
  qc.setQueriesData<CitizenListItem[]>({ queryKey: ['citizens', 'list'] }, (rows) =>
    // A list without latestNote (no journal access) stays without it.
    rows?.map((c) => (c.id === note.citizenId && c.latestNote !== undefined ? { ...c, latestNote: latest } : c)),
  );
}

/** After a note changes: the citizen's journal, the lists that show latest notes, linked goals. */
export function invalidateAfterNoteChange(qc: QueryClient, citizenId: string) {
  void qc.invalidateQueries({ queryKey: ['notes', citizenId] });
  void qc.invalidateQueries({ queryKey: ['handover'] });
  void qc.invalidateQueries({ queryKey: citizenKeys.all });
  void qc.invalidateQueries({ queryKey: ['goal'] });
}
