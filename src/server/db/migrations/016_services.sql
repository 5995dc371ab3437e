-- Issue 12: the service (indsats) as its own record. Interventions gain what a grant says (extent,
-- period, re-assessment, support-need level, acting and paying municipality, rate, delivering unit)
-- and what its end says (reason, where the citizen went); the kinds and legal bases they are chosen
-- from become versioned catalogues (valid_from/valid_to, [) like every period), and the ladder step
-- is derived from the kind and the granted extent by the database, for every writer.

-- Denmark's 98 municipalities (since the 2007 reform), by their three-digit code, from
-- ../shared/data/kommuner.json; the region by the code ranges of the five regions. INSERTs here and
-- not a JSON file loaded at start-up (like the FFB code system): the foreign keys below need the rows
-- inside this migration, and the list changes only by law (a new migration then). Reference data: no tenant.
CREATE TABLE danish_municipalities (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
  name text NOT NULL UNIQUE,
  region text NOT NULL CHECK (region IN ('Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'))
);
INSERT INTO danish_municipalities (code, name, region) VALUES
  ('101', 'Københavns Kommune', 'Region Hovedstaden'),
  ('147', 'Frederiksberg Kommune', 'Region Hovedstaden'),
  ('151', 'Ballerup Kommune', 'Region Hovedstaden'),
  ('153', 'Brøndby Kommune', 'Region Hovedstaden'),
  ('155', 'Dragør Kommune', 'Region Hovedstaden'),
  ('157', 'Gentofte Kommune', 'Region Hovedstaden'),
  ('159', 'Gladsaxe Kommune', 'Region Hovedstaden'),
  ('161', 'Glostrup Kommune', 'Region Hovedstaden'),
  ('163', 'Herlev Kommune', 'Region Hovedstaden'),
  ('165', 'Albertslund Kommune', 'Region Hovedstaden'),
  ('167', 'Hvidovre Kommune', 'Region Hovedstaden'),
  ('169', 'Høje-Taastrup Kommune', 'Region Hovedstaden'),
  ('173', 'Lyngby-Taarbæk Kommune', 'Region Hovedstaden'),
  ('175', 'Rødovre Kommune', 'Region Hovedstaden'),
  ('183', 'Ishøj Kommune', 'Region Hovedstaden'),
  ('185', 'Tårnby Kommune', 'Region Hovedstaden'),
  ('187', 'Vallensbæk Kommune', 'Region Hovedstaden'),
  ('190', 'Furesø Kommune', 'Region Hovedstaden'),
  ('201', 'Allerød Kommune', 'Region Hovedstaden'),
  ('210', 'Fredensborg Kommune', 'Region Hovedstaden'),
  ('217', 'Helsingør Kommune', 'Region Hovedstaden'),
  ('219', 'Hillerød Kommune', 'Region Hovedstaden'),
  ('223', 'Hørsholm Kommune', 'Region Hovedstaden'),
  ('230', 'Rudersdal Kommune', 'Region Hovedstaden'),
  ('240', 'Egedal Kommune', 'Region Hovedstaden'),
  ('250', 'Frederikssund Kommune', 'Region Hovedstaden'),
  ('253', 'Greve Kommune', 'Region Sjælland'),
  ('259', 'Køge Kommune', 'Region Sjælland'),
  ('260', 'Halsnæs Kommune', 'Region Hovedstaden'),
  ('265', 'Roskilde Kommune', 'Region Sjælland'),
  ('269', 'Solrød Kommune', 'Region Sjælland'),
  ('270', 'Gribskov Kommune', 'Region Hovedstaden'),
  ('306', 'Odsherred Kommune', 'Region Sjælland'),
  ('316', 'Holbæk Kommune', 'Region Sjælland'),
  ('320', 'Faxe Kommune', 'Region Sjælland'),
  ('326', 'Kalundborg Kommune', 'Region Sjælland'),
  ('329', 'Ringsted Kommune', 'Region Sjælland'),
  ('330', 'Slagelse Kommune', 'Region Sjælland'),
  ('336', 'Stevns Kommune', 'Region Sjælland'),
  ('340', 'Sorø Kommune', 'Region Sjælland'),
  ('350', 'Lejre Kommune', 'Region Sjælland'),
  ('360', 'Lolland Kommune', 'Region Sjælland'),
  ('370', 'Næstved Kommune', 'Region Sjælland'),
  ('376', 'Guldborgsund Kommune', 'Region Sjælland'),
  ('390', 'Vordingborg Kommune', 'Region Sjælland'),
  ('400', 'Bornholms Regionskommune', 'Region Hovedstaden'),
  ('410', 'Middelfart Kommune', 'Region Syddanmark'),
  ('420', 'Assens Kommune', 'Region Syddanmark'),
  ('430', 'Faaborg-Midtfyn Kommune', 'Region Syddanmark'),
  ('440', 'Kerteminde Kommune', 'Region Syddanmark'),
  ('450', 'Nyborg Kommune', 'Region Syddanmark'),
  ('461', 'Odense Kommune', 'Region Syddanmark'),
  ('479', 'Svendborg Kommune', 'Region Syddanmark'),
  ('480', 'Nordfyns Kommune', 'Region Syddanmark'),
  ('482', 'Langeland Kommune', 'Region Syddanmark'),
  ('492', 'Ærø Kommune', 'Region Syddanmark'),
  ('510', 'Haderslev Kommune', 'Region Syddanmark'),
  ('530', 'Billund Kommune', 'Region Syddanmark'),
  ('540', 'Sønderborg Kommune', 'Region Syddanmark'),
  ('550', 'Tønder Kommune', 'Region Syddanmark'),
  ('561', 'Esbjerg Kommune', 'Region Syddanmark'),
  ('563', 'Fanø Kommune', 'Region Syddanmark'),
  ('573', 'Varde Kommune', 'Region Syddanmark'),
  ('575', 'Vejen Kommune', 'Region Syddanmark'),
  ('580', 'Aabenraa Kommune', 'Region Syddanmark'),
  ('607', 'Fredericia Kommune', 'Region Syddanmark'),
  ('615', 'Horsens Kommune', 'Region Midtjylland'),
  ('621', 'Kolding Kommune', 'Region Syddanmark'),
  ('630', 'Vejle Kommune', 'Region Syddanmark'),
  ('657', 'Herning Kommune', 'Region Midtjylland'),
  ('661', 'Holstebro Kommune', 'Region Midtjylland'),
  ('665', 'Lemvig Kommune', 'Region Midtjylland'),
  ('671', 'Struer Kommune', 'Region Midtjylland'),
  ('706', 'Syddjurs Kommune', 'Region Midtjylland'),
  ('707', 'Norddjurs Kommune', 'Region Midtjylland'),
  ('710', 'Favrskov Kommune', 'Region Midtjylland'),
  ('727', 'Odder Kommune', 'Region Midtjylland'),
  ('730', 'Randers Kommune', 'Region Midtjylland'),
  ('740', 'Silkeborg Kommune', 'Region Midtjylland'),
  ('741', 'Samsø Kommune', 'Region Midtjylland'),
  ('746', 'Skanderborg Kommune', 'Region Midtjylland'),
  ('751', 'Aarhus Kommune', 'Region Midtjylland'),
  ('756', 'Ikast-Brande Kommune', 'Region Midtjylland'),
  ('760', 'Ringkøbing-Skjern Kommune', 'Region Midtjylland'),
  ('766', 'Hedensted Kommune', 'Region Midtjylland'),
  ('773', 'Morsø Kommune', 'Region Nordjylland'),
  ('779', 'Skive Kommune', 'Region Midtjylland'),
  ('787', 'Thisted Kommune', 'Region Nordjylland'),
  ('791', 'Viborg Kommune', 'Region Midtjylland'),
  ('810', 'Brønderslev Kommune', 'Region Nordjylland'),
  ('813', 'Frederikshavn Kommune', 'Region Nordjylland'),
  ('820', 'Vesthimmerlands Kommune', 'Region Nordjylland'),
  ('825', 'Læsø Kommune', 'Region Nordjylland'),
  ('840', 'Rebild Kommune', 'Region Nordjylland'),
  ('846', 'Mariagerfjord Kommune', 'Region Nordjylland'),
  ('849', 'Jammerbugt Kommune', 'Region Nordjylland'),
  ('851', 'Aalborg Kommune', 'Region Nordjylland'),
  ('860', 'Hjørring Kommune', 'Region Nordjylland');
