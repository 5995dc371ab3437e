-- A stored ranking is written once and read back whole, never queried inside (issue 14's bench:
-- one referral against 1,200 places, ≈125 kB of candidates with their reasons). As jsonb every
-- ranking was parsed into PostgreSQL's binary form on insert, and compressed: together a third of
-- the request's database time. As json it is checked and kept as the text it is, uncompressed
-- (EXTERNAL: out of line, not compressed — a few rankings per referral, so the disk is no matter).
ALTER TABLE referral_rankings ALTER COLUMN result TYPE json USING result::json;
ALTER TABLE referral_rankings ALTER COLUMN result SET STORAGE EXTERNAL;

-- The resident mix reads each current resident's latest placed referral: in this order from the
-- index, without sorting every placed referral of the municipality per ranking.
CREATE INDEX referrals_placed_latest ON referrals (municipality_id, citizen_id, decided_at DESC, received_on DESC, id) INCLUDE (flags) WHERE state = 'placed';
