import { addMonthsIso } from '../../../domain/dates.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';

const TABLES = {
  planned_places: { id: 'uuid', municipality_id: 'uuid', org_unit_id: 'uuid', legal_basis: 'text', places: 'int', opens_on: 'date', note: 'text', created_by: 'uuid' },
} satisfies TableColumns;

/**
 * Seed 002's 17 new places, opening on the first of a month about nine months from now on the
 * demo's first long-term (§ 108) facility, planned by the administrator; and 6 temporary (§ 107)
 * places the year after. The forecast opens them on their day.
 */
function generatePlannedPlaces(world: DemoWorld<keyof typeof TABLES>): void {
  const { org, today, rng, out } = world;
  const admin = org.userIds.get('admin');
  if (!admin) return;
  const firstOfMonth = (months: number) => `${addMonthsIso(today, months).slice(0, 7)}-01`;
  const plan = (legalBasis: string, places: number, months: number, note: string) => {
    const facility = org.facilities.find((f) => f.spec.legalBasis === legalBasis);
    if (!facility) return;
    out.planned_places.push({
      id: rng.uuid(), municipality_id: org.municipalityId, org_unit_id: facility.id, legal_basis: legalBasis, places, opens_on: firstOfMonth(months), note, created_by: admin,
    });
  };
  plan('§108', 17, 9, 'Ny fløj med 17 boliger (budgetaftalen).');
  plan('§107', 6, 21, 'Ombygning af fællesarealer til 6 værelser.');
}

export const visitationInsightDemo = defineDemo({ tables: TABLES, stage: generatePlannedPlaces });
