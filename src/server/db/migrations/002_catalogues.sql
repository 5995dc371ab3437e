-- Catalogues kept as data (DOMAIN.md): target groups and the intervention ladder.
INSERT INTO target_groups (code, name, sort_order) VALUES
  ('social_psychiatry', 'Socialpsykiatri', 1),
  ('autism', 'Autisme', 2),
  ('acquired_brain_injury', 'Erhvervet hjerneskade', 3),
  ('visual_impairment', 'Synshandicap', 4),
  ('multiple_disabilities', 'Multiple funktionsnedsættelser', 5),
  ('developmental_disability', 'Udviklingshæmning', 6),
  ('homelessness', 'Hjemløshed / socialt udsatte', 7),
  ('substance_use', 'Misbrug', 8);

INSERT INTO intervention_kinds (code, name, ladder_step, default_legal_basis) VALUES
  ('open_offer', 'Åbent, ikke-visiteret tilbud (rådgivning, værested, natcafé)', 1, '§104'),
  ('group_early_help', 'Gruppebaseret tidlig forebyggende hjælp', 2, '§82a'),
  ('individual_early_help', 'Individuel tidsbegrænset socialpædagogisk hjælp', 2, '§82b'),
  ('sheltered_employment', 'Beskyttet beskæftigelse', 2, '§103'),
  ('support_contact', 'Støtte- og kontaktperson', 3, '§99'),
  ('housing_support', 'Socialpædagogisk støtte i eget hjem', 3, '§85'),
  ('act', 'ACT-team', 4, '§85a'),
  ('cti', 'CTI-forløb', 4, '§85a'),
  ('icm', 'ICM-forløb', 4, '§85a'),
  ('shelter', 'Forsorgshjem / herberg', 5, '§110'),
  ('crisis_centre', 'Krisecenter', 5, '§109'),
  ('temporary_residence', 'Midlertidigt botilbud', 6, '§107'),
  ('long_term_residence', 'Længerevarende botilbud', 7, '§108');
