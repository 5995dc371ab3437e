import { forbidden } from '../errors.js';
import type { Actor } from './roles.js';

type Rule<R> = (actor: Actor, record: R) => boolean;
const registry = new Map<string, Map<string, Rule<never>>>();

/**
 * Declares that `actions` on `subject` are allowed when `rule` holds. Rules are pure and
 * synchronous over data already loaded; every subject's file registers its rules here.
 */
export function allow<R>(subject: string, actions: string[], rule: Rule<R>): void {
  const bySubject = registry.get(subject) ?? new Map<string, Rule<never>>();
  for (const action of actions) {
    const previous = bySubject.get(action);
    bySubject.set(action, (previous ? (a: Actor, r: R) => previous(a, r as never) || rule(a, r) : rule) as Rule<never>);
  }
  registry.set(subject, bySubject);
}

/** May the actor take this action on this record? Unknown actions are denied. */
export function can<R>(actor: Actor, action: string, subject: string, record: R): boolean {
  const rule = registry.get(subject)?.get(action) as Rule<R> | undefined;
  if (!rule) return false;
  return rule(actor, record);
}

/** Throws 403 unless `can`. */
export function authorize<R>(actor: Actor, action: string, subject: string, record: R): void {
  if (!can(actor, action, subject, record)) throw forbidden();
}

/** Every action registered for a subject, evaluated for this actor and record (sent to the UI). */
export function abilities<R>(actor: Actor, subject: string, record: R): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const action of registry.get(subject)?.keys() ?? []) out[action] = can(actor, action, subject, record);
  return out;
}

/** The registered actions per subject (the route × role test reads it). */
export function registeredActions(): Record<string, string[]> {
  return Object.fromEntries([...registry].map(([subject, rules]) => [subject, [...rules.keys()]]));
}
