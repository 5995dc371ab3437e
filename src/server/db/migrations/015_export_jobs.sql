-- Large exports run as jobs (issue 11): a user asks for a file, a background job reads (audited, in
-- the user's name) and renders it, and the user downloads it from here until it expires. The file
-- holds citizen data, so the row is the tenant's and only its requester ever gets it.
CREATE TABLE export_jobs (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The user the read runs as. No foreign key yet: users has no (municipality_id, id) key to point
  -- at until migration 014 adds the composite keys; a tenant table refers to another by both.
  requested_by uuid NOT NULL,
  -- The export's kind (its audit entity, e.g. 'citizen_list') and its validated request: filters,
  -- never a CPR number (the kinds' schemas refuse one).
  kind text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  -- The request's address and admin-password mark, so the job's audit row reads as the request's.
  ip text,
  via_admin_password boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'expired')),
  progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  -- Every citizen the export holds, from its audited read: the download's audit row names them too.
  citizen_ids uuid[] NOT NULL DEFAULT '{}',
  file_name text,
  content_type text,
  file bytea,
  -- A failure the requester may read (Danish), never a stack or personal data.
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  PRIMARY KEY (municipality_id, id),
  -- A file exists only on a finished export: a failed render leaves none behind.
  CHECK ((file IS NOT NULL) = (status = 'done')),
  CHECK ((finished_at IS NULL) = (status IN ('queued', 'running')))
);
-- A user's own exports, newest first (the list and the cap on running ones).
CREATE INDEX export_jobs_requester ON export_jobs (municipality_id, requested_by, created_at DESC);
-- The daily clean-up finds files past their time.
CREATE INDEX export_jobs_expiry ON export_jobs (expires_at) WHERE file IS NOT NULL;

GRANT SELECT, INSERT ON export_jobs TO mestring_app;
GRANT UPDATE (status, progress, citizen_ids, file_name, content_type, file, error, finished_at) ON export_jobs TO mestring_app;
ALTER TABLE export_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON export_jobs
  USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid)
  WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
