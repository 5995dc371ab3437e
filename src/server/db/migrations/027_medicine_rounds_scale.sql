-- Medicine rounds at a year's scale (issue 13: ~10 million administrations).
--
-- The link from an adverse event to the round registration it arose from (024 left it without its
-- foreign key): now a reference by the full tenant key. An event about no registration keeps NULL.
-- The index serves the key's checks and "events of this registration".
ALTER TABLE adverse_events
  ADD CONSTRAINT adverse_events_administration_fkey
  FOREIGN KEY (municipality_id, administration_id) REFERENCES medicine_administrations (municipality_id, id);
CREATE INDEX adverse_events_administration ON adverse_events (municipality_id, administration_id) WHERE administration_id IS NOT NULL;

-- PN doses by time across a municipality's units: the leader's list of doses over the maximum or
-- missing their effect (per unit, the last week) and the incidents dashboard's PN trend read a range
-- of given_at here instead of every PN dose of the municipality.
CREATE INDEX medicine_administrations_pn_given ON medicine_administrations (municipality_id, given_at) WHERE scheduled_for IS NULL;
