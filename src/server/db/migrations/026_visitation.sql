-- Issue 14 (C1, C3): what visitation stands on. Facility profiles (approved target groups and legal
-- bases stay on the places), the places' physical standards, referrals with the § 141 action plan
-- and an FFB assessment, their documents, the matching committee's transitions, versioned matching
-- weights and the rankings made with them, interim purchased places, re-visitation reports, planned
-- new places, and case-processing deadlines as configuration. The rules live in src/domain/visitation.

-- 1. Methods and specialisations a profile names and a referral asks for. The four specialisation
--    codes spelled like the referral flags are how a flag counts as covered (domain/visitation/matching.ts).
CREATE TABLE visitation_methods (
  code text PRIMARY KEY CHECK (code ~ '^[a-zA-Z_]{2,40}$'),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('method', 'specialisation')),
  sort_order int NOT NULL
);
INSERT INTO visitation_methods (code, name, kind, sort_order) VALUES
  ('outwardReacting', 'Udadreagerende adfærd', 'specialisation', 1),
  ('substanceUse', 'Rusmiddelbrug', 'specialisation', 2),
  ('somaticCare', 'Somatisk pleje', 'specialisation', 3),
  ('dementia', 'Demens', 'specialisation', 4),
  ('autism', 'Autismespektrumforstyrrelser', 'specialisation', 5),
  ('brain_injury', 'Erhvervet hjerneskade', 'specialisation', 6),
  ('visual_impairment', 'Synshandicap', 'specialisation', 7),
  ('dual_diagnosis', 'Dobbeltdiagnose (psykisk lidelse og misbrug)', 'specialisation', 8),
  ('intellectual_disability', 'Udviklingshæmning', 'specialisation', 9),
  ('recovery', 'Recovery-orienteret praksis', 'method', 20),
  ('low_arousal', 'Low arousal', 'method', 21),
  ('krap', 'KRAP (kognitiv, ressourcefokuseret og anerkendende pædagogik)', 'method', 22),
  ('teacch', 'TEACCH', 'method', 23),
  ('mentalisation', 'Mentaliseringsbaseret pædagogik', 'method', 24),
  ('neuropedagogy', 'Neuropædagogik', 'method', 25),
  ('social_skills', 'Social færdighedstræning', 'method', 26),
  ('housing_first', 'Housing First', 'method', 27),
  ('gentle_teaching', 'Gentle Teaching', 'method', 28),
  ('nada', 'NADA (øreakupunktur)', 'method', 29);
GRANT SELECT ON visitation_methods TO mestring_app;

