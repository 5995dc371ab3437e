import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ChangeMedicineLineInput, DoctorContactInput, DrugCatalogue, FacilityMedication, GrantQualificationInput, LineStatusInput, LineVersion,
  MedicationSettingsInput, MedicineCard, MedicineLine, MedicineLineInput, ObservationInput, TaperingInput,
} from '../../../contracts/medication';

export const medicationKeys = {
  card: (citizenId: string) => ['medicine-card', citizenId] as const,
  versions: (citizenId: string, lineId: string) => ['medicine-line-versions', citizenId, lineId] as const,
  catalogue: ['drug-catalogue'] as const,
  facility: (facilityId: string) => ['facility-medication', facilityId] as const,
};

export function useMedicineCard(citizenId: string) {
  return useQuery({
    queryKey: medicationKeys.card(citizenId),
    queryFn: () => api.get<MedicineCard>(`/citizens/${citizenId}/medicine-card`).then((r) => r.data),
    retry: false,
  });
}

export function useLineVersions(citizenId: string, lineId: string) {
  return useQuery({
    queryKey: medicationKeys.versions(citizenId, lineId),
    queryFn: () => api.get<{ data: LineVersion[] }>(`/citizens/${citizenId}/medicine-lines/${lineId}/versions`).then((r) => r.data),
  });
}

export function useDrugCatalogue() {
  return useQuery({ queryKey: medicationKeys.catalogue, queryFn: () => api.get<DrugCatalogue>('/drug-catalogue').then((r) => r.data), staleTime: Infinity });
}

export function useFacilityMedication(facilityId: string) {
  return useQuery({
    queryKey: medicationKeys.facility(facilityId),
    queryFn: () => api.get<FacilityMedication>(`/facilities/${facilityId}/medication`).then((r) => r.data),
    retry: false,
  });
}

/** Refetches the card (and any open version list) after a change. */
export function useRefreshCard(citizenId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: medicationKeys.card(citizenId) });
    void qc.invalidateQueries({ queryKey: ['medicine-line-versions', citizenId] });
  };
}

const lineUrl = (citizenId: string, lineId?: string, path = '') => `/citizens/${citizenId}/medicine-lines${lineId ? `/${lineId}` : ''}${path}`;
type LineAnswer = { data: MedicineLine };

export const addLine = (citizenId: string, body: MedicineLineInput) => api.post<LineAnswer>(lineUrl(citizenId), body);
export const changeLine = (citizenId: string, lineId: string, body: ChangeMedicineLineInput) => api.patch<LineAnswer>(lineUrl(citizenId, lineId), body);
export const setLineStatus = (citizenId: string, lineId: string, body: LineStatusInput) => api.post<LineAnswer>(lineUrl(citizenId, lineId, '/status'), body);
export const saveTapering = (citizenId: string, lineId: string, body: TaperingInput) => api.post<LineAnswer>(lineUrl(citizenId, lineId, '/tapering'), body);
export const addObservation = (citizenId: string, body: ObservationInput) => api.post(`/citizens/${citizenId}/medicine-observations`, body);
export const recordDoctorContact = (citizenId: string, observationId: string, body: DoctorContactInput) =>
  api.post(`/citizens/${citizenId}/medicine-observations/${observationId}/doctor-contact`, body);

export const saveSettings = (facilityId: string, body: MedicationSettingsInput) => api.patch(`/facilities/${facilityId}/medication-settings`, body);
export const grantQualification = (userId: string, body: GrantQualificationInput) => api.post(`/users/${userId}/qualifications`, body);
export const revokeQualification = (userId: string, qualificationId: string) => api.post(`/users/${userId}/qualifications/${qualificationId}/revoke`);
