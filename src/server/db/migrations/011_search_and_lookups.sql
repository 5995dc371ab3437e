-- Name search folds Danish letters both ways: "norgaard", "noergaard" and "Nørgaard" are one name, as
-- are "Aase" and "Åse", "Baerbaek" and "Bærbæk". Each of æ/ae, ø/oe, å/aa folds to its plain vowel
-- (so a name typed on a keyboard without æøå is found too), other accents are dropped, case ignored.
-- Plain SQL without extensions, IMMUTABLE so it can be indexed; the query folds the search text the
-- same way (features/citizens/queries.ts).
CREATE FUNCTION fold_danish(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT replace(regexp_replace(
             lower(translate(t, 'ÆØÅÄÖÜÉÈÊËÁÀÂÍÌÓÒÔÚÙæøåäöüéèêëáàâíìóòôúù', 'AOAAOUEEEEAAAIIOOOUUaoaaoueeeeaaaiiooouu')),
             'a[ae]', 'a', 'g'), 'oe', 'o')
  $$;

DROP INDEX IF EXISTS citizens_tenant_name;
CREATE INDEX citizens_name_folded ON citizens USING gin (fold_danish(first_name || ' ' || last_name) gin_trgm_ops);

-- A registration whose CPR number is already known is a lookup of that citizen: audited as entity
-- 'cpr_match' and limited per user (features/citizens/cpr-match.ts counts a user's recent ones here).
CREATE INDEX audit_log_cpr_matches ON audit_log (user_id, at) WHERE entity = 'cpr_match';