-- 2. The physical standard of each place (the hard rules' wheelchair, bath, kitchen and area).
ALTER TABLE places
  ADD COLUMN wheelchair_accessible boolean NOT NULL DEFAULT false,
  ADD COLUMN own_bath boolean NOT NULL DEFAULT false,
  ADD COLUMN own_kitchen boolean NOT NULL DEFAULT false,
  ADD COLUMN area_m2 numeric(5, 1) CHECK (area_m2 > 0 AND area_m2 < 1000);
GRANT UPDATE (wheelchair_accessible, own_bath, own_kitchen, area_m2) ON places TO mestring_app;

-- 3. A profile per facility and per unit; a unit's row refines its facility's (NULL: as the
--    facility; its lists add to the facility's). Tilbudsportalen's published facts (tilbudsportalen.json
--    'stamoplysninger') plus what matching reads. Approved legal bases and target groups are the places'.
CREATE TABLE org_unit_profiles (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  org_unit_id uuid NOT NULL,
  tilbudsportalen_id text CHECK (tilbudsportalen_id ~ '^[0-9]{1,12}$'),
  address text CHECK (length(address) BETWEEN 1 AND 300),
  phone text CHECK (length(phone) BETWEEN 1 AND 40),
  website text CHECK (length(website) BETWEEN 1 AND 300),
  public_description text NOT NULL DEFAULT '' CHECK (length(public_description) <= 5000),
  area_municipality_code text REFERENCES danish_municipalities (code),
  district text CHECK (length(district) BETWEEN 1 AND 100),
  age_from int CHECK (age_from BETWEEN 18 AND 130),
  age_to int CHECK (age_to BETWEEN 18 AND 130),
  methods text[] NOT NULL DEFAULT '{}',
  exclusion_criteria text[] NOT NULL DEFAULT '{}'
    CHECK (exclusion_criteria <@ ARRAY['outwardReacting', 'substanceUse', 'somaticCare', 'dementia', 'wheelchair']),
  max_support_level int CHECK (max_support_level BETWEEN 0 AND 4),
  daily_rate_dkk numeric(10, 2) CHECK (daily_rate_dkk >= 0),
  pets_allowed boolean,
  version int NOT NULL DEFAULT 1,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, org_unit_id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id),
  CHECK ((age_from IS NULL) = (age_to IS NULL) AND (age_to IS NULL OR age_to >= age_from))
);
SELECT mestring_tenant_table('org_unit_profiles', '{SELECT,INSERT}', update_columns =>
  '{tilbudsportalen_id,address,phone,website,public_description,area_municipality_code,district,age_from,age_to,methods,exclusion_criteria,max_support_level,daily_rate_dkk,pets_allowed,version,updated_by,updated_at}');

-- 4. Referral types and their case-processing deadline (days from received to decided). The
--    defaults are the product's own choice, not found in law; a municipality sets its own (5).
CREATE TABLE referral_types (
  code text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  default_deadline_days int NOT NULL CHECK (default_deadline_days BETWEEN 1 AND 365),
  sort_order int NOT NULL
);
INSERT INTO referral_types (code, name, default_deadline_days, sort_order) VALUES
  ('new', 'Ny henvisning', 56, 1),
  ('revisitation', 'Revisitation', 42, 2),
  ('acute', 'Akut henvisning', 7, 3);
GRANT SELECT ON referral_types TO mestring_app;

-- 5. A municipality's own deadline for a referral type, with where it comes from.
CREATE TABLE referral_deadlines (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  type_code text NOT NULL REFERENCES referral_types (code),
  days int NOT NULL CHECK (days BETWEEN 1 AND 365),
  source text NOT NULL CHECK (length(source) BETWEEN 3 AND 2000),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, type_code),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('referral_deadlines', '{SELECT,INSERT}', update_columns => '{days,source,updated_by,updated_at}');

-- 6. The referral (henvisning): the case worker's request for a stay, with the § 141 action plan
--    (purpose, interventions needed, expected duration, other matters), what matching reads, and the
--    committee's state. `state` is the last transition's to_state (7); `version` guards every change.
CREATE TABLE referrals (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  type_code text NOT NULL REFERENCES referral_types (code),
  -- Re-visitation: the referral this one follows, and what the facility reported (10).
  previous_referral_id uuid,
  revisitation_report_id uuid,
  case_worker_id uuid NOT NULL,
  received_on date NOT NULL,
  legal_basis text NOT NULL REFERENCES legal_bases (code),
  flags text[] NOT NULL DEFAULT '{}'
    CHECK (flags <@ ARRAY['outwardReacting', 'substanceUse', 'somaticCare', 'dementia', 'wheelchair']),
  methods_wanted text[] NOT NULL DEFAULT '{}',
  urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'acute')),
  support_need_code text REFERENCES ffb_concepts (code),
  plan_purpose text NOT NULL CHECK (length(btrim(plan_purpose)) BETWEEN 1 AND 5000),
  plan_interventions text NOT NULL CHECK (length(btrim(plan_interventions)) BETWEEN 1 AND 5000),
  plan_expected_duration text NOT NULL CHECK (length(btrim(plan_expected_duration)) BETWEEN 1 AND 500),
  plan_housing text NOT NULL DEFAULT '' CHECK (length(plan_housing) <= 2000),
  plan_employment text NOT NULL DEFAULT '' CHECK (length(plan_employment) <= 2000),
  plan_personal_help text NOT NULL DEFAULT '' CHECK (length(plan_personal_help) <= 2000),
  plan_treatment text NOT NULL DEFAULT '' CHECK (length(plan_treatment) <= 2000),
  plan_aids text NOT NULL DEFAULT '' CHECK (length(plan_aids) <= 2000),
  needs_own_bath boolean NOT NULL DEFAULT false,
  needs_own_kitchen boolean NOT NULL DEFAULT false,
  needs_min_area_m2 numeric(5, 1) CHECK (needs_min_area_m2 > 0 AND needs_min_area_m2 < 1000),
  -- The citizen's wishes in their own words, and what matching can read of them.
  wishes_text text NOT NULL DEFAULT '' CHECK (length(wishes_text) <= 2000),
  wish_municipality_code text REFERENCES danish_municipalities (code),
  wish_district text CHECK (length(wish_district) BETWEEN 1 AND 100),
  family_municipality_code text REFERENCES danish_municipalities (code),
  family_district text CHECK (length(family_district) BETWEEN 1 AND 100),
  wishes_pets boolean NOT NULL DEFAULT false,
  expected_move_in date,
  state text NOT NULL DEFAULT 'submitted'
    CHECK (state IN ('submitted', 'offered', 'accepted', 'accepted_on_condition', 'declined', 'waiting', 'placed', 'refused', 'withdrawn')),
  -- The facility the referral is offered to now (offered, accepted, accepted_on_condition, declined).
  offered_org_unit_id uuid,
  -- When it was decided (placed or refused): what the deadline measures.
  decided_at timestamptz,
  -- The service the committee's decision created (placed).
  intervention_id uuid,
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, previous_referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, case_worker_id) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, offered_org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, intervention_id) REFERENCES interventions (municipality_id, id),
  CHECK (previous_referral_id IS NULL OR previous_referral_id <> id),
  CHECK ((decided_at IS NOT NULL) = (state IN ('placed', 'refused'))),
  CHECK (intervention_id IS NULL OR state = 'placed'),
  CHECK (btrim(plan_housing || plan_employment || plan_personal_help || plan_treatment || plan_aids) <> '')
);
CREATE INDEX referrals_state ON referrals (municipality_id, state, received_on);
CREATE INDEX referrals_citizen ON referrals (municipality_id, citizen_id, received_on DESC);
CREATE INDEX referrals_case_worker ON referrals (municipality_id, case_worker_id, state);
CREATE INDEX referrals_offered ON referrals (municipality_id, offered_org_unit_id) WHERE offered_org_unit_id IS NOT NULL;
SELECT mestring_tenant_table('referrals', '{SELECT,INSERT}', update_columns =>
  '{case_worker_id,legal_basis,flags,methods_wanted,urgency,support_need_code,plan_purpose,plan_interventions,plan_expected_duration,plan_housing,plan_employment,plan_personal_help,plan_treatment,plan_aids,needs_own_bath,needs_own_kitchen,needs_min_area_m2,wishes_text,wish_municipality_code,wish_district,family_municipality_code,family_district,wishes_pets,expected_move_in,state,offered_org_unit_id,decided_at,intervention_id,version}');

