-- What a ranking reads that seldom changes — the places with their target groups and standards, the
-- units and the profiles — is kept in the server's memory per municipality, tagged with the version
-- below (features/matching/loader.ts). Every change to those tables gives the municipality a new
-- random version in the same transaction, so a ranking that reads another version than the one it
-- holds reads them again. Random, not a counter: test databases are copies of one seeded database,
-- and two copies share a version only while they hold the same rows.
CREATE TABLE matching_data_versions (
  municipality_id uuid PRIMARY KEY REFERENCES municipalities (id),
  version uuid NOT NULL
);
INSERT INTO matching_data_versions SELECT id, gen_random_uuid() FROM municipalities;
SELECT mestring_tenant_table('matching_data_versions', '{SELECT}');

-- Runs as the owner: the app role only reads the versions. Statement-level, over the rows changed.
CREATE FUNCTION matching_data_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO matching_data_versions AS v (municipality_id, version)
  SELECT m, gen_random_uuid() FROM (SELECT DISTINCT municipality_id AS m FROM changed) d
  ON CONFLICT (municipality_id) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION matching_data_changed() FROM PUBLIC;

-- ALWAYS: the demo seed inserts with session_replication_role = replica, which skips other triggers.
DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['places', 'place_target_groups', 'org_units', 'org_unit_profiles'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION matching_data_changed()', tbl || '_matching_insert', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION matching_data_changed()', tbl || '_matching_update', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION matching_data_changed()', tbl || '_matching_delete', tbl);
    EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER %I, ENABLE ALWAYS TRIGGER %I, ENABLE ALWAYS TRIGGER %I', tbl, tbl || '_matching_insert', tbl || '_matching_update', tbl || '_matching_delete');
  END LOOP;
END $$;
