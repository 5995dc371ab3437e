import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { searchByCpr, useCitizenList } from './api';

/**
 * What the name box on Mine borgere asks the server. A name or birth date narrows the list (GET
 * ?q=, so it is in the address); a whole CPR number is searched as the CPR search does (a POST), and
 * one being typed (six digits and more) is not sent at all: a CPR number never enters an address.
 */
export function nameSearch(text: string): { q: string; cpr: string | null } {
  const compact = text.replace(/[\s-]/g, '');
  if (/^\d{10}$/.test(compact)) return { q: '', cpr: compact };
  if (/\d{6}[\s-]*\d/.test(text)) return { q: '', cpr: null };
  return { q: text, cpr: null };
}

/** Mine borgere's list for the name box and unit, and the CPR search (from its own form, or a number typed in the name box). */
export function useNameBoxSearch(text: string, unitId: string) {
  const typed = nameSearch(text);
  const list = useCitizenList(typed.q, unitId);
  const cpr = useMutation({ mutationFn: searchByCpr });
  const { mutate } = cpr;
  useEffect(() => {
    if (typed.cpr) mutate(typed.cpr);
  }, [typed.cpr, mutate]);
  return { list, cpr };
}