-- Target groups sought, in order: position 1 is the primary one (the hard rule), the rest score.
CREATE TABLE referral_target_groups (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  referral_id uuid NOT NULL,
  target_group_code text NOT NULL REFERENCES target_groups (code),
  position int NOT NULL CHECK (position BETWEEN 1 AND 20),
  PRIMARY KEY (municipality_id, referral_id, target_group_code),
  UNIQUE (municipality_id, referral_id, position),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id)
);
SELECT mestring_tenant_table('referral_target_groups', '{SELECT,INSERT,DELETE}');

-- The referral's functional assessment on FFB conditions (KL's codes), rolled up to the six
-- activity-and-participation areas by the domain (ffb.ts conditionArea).
CREATE TABLE referral_assessments (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  referral_id uuid NOT NULL,
  condition_code text NOT NULL REFERENCES ffb_concepts (code),
  level_code text NOT NULL REFERENCES ffb_concepts (code),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  PRIMARY KEY (municipality_id, referral_id, condition_code),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id)
);
SELECT mestring_tenant_table('referral_assessments', '{SELECT,INSERT,DELETE}');

-- Documents sent with a referral, kept in PostgreSQL so processes stay stateless; 10 MB each.
CREATE TABLE referral_documents (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (length(media_type) BETWEEN 3 AND 100),
  size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  content bytea NOT NULL,
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, uploaded_by) REFERENCES users (municipality_id, id),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX referral_documents_referral ON referral_documents (municipality_id, referral_id, uploaded_at);
SELECT mestring_tenant_table('referral_documents', '{SELECT,INSERT}');

