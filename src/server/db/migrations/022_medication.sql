-- Medication (issue 13): the medicine card, who may change it, tapering plans, effect and side-effect
-- observations, and each facility's medicine settings. The rules: shared/data/medicin.json.
-- Everything here is a health record: read by those treating the citizen now (access/citizen.ts,
-- treatingNow), kept for the health-record period (health_record_retention, kind 'health').

-- The medicine permission is a qualification on the user, granted by a leader: a nurse, or staff who
-- have passed the medicine course (medicinkursus). Revoked, never deleted.
CREATE TABLE user_qualifications (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  qualification text NOT NULL CHECK (qualification IN ('nurse', 'medicine_course')),
  granted_by uuid NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  valid_until date,
  revoked_by uuid,
  revoked_at timestamptz,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, granted_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, revoked_by) REFERENCES users (municipality_id, id),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- One running grant per user and qualification.
CREATE UNIQUE INDEX user_qualifications_one_running ON user_qualifications (municipality_id, user_id, qualification) WHERE revoked_at IS NULL;
SELECT mestring_tenant_table('user_qualifications', '{SELECT,INSERT}', update_columns => '{revoked_by,revoked_at}');

-- A line on the citizen's medicine card (the agency's checklist, medicin.json medicineListLine).
-- The row holds the current version; medicine_line_versions holds every version (who, what, when).
CREATE TABLE medicine_lines (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('fixed', 'pn')),
  trade_name text NOT NULL DEFAULT '' CHECK (length(trade_name) <= 200),
  generic_name text NOT NULL CHECK (length(generic_name) BETWEEN 2 AND 200),
  atc_code text CHECK (atc_code ~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$'),
  form text NOT NULL CHECK (length(form) BETWEEN 2 AND 100),          -- tablet, mikstur, plaster …
  strength text NOT NULL CHECK (length(strength) BETWEEN 1 AND 100),  -- "500 mg", "2 mg/ml"
  dose_unit text NOT NULL CHECK (length(dose_unit) BETWEEN 1 AND 30), -- what a dose counts: stk, ml, mg …
  single_dose numeric(10, 3) NOT NULL CHECK (single_dose > 0),
  -- Fixed lines: the times of day and the dose at each, e.g. [{"time":"08:00","dose":1},{"time":"20:00","dose":2}].
  schedule jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(schedule) = 'array'),
  daily_dose numeric(10, 3) CHECK (daily_dose > 0),
  -- PN lines: the most that may be given within 24 hours (rolling or per calendar day: medication_settings).
  pn_max_per_24h numeric(10, 3) CHECK (pn_max_per_24h > 0),
  indication text NOT NULL CHECK (length(indication) BETWEEN 5 AND 500),
  instructions text NOT NULL DEFAULT '' CHECK (length(instructions) <= 2000),
  prescriber text NOT NULL CHECK (length(prescriber) BETWEEN 2 AND 200),
  dose_dispensed boolean NOT NULL DEFAULT false,  -- packed by the pharmacy (dosisdispensering)
  start_date date NOT NULL,
  stop_date date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'stopped')),
  status_reason text NOT NULL DEFAULT '' CHECK (length(status_reason) <= 500),
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id),
  CHECK (stop_date IS NULL OR stop_date >= start_date),
  CHECK (kind <> 'pn' OR pn_max_per_24h IS NOT NULL),
  CHECK (kind <> 'fixed' OR jsonb_array_length(schedule) > 0),
  CHECK (status = 'active' OR length(status_reason) >= 3)
);
CREATE INDEX medicine_lines_citizen ON medicine_lines (municipality_id, citizen_id);
SELECT mestring_tenant_table('medicine_lines', '{SELECT,INSERT}', update_columns =>
  '{kind,trade_name,generic_name,atc_code,form,strength,dose_unit,single_dose,schedule,daily_dose,pn_max_per_24h,indication,instructions,prescriber,dose_dispensed,start_date,stop_date,status,status_reason,version,updated_by,updated_at}');

