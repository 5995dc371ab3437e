-- Place validity: the days a place existed, [active_from, active_until) like every period of care
-- (active_until is the first day it no longer counts; NULL while the place is in use). Occupancy
-- over a period divides occupied place-days by the place-days inside each place's validity.
ALTER TABLE places
  ADD COLUMN active_from date NOT NULL DEFAULT current_date,
  ADD COLUMN active_until date;

-- Existing places: valid from the day they were registered, or from their first placement if that
-- is earlier (a municipality registering its places when it starts with Mestring records residents
-- who moved in years before). A deactivated place closes after its last move-out: the day it was
-- deactivated was not recorded, and counting it up to this migration would invent vacant days.
UPDATE places p
   SET active_from = least(x.registered, x.first_start),
       active_until = CASE WHEN p.active THEN NULL ELSE greatest(least(x.registered, x.first_start), x.last_end) END
  FROM (SELECT q.id, (q.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS registered,
               min(i.start_date) AS first_start, max(i.end_date) AS last_end
          FROM places q LEFT JOIN interventions i ON i.place_id = q.id
         GROUP BY q.id) x
 WHERE x.id = p.id;

ALTER TABLE places
  ADD CONSTRAINT places_validity CHECK (active_until IS NULL OR active_until >= active_from),
  -- A place is active exactly while its validity is open.
  ADD CONSTRAINT places_active_while_valid CHECK (active = (active_until IS NULL));

-- Behind the API's checks, the database keeps every placement inside its place's validity, so
-- occupied place-days never fall outside the available ones (as the exclusion constraint keeps a
-- place to one citizen at a time).
CREATE FUNCTION placement_within_place_validity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.place_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM places p
        WHERE p.id = NEW.place_id
          AND daterange(p.active_from, p.active_until, '[)') @> daterange(NEW.start_date, NEW.end_date, '[)')) THEN
    RAISE EXCEPTION 'placement outside the validity of place %', NEW.place_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placement_within_place_validity';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER placement_within_place_validity
  BEFORE INSERT OR UPDATE OF place_id, start_date, end_date ON interventions
  FOR EACH ROW EXECUTE FUNCTION placement_within_place_validity();

CREATE FUNCTION place_validity_keeps_placements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
       SELECT 1 FROM interventions i
        WHERE i.place_id = NEW.id
          AND NOT daterange(NEW.active_from, NEW.active_until, '[)') @> daterange(i.start_date, i.end_date, '[)')) THEN
    RAISE EXCEPTION 'place % would leave a placement outside its validity', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placement_within_place_validity';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER place_validity_keeps_placements
  BEFORE UPDATE OF active_from, active_until ON places
  FOR EACH ROW EXECUTE FUNCTION place_validity_keeps_placements();