GRANT SELECT ON danish_municipalities TO mestring_app;

-- A tenant is one of them. NULL where it is not known: existing tenants are matched by name (a
-- municipality named as in the list); others get theirs from whoever sets them up (the demo seeds
-- its own). Unique: one tenant per municipality.
ALTER TABLE municipalities ADD COLUMN code text UNIQUE REFERENCES danish_municipalities (code);
UPDATE municipalities m SET code = d.code FROM danish_municipalities d WHERE d.name = m.name;

-- Legal bases, versioned: valid on [valid_from, valid_to). `stay`: a basis for a place (a stay on a
-- facility). `service_basis`: a basis a service can be granted on; § 141 is the duty to make an
-- action plan, not a basis, so it stays (rows that name it survive) but is no longer offered or accepted.
ALTER TABLE legal_bases
  ADD COLUMN valid_from date NOT NULL DEFAULT '1998-07-01',
  ADD COLUMN valid_to date,
  ADD COLUMN stay boolean NOT NULL DEFAULT false,
  ADD COLUMN service_basis boolean NOT NULL DEFAULT true,
  ADD CONSTRAINT legal_bases_validity CHECK (valid_to IS NULL OR valid_to > valid_from);
UPDATE legal_bases SET stay = true WHERE code IN ('§107', '§108', '§109', '§110', 'ABL §105');
UPDATE legal_bases SET service_basis = false WHERE code = '§141';
-- Housing First (CTI, ICM, ACT) as its own paragraph from 2023 (before that, such courses were § 85).
UPDATE legal_bases SET valid_from = '2023-01-01' WHERE code = '§85a';
INSERT INTO legal_bases (code, name, sort_order) VALUES ('§83', 'Personlig og praktisk hjælp (hjemmepleje)', 3);
UPDATE legal_bases SET sort_order = sort_order + 1 WHERE code NOT IN ('§82a', '§82b', '§83');

