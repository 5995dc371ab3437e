-- Mine borgere shows each citizen's next follow-up: the citizen's active goals in date order, read
-- straight from this index instead of walking the municipality's due list for every citizen.
CREATE INDEX goals_citizen_next ON goals (municipality_id, citizen_id, next_follow_up_date) WHERE status = 'active';
