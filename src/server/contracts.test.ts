import { describe, expect, it } from 'vitest';
import { responseSerializer } from './serialize.js';
import { CitizenList, CitizenResponse } from '../contracts/citizens.js';
import { NoteResponse } from '../contracts/journal.js';

/** The app's serializer for a response schema, as fastify compiles it for a route. */
const serializerOf = (schema: unknown) => responseSerializer({ schema, method: 'GET', url: '/api/test', httpStatus: '200' });

const listRow = {
  id: 'c1',
  name: 'Anna Andersen',
  birthDate: '1980-01-01',
  age: 46,
  cprMasked: '010180-xxxx',
  isContactPerson: false,
  unitId: null,
  unitName: null,
  facilityName: null,
  nextFollowUp: null,
};

describe('response contracts: an allow-list, not a description', () => {
  it('strips a field the contract does not name: a citizen list row answers no CPR number even if a presenter added one', () => {
    const body = JSON.parse(serializerOf(CitizenList)({ data: [{ ...listRow, cpr: '0101801234', first_name: 'Anna' }] }) as string);
    expect(body.data[0]).toEqual(listRow);
    expect(JSON.stringify(body)).not.toContain('0101801234');
  });

  it('strips inside nested objects too (a note excerpt, a note’s author)', () => {
    const withNote = { ...listRow, latestNote: { id: 'n1', writtenAt: '2026-12-06T09:00:00Z', body: 'Godt', authorName: 'Mette', authorId: 'u1' } };
    const body = JSON.parse(serializerOf(CitizenList)({ data: [withNote] }) as string);
    expect(body.data[0].latestNote).toEqual({ id: 'n1', writtenAt: '2026-12-06T09:00:00Z', body: 'Godt', authorName: 'Mette' });
  });

  it('keeps a field rule: latestNote absent stays absent (no key), not null', () => {
    const body = JSON.parse(serializerOf(CitizenList)({ data: [listRow] }) as string);
    expect('latestNote' in body.data[0]).toBe(false);
  });

  it('refuses an answer that lacks a field the contract requires instead of sending half a record', () => {
    expect(() => serializerOf(CitizenResponse)({ data: { id: 'c1' } })).toThrow(/required/);
    const note = { id: 'n1', citizenId: 'c1', body: 'x', writtenAt: '2026-12-06T09:00:00Z', version: 1, corrected: false, goals: [], error: null, abilities: {} };
    expect(() => serializerOf(NoteResponse)({ data: note })).toThrow(/required/);
  });
});
