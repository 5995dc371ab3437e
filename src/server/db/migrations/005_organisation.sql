-- C1 (organisation and users): an admin who deactivates a user, or sets a new password for them,
-- ends that user's sessions in the same transaction as the change. The request role may delete
-- sessions only of users it can see, i.e. of its own municipality (users is under RLS).
-- The sessions table has no tenant column; the connection's own role (owner) still reads and
-- writes every session for login and the session hook, since RLS does not apply to the owner.
GRANT SELECT (user_id), DELETE ON sessions TO mestring_app;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_users ON sessions TO mestring_app
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = sessions.user_id));