-- Every version of a line, append-only: the line as it was after the change.
CREATE TABLE medicine_line_versions (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  line_id uuid NOT NULL,
  version int NOT NULL,
  change text NOT NULL CHECK (change IN ('created', 'changed', 'paused', 'resumed', 'stopped')),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  line jsonb NOT NULL,
  changed_by uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, line_id, version),
  FOREIGN KEY (municipality_id, line_id) REFERENCES medicine_lines (municipality_id, id),
  FOREIGN KEY (municipality_id, changed_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('medicine_line_versions', '{SELECT,INSERT}');

-- Tapering (nedtrapning): dated steps; from each step's date the round gives its dose at every time
-- of the line's schedule (a dose of 0 leaves the time out).
CREATE TABLE medicine_tapering_steps (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  line_id uuid NOT NULL,
  from_date date NOT NULL,
  dose numeric(10, 3) NOT NULL CHECK (dose >= 0),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, line_id, from_date),
  FOREIGN KEY (municipality_id, line_id) REFERENCES medicine_lines (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('medicine_tapering_steps', '{SELECT,INSERT,DELETE}');

-- Per facility (or unit; nearest up the tree applies, else the defaults): how the PN maximum is
-- counted, and when frequent PN use calls for a review with the doctor.
CREATE TABLE medication_settings (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  org_unit_id uuid NOT NULL,
  pn_window text NOT NULL DEFAULT 'rolling_24h' CHECK (pn_window IN ('rolling_24h', 'calendar_day')),
  pn_review_doses int NOT NULL DEFAULT 10 CHECK (pn_review_doses > 0),
  pn_review_days int NOT NULL DEFAULT 7 CHECK (pn_review_days BETWEEN 1 AND 90),
  effect_reminder_minutes int NOT NULL DEFAULT 60 CHECK (effect_reminder_minutes BETWEEN 10 AND 720),
  late_after_minutes int NOT NULL DEFAULT 60 CHECK (late_after_minutes BETWEEN 10 AND 360),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, org_unit_id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('medication_settings', '{SELECT,INSERT}', update_columns =>
  '{pn_window,pn_review_doses,pn_review_days,effect_reminder_minutes,late_after_minutes,updated_by,updated_at}');

-- An observation of effect or of a side effect against a line, fixed or PN; a serious side effect
-- (or repeated refusals) prompts contact with the doctor, recorded in doctor_contact_*.
CREATE TABLE medicine_observations (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  line_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('effect', 'side_effect')),
  severity text CHECK (severity IN ('mild', 'moderate', 'serious')),
  text text NOT NULL CHECK (length(text) BETWEEN 3 AND 4000),
  observed_at timestamptz NOT NULL,
  doctor_contacted_at timestamptz,
  doctor_contact_note text NOT NULL DEFAULT '' CHECK (length(doctor_contact_note) <= 2000),
  doctor_contacted_by uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, line_id) REFERENCES medicine_lines (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, doctor_contacted_by) REFERENCES users (municipality_id, id),
  CHECK ((kind = 'side_effect') = (severity IS NOT NULL)),
  CHECK ((doctor_contacted_at IS NULL) = (doctor_contacted_by IS NULL))
);
CREATE INDEX medicine_observations_citizen ON medicine_observations (municipality_id, citizen_id, observed_at DESC);
SELECT mestring_tenant_table('medicine_observations', '{SELECT,INSERT}', update_columns => '{doctor_contacted_at,doctor_contact_note,doctor_contacted_by}');

-- A small catalogue of common generic names for the card's picker (the demo's and a new tenant's
-- start). The national price list (Medicinpriser) import is the integration point for a real one.
CREATE TABLE drug_catalogue (
  generic_name text PRIMARY KEY,
  atc_code text,
  forms text[] NOT NULL DEFAULT '{}',
  strengths text[] NOT NULL DEFAULT '{}'
);
GRANT SELECT ON drug_catalogue TO mestring_app;

