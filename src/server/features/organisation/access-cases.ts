import { each, allEmployees, adminOnly, leaders, type Case } from '../../../../test/route-cases.js';

/** The organisation tree, places and the facilities overview. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/org-units', url: () => '/api/org-units', answers: allEmployees(200), audit: 'none' },
  {
    method: 'POST', route: '/api/org-units', url: () => '/api/org-units',
    body: (f) => ({ parentId: f.units.facility1, kind: 'unit', name: 'Afdeling D' }), answers: adminOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/org-units/:id', url: (f) => `/api/org-units/${f.units.unitA}`,
    body: () => ({ version: 1, name: 'Afdeling Aa' }), answers: adminOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/places', url: () => '/api/places',
    body: (f) => ({ unitId: f.units.unitA, name: 'Lejlighed 9', legalBasis: '§108', targetGroupCodes: ['autism'] }), answers: adminOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/places/:id', url: (f) => `/api/places/${f.places.placeA2}`,
    body: () => ({ version: 1, name: 'Lejlighed 2B' }), answers: adminOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/org-units/:id/move', url: (f) => `/api/org-units/${f.units.unitB}/move`,
    body: (f) => ({ version: 1, parentId: f.units.facility2 }), answers: adminOnly(200), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/org-units/:id/moves', url: (f) => `/api/org-units/${f.units.unitA}/moves`, answers: adminOnly(200), otherMunicipality: 404, audit: 'none' },
  {
    method: 'GET', route: '/api/org-units/:id/occupancy-targets', url: (f) => `/api/org-units/${f.units.facility1}/occupancy-targets`,
    answers: adminOnly(200), otherMunicipality: 404, audit: 'none',
  },
  {
    method: 'POST', route: '/api/org-units/:id/occupancy-targets', url: (f) => `/api/org-units/${f.units.facility1}/occupancy-targets`,
    body: () => ({ year: 2026, targetPct: 92.5 }), answers: adminOnly(200), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/facilities', url: () => '/api/facilities', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/facilities/:id', url: (f) => `/api/facilities/${f.units.facility1}`,
    // Figures to those above the facility; its occupants (onA, onB) named, and audited, only to those who read them.
    answers: { others: 403, ...each(leaders, 200), centerManagementNotAssigned: 200, admin: 200 }, otherMunicipality: 404,
    audit: {
      action: 'read', entity: 'facility_occupants',
      citizens: (f, who) => (leaders.includes(who) ? [f.citizens.onA, f.citizens.onB] : undefined),
    },
  },
];
