/** The policy's field rules: CPR numbers masked in every answer, whole only through the reveal action. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { AppError } from '../errors.js';
import { testActor } from '../../../test/actor.js';
import { cprField, revealedCpr, type Actor, type CitizenFacts, type Role } from './index.js';

const M = 'm-1';
const UNIT = 'unit-a';
const actor = (role: Role, careUnitIds: string[] = []): Actor =>
  testActor({
    userId: `u-${role}`, municipalityId: M, municipalityName: 'Testkommune', username: role, displayName: role,
    roles: [{ role, orgUnitId: 'o', orgUnitName: 'o', kind: 'unit', path: '/o/' }],
    careUnitIds, ownCareUnitIds: careUnitIds, treatingUnitIds: careUnitIds,
  });
const citizen = (facts: Partial<CitizenFacts> = {}): CitizenFacts => ({
  id: 'c-1',
  municipalityId: M,
  unitIds: [UNIT],
  assignedToActor: false,
  ...facts,
});
const cpr = '0103851234';

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

describe('cprField', () => {
  test.prop([digits(6), digits(4), digits(4)])('shows the birth date and nothing of the serial', (birth, serial, other) => {
    expect(cprField(birth + serial)).toEqual({ cprMasked: `${birth}-xxxx` });
    expect(cprField(birth + other)).toEqual(cprField(birth + serial));
  });
});

describe('revealedCpr', () => {
  it('gives the whole number to those the policy lets reveal it', () => {
    expect(revealedCpr(actor('staff', [UNIT]), citizen(), cpr)).toBe('010385-1234');
    expect(revealedCpr(actor('case_worker'), citizen({ unitIds: [], assignedToActor: true }), cpr)).toBe('010385-1234');
  });

  it('refuses (403) those who read the citizen but may not reveal the number, and everyone else', () => {
    const outcome = (a: Actor, c: CitizenFacts) => {
      try {
        revealedCpr(a, c, cpr);
        return 'revealed';
      } catch (err) {
        return err instanceof AppError ? err.status : err;
      }
    };
    // Center management reads an assigned citizen's record, never the whole number.
    expect(outcome(actor('center_manager'), citizen({ unitIds: [], assignedToActor: true }))).toBe(403);
    expect(outcome(actor('staff', ['unit-b']), citizen())).toBe(403);
    expect(outcome(actor('staff', [UNIT]), citizen({ municipalityId: 'm-2' }))).toBe(403);
  });
});

/** Every server source file (not tests), with its path from src/server. */
function serverSources(dir = path.resolve(import.meta.dirname, '..')): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return serverSources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [{ file: full, text: readFileSync(full, 'utf8') }] : [];
  });
}

describe('the policy is the one place a CPR number is presented', () => {
  const sources = serverSources();
  const rel = (f: string) => path.relative(path.resolve(import.meta.dirname, '..'), f);

  it('formats the whole number nowhere but in the reveal rule', () => {
    expect(sources.filter((s) => /\bformatCpr\(/.test(s.text)).map((s) => rel(s.file))).toEqual(['access/fields.ts']);
  });

  it('has no presenter mask a CPR number itself', () => {
    const presenters = sources.filter((s) => s.file.endsWith('presenter.ts'));
    expect(presenters.length).toBeGreaterThan(0);
    expect(presenters.filter((s) => /domain\/cpr\.js/.test(s.text)).map((s) => rel(s.file))).toEqual([]);
  });
});
