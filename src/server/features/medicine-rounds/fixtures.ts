import type { Queryable } from '../../db/index.js';

/** A medicine line written straight into the card's table (tests and the access cases; the card's own API is the medication feature's). */
export interface LineSpec {
  municipalityId: string;
  citizenId: string;
  createdBy: string;
  kind?: 'fixed' | 'pn';
  genericName?: string;
  strength?: string;
  schedule?: Array<{ time: string; dose: number }>;
  singleDose?: number;
  pnMax?: number;
  status?: 'active' | 'paused' | 'stopped';
  startDate?: string;
  doseDispensed?: boolean;
}

export async function insertLine(db: Queryable, s: LineSpec): Promise<string> {
  const kind = s.kind ?? 'fixed';
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO medicine_lines (municipality_id, citizen_id, kind, generic_name, form, strength, dose_unit, single_dose, schedule,
                                 pn_max_per_24h, indication, prescriber, dose_dispensed, start_date, status, status_reason, created_by, updated_by)
     VALUES ($1, $2, $3, $4, 'tablet', $5, 'stk', $6, $7::jsonb, $8, 'Forhøjet blodtryk', 'Egen læge', $9, $10, $11, $12, $13, $13) RETURNING id`,
    [
      s.municipalityId, s.citizenId, kind, s.genericName ?? (kind === 'pn' ? 'Paracetamol' : 'Amlodipin'), s.strength ?? (kind === 'pn' ? '500 mg' : '5 mg'),
      s.singleDose ?? 1, JSON.stringify(kind === 'pn' ? [] : (s.schedule ?? [{ time: '08:00', dose: 1 }])), kind === 'pn' ? (s.pnMax ?? 4) : null,
      s.doseDispensed ?? false, s.startDate ?? '2024-01-01', s.status ?? 'active', (s.status ?? 'active') === 'active' ? '' : 'Efter aftale med lægen', s.createdBy,
    ],
  );
  return row.id;
}
