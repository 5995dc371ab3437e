import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../errors.js';
import { DEMO_PASSWORD } from '../db/demo/spec.js';

/** zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable" against online and slowed offline guessing. */
const MIN_SCORE = 3;
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Whose password it is: their username and name parts are no password. */
export interface PasswordOwner {
  username: string;
  displayName: string;
}

const nameParts = (owner: PasswordOwner) =>
  [owner.username, ...owner.displayName.split(/[\s.,_-]+/)].map((p) => p.toLowerCase()).filter((p) => p.length >= 3);

/**
 * Why a new password is refused, in Danish, or null when it may be used. Refuses the demo
 * password, the user's username or name in it, and what the estimator finds common, breached or
 * patterned (`aaaaaaaaaa`, `1234567890`, keyboard rows, the username twice).
 */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const lower = password.toLowerCase();
  if (lower.includes(DEMO_PASSWORD)) return 'Demoadgangskoden må ikke bruges. Vælg en anden.';
  const part = nameParts(owner).find((p) => lower.includes(p));
  if (part) return 'Adgangskoden må ikke indeholde brugerens brugernavn eller navn.';
  if (password.trim().length < 10) return 'Adgangskoden skal have mindst 10 tegn (mellemrum i enderne tæller ikke).';
  if (estimator.check(password, nameParts(owner)).score < MIN_SCORE) {
    return 'Adgangskoden er for let at gætte (almindelig, lækket eller et mønster som gentagelser, talrækker eller tastaturrækker). Brug fx tre-fire tilfældige ord.';
  }
  return null;
}

/** 400 with the reason on `field` unless the password may be used. */
export function requireUsablePassword(password: string, owner: PasswordOwner, field: string): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw badRequest('Adgangskoden kan ikke bruges.', { [field]: problem });
}