-- Common generic names on botilbud for adults (psychiatry, brain injury, autism, somatic basics), with
-- their WHO ATC codes: the picker's start. Free text stays allowed on the card.
INSERT INTO drug_catalogue (generic_name, atc_code, forms, strengths) VALUES
  ('paracetamol', 'N02BE01', '{tablet,filmovertrukken tablet,stikpille,mikstur}', '{500 mg,1 g,24 mg/ml}'),
  ('ibuprofen', 'M01AE01', '{tablet,filmovertrukken tablet}', '{200 mg,400 mg,600 mg}'),
  ('naproxen', 'M01AE02', '{tablet}', '{250 mg,500 mg}'),
  ('tramadol', 'N02AX02', '{kapsel,depottablet}', '{50 mg,100 mg}'),
  ('morphin', 'N02AA01', '{tablet,depottablet,mikstur}', '{10 mg,30 mg,2 mg/ml}'),
  ('quetiapin', 'N05AH04', '{tablet,depottablet}', '{25 mg,50 mg,100 mg,200 mg,300 mg}'),
  ('olanzapin', 'N05AH03', '{tablet,smeltetablet}', '{"2,5 mg",5 mg,10 mg,20 mg}'),
  ('clozapin', 'N05AH02', '{tablet}', '{25 mg,100 mg}'),
  ('risperidon', 'N05AX08', '{tablet,mikstur}', '{"0,5 mg",1 mg,2 mg,1 mg/ml}'),
  ('aripiprazol', 'N05AX12', '{tablet}', '{5 mg,10 mg,15 mg}'),
  ('haloperidol', 'N05AD01', '{tablet,mikstur}', '{1 mg,2 mg,2 mg/ml}'),
  ('chlorprothixen', 'N05AF03', '{tablet}', '{15 mg,50 mg}'),
  ('zuclopenthixol', 'N05AF05', '{tablet}', '{2 mg,10 mg}'),
  ('levomepromazin', 'N05AA02', '{tablet}', '{5 mg,25 mg}'),
  ('lithium', 'N05AN01', '{depottablet}', '{6 mmol,12 mmol}'),
  ('sertralin', 'N06AB06', '{tablet}', '{50 mg,100 mg}'),
  ('escitalopram', 'N06AB10', '{tablet}', '{5 mg,10 mg,20 mg}'),
  ('citalopram', 'N06AB04', '{tablet}', '{10 mg,20 mg,40 mg}'),
  ('fluoxetin', 'N06AB03', '{kapsel}', '{20 mg}'),
  ('mirtazapin', 'N06AX11', '{tablet,smeltetablet}', '{15 mg,30 mg,45 mg}'),
  ('venlafaxin', 'N06AX16', '{depotkapsel}', '{75 mg,150 mg}'),
  ('duloxetin', 'N06AX21', '{kapsel}', '{30 mg,60 mg}'),
  ('methylphenidat', 'N06BA04', '{tablet,depottablet}', '{10 mg,18 mg,36 mg}'),
  ('valproat', 'N03AG01', '{depottablet,mikstur}', '{300 mg,500 mg,60 mg/ml}'),
  ('lamotrigin', 'N03AX09', '{tablet}', '{25 mg,50 mg,100 mg,200 mg}'),
  ('levetiracetam', 'N03AX14', '{tablet}', '{250 mg,500 mg,1000 mg}'),
  ('carbamazepin', 'N03AF01', '{tablet,depottablet}', '{200 mg,400 mg}'),
  ('oxcarbazepin', 'N03AF02', '{tablet}', '{300 mg,600 mg}'),
  ('pregabalin', 'N03AX16', '{kapsel}', '{25 mg,75 mg,150 mg}'),
  ('gabapentin', 'N03AX12', '{kapsel,tablet}', '{300 mg,400 mg,600 mg}'),
  ('clonazepam', 'N03AE01', '{tablet}', '{"0,5 mg",2 mg}'),
  ('diazepam', 'N05BA01', '{tablet,rektalvæske}', '{2 mg,5 mg,10 mg}'),
  ('oxazepam', 'N05BA04', '{tablet}', '{15 mg}'),
  ('lorazepam', 'N05BA06', '{tablet}', '{1 mg,"2,5 mg"}'),
  ('melatonin', 'N05CH01', '{depottablet,tablet}', '{2 mg,3 mg,5 mg}'),
  ('zopiclon', 'N05CF01', '{tablet}', '{"3,75 mg","7,5 mg"}'),
  ('propranolol', 'C07AA05', '{tablet}', '{10 mg,40 mg}'),
  ('metformin', 'A10BA02', '{tablet}', '{500 mg,850 mg,1 g}'),
  ('simvastatin', 'C10AA01', '{tablet}', '{20 mg,40 mg}'),
  ('atorvastatin', 'C10AA05', '{tablet}', '{10 mg,20 mg,40 mg}'),
  ('amlodipin', 'C08CA01', '{tablet}', '{5 mg,10 mg}'),
  ('levothyroxin', 'H03AA01', '{tablet}', '{25 mikrogram,50 mikrogram,100 mikrogram}'),
  ('omeprazol', 'A02BC01', '{enterokapsel}', '{20 mg,40 mg}'),
  ('pantoprazol', 'A02BC02', '{enterotablet}', '{20 mg,40 mg}'),
  ('macrogol', 'A06AD15', '{pulver til oral opløsning}', '{10 g,"13,8 g"}'),
  ('laktulose', 'A06AD11', '{oral opløsning}', '{667 mg/ml}'),
  ('metoclopramid', 'A03FA01', '{tablet}', '{10 mg}'),
  ('cetirizin', 'R06AE07', '{tablet}', '{10 mg}'),
  ('baclofen', 'M03BX01', '{tablet}', '{10 mg,25 mg}'),
  ('naltrexon', 'N07BB04', '{tablet}', '{50 mg}'),
  ('disulfiram', 'N07BB01', '{brusetablet}', '{200 mg,400 mg}'),
  ('nikotin', 'N07BA01', '{depotplaster,sugetablet,tyggegummi}', '{14 mg/24 timer,2 mg,4 mg}');