-- Intervention kinds, versioned the same way (a kind that changes gets a new code and the old one's
-- validity ends, so rows keep what they were granted as), with how they are delivered: a stay on a
-- place, support in one's own home, a day service, or other (open offers, delivered by no team).
ALTER TABLE intervention_kinds
  ADD COLUMN valid_from date NOT NULL DEFAULT '1998-07-01',
  ADD COLUMN valid_to date,
  ADD COLUMN delivery text NOT NULL DEFAULT 'other' CHECK (delivery IN ('stay', 'home', 'day', 'other')),
  ADD CONSTRAINT intervention_kinds_validity CHECK (valid_to IS NULL OR valid_to > valid_from);
UPDATE intervention_kinds SET delivery = 'stay' WHERE code IN ('shelter', 'crisis_centre', 'temporary_residence', 'long_term_residence');
UPDATE intervention_kinds SET delivery = 'home' WHERE code IN ('individual_early_help', 'support_contact', 'housing_support', 'act', 'cti', 'icm');
UPDATE intervention_kinds SET delivery = 'day' WHERE code IN ('group_early_help', 'sheltered_employment');
-- Seed 002's ladder: flexible housing support on step 4; social home care on 2, 3, 5 or 6 by its
-- extent (below); a shared home (bofællesskab) in public housing for people with disabilities.
INSERT INTO intervention_kinds (code, name, ladder_step, default_legal_basis, delivery) VALUES
  ('flexible_housing_support', 'Fleksibel bostøtte', 4, '§85', 'home'),
  ('social_home_care', 'Social hjemmepleje (personlig og praktisk hjælp)', 3, '§83', 'home'),
  ('shared_housing', 'Bofællesskab i almen bolig med socialpædagogisk støtte', 4, 'ABL §105', 'stay');

