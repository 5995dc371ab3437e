-- Cover (vagtdækning): a staff member covering another unit of their facility for a shift gets the
-- same access as that unit's staff until the cover ends. Time-limited (at most 12 hours), with a
-- reason; ended early by the staff member or a leader. Rows are kept (who covered what, when).
CREATE TABLE unit_covers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  user_id uuid NOT NULL REFERENCES users(id),
  unit_id uuid NOT NULL REFERENCES org_units(id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 3 AND 500),
  starts_at timestamptz NOT NULL DEFAULT now(),
  ends_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '12 hours'),
  CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
-- The session lookup asks for a user's covers that have not ended yet.
CREATE INDEX unit_covers_user ON unit_covers (user_id, ends_at);
CREATE INDEX unit_covers_unit ON unit_covers (municipality_id, unit_id, ends_at);

GRANT SELECT, INSERT ON unit_covers TO mestring_app;
GRANT UPDATE (ended_at, ended_by) ON unit_covers TO mestring_app;
ALTER TABLE unit_covers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON unit_covers
  USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid)
  WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
