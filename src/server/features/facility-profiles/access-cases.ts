import { allEmployees, each, leaders, type Case } from '../../../../test/route-cases.js';

/** A whole profile as the form sends it, first save (version 0). */
const profile = () => ({
  version: 0, tilbudsportalenId: '12345', address: 'Testvej 1, 2400 København NV', phone: '33 33 33 33', website: null,
  publicDescription: 'Et botilbud.', areaMunicipalityCode: '101', district: 'Bispebjerg', ageFrom: 18, ageTo: 67,
  methods: ['low_arousal'], exclusionCriteria: ['dementia'], maxSupportLevel: 3, dailyRateDkk: 2450, petsAllowed: false,
});

/**
 * Facility profiles: everyone in the municipality reads a profile and the public description
 * (organisation data, no citizen's, no audit row); unit A's profile is kept by the admin and its
 * leaders (unit A's and facility 1's), others see it and get 403.
 */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/org-units/:id/profile', url: (f) => `/api/org-units/${f.units.unitA}/profile`, answers: allEmployees(200), otherMunicipality: 404, audit: 'none' },
  {
    method: 'PUT', route: '/api/org-units/:id/profile', url: (f) => `/api/org-units/${f.units.unitA}/profile`,
    body: profile, answers: { others: 403, ...each(leaders, 200), admin: 200 }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/org-units/:id/public-description', url: (f) => `/api/org-units/${f.units.facility1}/public-description`,
    answers: allEmployees(200), otherMunicipality: 404, audit: 'none',
  },
];