-- The legal bases each kind may be granted on (the first is its default, default_legal_basis).
CREATE TABLE intervention_kind_legal_bases (
  kind_code text NOT NULL REFERENCES intervention_kinds (code),
  legal_basis text NOT NULL REFERENCES legal_bases (code),
  PRIMARY KEY (kind_code, legal_basis)
);
INSERT INTO intervention_kind_legal_bases (kind_code, legal_basis)
SELECT code, default_legal_basis FROM intervention_kinds WHERE default_legal_basis IS NOT NULL;
INSERT INTO intervention_kind_legal_bases (kind_code, legal_basis) VALUES
  -- CTI, ICM and ACT were § 85 support before § 85a.
  ('act', '§85'), ('cti', '§85'), ('icm', '§85'),
  -- Housing support may be given as Housing First (§ 85a) and as an early, time-limited course.
  ('housing_support', '§85a'),
  -- A long-term home in public housing for people with disabilities, as a § 108 facility may be.
  ('long_term_residence', 'ABL §105');

-- Steps by extent: a kind listed here sits on the step of the highest `hours_from` at or below the
-- granted hours a week (its own ladder_step when no extent is given). Seed 002 names the steps for
-- social home care but not the hours: these bounds are a first setting, data to be set by the municipality.
CREATE TABLE intervention_kind_steps (
  kind_code text NOT NULL REFERENCES intervention_kinds (code),
  hours_from numeric(5, 2) NOT NULL CHECK (hours_from >= 0),
  ladder_step int NOT NULL CHECK (ladder_step BETWEEN 1 AND 7),
  PRIMARY KEY (kind_code, hours_from)
);
INSERT INTO intervention_kind_steps (kind_code, hours_from, ladder_step) VALUES
  ('social_home_care', 0, 2),    -- practical help
  ('social_home_care', 3, 3),    -- personal help and care
  ('social_home_care', 10, 5),   -- help with personal care, around the clock
  ('social_home_care', 20, 6);   -- extensive help in the social home care

-- Why a service ended, and where the citizen went (seed 002 measures moves from facility to own home).
CREATE TABLE intervention_end_reasons (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort_order int NOT NULL
);
INSERT INTO intervention_end_reasons (code, name, sort_order) VALUES
  ('goals_met', 'Målene er nået', 1),
  ('other_service', 'Behov for en anden indsats', 2),
  ('citizen_wish', 'Borgerens eget ønske', 3),
  ('moved', 'Flytning', 4),
  ('grant_expired', 'Bevillingen er udløbet', 5),
  ('discharged', 'Udskrevet af tilbuddet', 6),
  ('died', 'Dødsfald', 7),
  ('other', 'Andet', 8);

CREATE TABLE intervention_destinations (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort_order int NOT NULL
);
INSERT INTO intervention_destinations (code, name, sort_order) VALUES
  ('own_home', 'Egen bolig', 1),
  ('facility_same_municipality', 'Andet tilbud i kommunen', 2),
  ('facility_other_municipality', 'Tilbud i en anden kommune', 3),
  ('relatives', 'Hos familie eller venner', 4),
  ('nursing_home', 'Plejebolig', 5),
  ('hospital', 'Hospital eller psykiatrisk afdeling', 6),
  ('prison', 'Fængsel eller arresthus', 7),
  ('homeless', 'Uden fast bolig', 8),
  ('died', 'Død', 9),
  ('unknown', 'Ukendt', 10);

GRANT SELECT ON intervention_kind_legal_bases, intervention_kind_steps, intervention_end_reasons, intervention_destinations TO mestring_app;