-- 7. Each step through the matching committee: one row, who, when, why (domain/visitation/committee.ts).
--    `seq` numbers a referral's steps; UNIQUE on it makes two racing steps from the same state collide.
CREATE TABLE referral_transitions (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  seq int NOT NULL CHECK (seq >= 1),
  action text NOT NULL CHECK (action IN ('submit', 'offer', 'accept', 'accept_on_condition', 'decline', 'place', 'wait', 'refuse', 'withdraw')),
  from_state text,
  to_state text NOT NULL,
  org_unit_id uuid,
  place_id uuid,
  reason text CHECK (length(reason) BETWEEN 1 AND 2000),
  condition text CHECK (length(condition) BETWEEN 1 AND 2000),
  actor_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, referral_id, seq),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, place_id) REFERENCES places (municipality_id, id),
  FOREIGN KEY (municipality_id, actor_id) REFERENCES users (municipality_id, id),
  CHECK ((action = 'submit') = (from_state IS NULL))
);
SELECT mestring_tenant_table('referral_transitions', '{SELECT,INSERT}');

-- 8. Matching weights as configuration, versioned: a version is never changed, a new one is added;
--    the newest is in use. Each ranking records the version it used and what it answered.
CREATE TABLE matching_weight_versions (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  version text NOT NULL CHECK (length(version) BETWEEN 1 AND 60),
  weights jsonb NOT NULL,
  params jsonb NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, version),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX matching_weight_versions_newest ON matching_weight_versions (municipality_id, created_at DESC);
SELECT mestring_tenant_table('matching_weight_versions', '{SELECT,INSERT}');

CREATE TABLE referral_rankings (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  weights_version text NOT NULL,
  ranked_on date NOT NULL,
  result jsonb NOT NULL,
  ranked_by uuid NOT NULL,
  ranked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, weights_version) REFERENCES matching_weight_versions (municipality_id, version),
  FOREIGN KEY (municipality_id, ranked_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX referral_rankings_referral ON referral_rankings (municipality_id, referral_id, ranked_at DESC);
SELECT mestring_tenant_table('referral_rankings', '{SELECT,INSERT}');

-- 9. An interim measure while the citizen waits: a place bought from another provider, with its
--    daily cost and the municipality's own rate it is compared with (the extra cost runs per day).
CREATE TABLE purchased_places (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  citizen_id uuid NOT NULL,
  provider_name text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 200),
  provider_municipality_code text REFERENCES danish_municipalities (code),
  legal_basis text NOT NULL REFERENCES legal_bases (code),
  daily_rate_dkk numeric(10, 2) NOT NULL CHECK (daily_rate_dkk > 0),
  own_daily_rate_dkk numeric(10, 2) NOT NULL CHECK (own_daily_rate_dkk >= 0),
  start_date date NOT NULL,
  end_date date,
  intervention_id uuid,
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, intervention_id) REFERENCES interventions (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX purchased_places_referral ON purchased_places (municipality_id, referral_id);
SELECT mestring_tenant_table('purchased_places', '{SELECT,INSERT}', update_columns => '{daily_rate_dkk,own_daily_rate_dkk,end_date,version}');

-- 10. Re-visitation: a facility reports that a resident's needs have changed; the case worker
--     answers by opening a new referral linked to the old one (referrals.revisitation_report_id).
CREATE TABLE revisitation_reports (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  referral_id uuid,
  what_changed text NOT NULL CHECK (length(btrim(what_changed)) BETWEEN 1 AND 5000),
  reported_by uuid NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals (municipality_id, id),
  FOREIGN KEY (municipality_id, reported_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX revisitation_reports_citizen ON revisitation_reports (municipality_id, citizen_id, reported_at DESC);
SELECT mestring_tenant_table('revisitation_reports', '{SELECT,INSERT}');
ALTER TABLE referrals ADD FOREIGN KEY (municipality_id, revisitation_report_id) REFERENCES revisitation_reports (municipality_id, id);

-- 11. Places planned but not yet open (seed 002's 17 new places): the forecast opens them on their day.
CREATE TABLE planned_places (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  legal_basis text NOT NULL REFERENCES legal_bases (code),
  places int NOT NULL CHECK (places BETWEEN 1 AND 500),
  opens_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('planned_places', '{SELECT,INSERT,DELETE}');
