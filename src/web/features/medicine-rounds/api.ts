import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Administration, GivePnInput, MedicineRound, PnUse, RoundFlags, RoundUnits } from '../../../contracts/medicine-rounds';
import type { RoundSlot } from '../../../domain/medication/round';

export type { Administration, MedicineRound, RoundFlags, RoundSlot };
export type Round = MedicineRound['data'];
export type RoundCitizen = Round['citizens'][number];
export type RoundDose = RoundCitizen['doses'][number];
export type PnLine = RoundCitizen['pnLines'][number];

export const roundKeys = {
  all: ['medicine-rounds'] as const,
  units: ['medicine-rounds', 'units'] as const,
  round: (unitId: string, date: string, slot: string) => ['medicine-rounds', 'round', unitId, date, slot] as const,
  flags: ['medicine-rounds', 'flags'] as const,
  pnUse: (unitId: string) => ['medicine-rounds', 'pn-use', unitId] as const,
};

/** The units whose round the user runs, and those whose late doses they follow up. */
export const useRoundUnits = () =>
  useQuery({ queryKey: roundKeys.units, queryFn: () => api.get<RoundUnits>('/medicine-rounds').then((r) => r.data) });

/** A unit's round for a day and slot (the server's today and slot now when left empty). */
export const useRound = (unitId: string, date: string, slot: string) =>
  useQuery({
    queryKey: roundKeys.round(unitId, date, slot),
    queryFn: () => api.get<MedicineRound>(`/medicine-rounds/${unitId}${query({ date: date || undefined, slot: slot || undefined })}`).then((r) => r.data),
    enabled: unitId !== '',
  });

export const useRoundFlags = () =>
  useQuery({ queryKey: roundKeys.flags, queryFn: () => api.get<RoundFlags>('/medicine-round-flags').then((r) => r.data) });

export const usePnUse = (unitId: string) =>
  useQuery({ queryKey: roundKeys.pnUse(unitId), queryFn: () => api.get<PnUse>(`/medicine-rounds/${unitId}/pn-use`).then((r) => r.data), enabled: unitId !== '' });

/** A scheduled dose, registered once; `clientId` is made when the user taps, so a retry is the same registration. */
export const registerDose = (body: { clientId: string; lineId: string; scheduledFor: string; outcome: Administration['outcome']; reason?: string }) =>
  api.post<{ data: Administration }>('/medicine-administrations', body).then((r) => r.data);

export const givePn = (body: GivePnInput) => api.post<{ data: Administration }>('/medicine-administrations/pn', body).then((r) => r.data);

export const recordEffect = (administrationId: string, effect: string) =>
  api.post<{ data: Administration }>(`/medicine-administrations/${administrationId}/effect`, { effect }).then((r) => r.data);