-- What the grant says and how it ended. ladder_step is the step the kind and the granted extent gave
-- when granted (a later change of the catalogue does not rewrite history); set by the trigger below.
ALTER TABLE interventions
  ADD COLUMN ladder_step int CHECK (ladder_step BETWEEN 1 AND 7),
  ADD COLUMN hours_per_week numeric(5, 2) CHECK (hours_per_week > 0 AND hours_per_week <= 168),
  ADD COLUMN reassessment_date date,
  ADD COLUMN support_need_code text REFERENCES ffb_concepts (code),
  ADD COLUMN acting_municipality_code text REFERENCES danish_municipalities (code),
  ADD COLUMN paying_municipality_code text REFERENCES danish_municipalities (code),
  ADD COLUMN rate_dkk numeric(10, 2) CHECK (rate_dkk >= 0),
  ADD COLUMN rate_unit text CHECK (rate_unit IN ('day', 'month')),
  ADD COLUMN end_reason_code text REFERENCES intervention_end_reasons (code),
  ADD COLUMN end_destination_code text REFERENCES intervention_destinations (code),
  ADD CONSTRAINT interventions_rate_unit CHECK ((rate_dkk IS NULL) = (rate_unit IS NULL)),
  ADD CONSTRAINT interventions_end_reason_when_ended CHECK (end_reason_code IS NULL OR end_date IS NOT NULL),
  ADD CONSTRAINT interventions_reassessment CHECK (reassessment_date IS NULL OR reassessment_date >= start_date);

-- Existing rows: the kind's step, and the tenant's own municipality as acting and paying municipality
-- where the tenant's code is known; nothing else is invented (no extent, rate or end reason).
UPDATE interventions i SET ladder_step = k.ladder_step FROM intervention_kinds k WHERE k.code = i.kind_code;
UPDATE interventions i SET acting_municipality_code = m.code, paying_municipality_code = m.code
  FROM municipalities m WHERE m.id = i.municipality_id AND m.code IS NOT NULL;
ALTER TABLE interventions ALTER COLUMN ladder_step SET NOT NULL;

-- Every writer (the API, the demo, the bench) gets the same derivation: the step from the kind and
-- extent; on insert, the tenant's own municipality where acting or paying is not given.
CREATE FUNCTION intervention_derived_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.ladder_step := coalesce(
    (SELECT s.ladder_step FROM intervention_kind_steps s
      WHERE s.kind_code = NEW.kind_code AND s.hours_from <= NEW.hours_per_week
      ORDER BY s.hours_from DESC LIMIT 1),
    (SELECT k.ladder_step FROM intervention_kinds k WHERE k.code = NEW.kind_code));
  IF TG_OP = 'INSERT' AND (NEW.acting_municipality_code IS NULL OR NEW.paying_municipality_code IS NULL) THEN
    SELECT coalesce(NEW.acting_municipality_code, m.code), coalesce(NEW.paying_municipality_code, m.code)
      INTO NEW.acting_municipality_code, NEW.paying_municipality_code
      FROM municipalities m WHERE m.id = NEW.municipality_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER intervention_derived_fields
  BEFORE INSERT OR UPDATE OF kind_code, hours_per_week ON interventions
  FOR EACH ROW EXECUTE FUNCTION intervention_derived_fields();
-- ALWAYS: the demo seed inserts with session_replication_role = replica, which skips other triggers.
ALTER TABLE interventions ENABLE ALWAYS TRIGGER intervention_derived_fields;

-- A place is for stays: its legal basis must be a stay basis (§§ 107–110, ABL § 105). Checked when a
-- place is created or its basis changed; existing places keep theirs.
CREATE FUNCTION place_basis_is_stay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' OR NEW.legal_basis IS DISTINCT FROM OLD.legal_basis)
     AND NOT EXISTS (SELECT 1 FROM legal_bases l WHERE l.code = NEW.legal_basis AND l.stay) THEN
    RAISE EXCEPTION 'legal basis % is not a basis for a place', NEW.legal_basis
      USING ERRCODE = 'check_violation', CONSTRAINT = 'place_legal_basis_stay';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER place_basis_is_stay
  BEFORE INSERT OR UPDATE OF legal_basis ON places
  FOR EACH ROW EXECUTE FUNCTION place_basis_is_stay();
ALTER TABLE places ENABLE ALWAYS TRIGGER place_basis_is_stay;
