-- Account safety (issue 10): one-time passwords, the audit mark of sessions begun with one, the
-- log of granted roles that read citizens' records, and login attempts reserved before checking.

-- A password set by an admin (new user, reset) must be changed at first use. Demo users and users
-- who chose their own password have false.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- A session that began with an admin-set password: every request of it is marked in the audit log,
-- so a colleague's reads made by whoever knew that password stand apart.
ALTER TABLE sessions ADD COLUMN began_with_admin_password boolean NOT NULL DEFAULT false;
ALTER TABLE audit_log ADD COLUMN via_admin_password boolean NOT NULL DEFAULT false;

-- An attempt is reserved (succeeded IS NULL) before the password is checked, so concurrent guesses
-- count against the limit; a reservation never settled counts as a failure.
ALTER TABLE login_attempts ALTER COLUMN succeeded DROP NOT NULL;
CREATE INDEX login_attempts_user_ip ON login_attempts (username, ip, at);

-- Roles that read citizens' records, as granted: append-only, shown to the leaders of the unit.
CREATE TABLE role_grants (
  id bigserial PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('staff', 'unit_leader', 'facility_leader', 'center_manager', 'case_worker', 'consultant')),
  org_unit_id uuid NOT NULL REFERENCES org_units(id),
  granted_by uuid NOT NULL REFERENCES users(id)
);
CREATE INDEX role_grants_unit ON role_grants (municipality_id, org_unit_id, at DESC);

GRANT SELECT, INSERT ON role_grants TO mestring_app;
GRANT USAGE ON SEQUENCE role_grants_id_seq TO mestring_app;
ALTER TABLE role_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON role_grants
  USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid)
  WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
