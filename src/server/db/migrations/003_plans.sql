-- The legal bases (Serviceloven, adults) as a catalogue (DOMAIN.md), so pickers and the
-- catalogue endpoint read them as data. Codes match interventions.legal_basis and
-- intervention_kinds.default_legal_basis ('§108', 'ABL §105').
CREATE TABLE legal_bases (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort_order int NOT NULL DEFAULT 0
);

INSERT INTO legal_bases (code, name, sort_order) VALUES
  ('§82a', 'Gruppebaseret tidlig forebyggende hjælp (kan ikke påklages)', 1),
  ('§82b', 'Individuel tidsbegrænset socialpædagogisk hjælp, højst 6 måneder (kan ikke påklages)', 2),
  ('§85', 'Socialpædagogisk støtte, omsorg og optræning (bostøtte)', 3),
  ('§85a', 'Housing First-bostøtte ved CTI, ICM eller ACT', 4),
  ('§99', 'Støtte- og kontaktperson', 5),
  ('§103', 'Beskyttet beskæftigelse', 6),
  ('§104', 'Aktivitets- og samværstilbud', 7),
  ('§107', 'Midlertidigt botilbud', 8),
  ('§108', 'Længerevarende botilbud', 9),
  ('§109', 'Krisecenter', 10),
  ('§110', 'Forsorgshjem / herberg', 11),
  ('§141', 'Handleplan', 12),
  ('ABL §105', 'Almene boliger til personer med handicap (almenboligloven)', 13);

GRANT SELECT ON legal_bases TO mestring_app;
