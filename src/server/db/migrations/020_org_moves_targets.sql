-- Organisation changes and targets as data (issue 12, points 7 and 8).

-- Moves of an org unit to another parent (a reorganisation). The unit keeps its id, so every figure
-- kept per unit (places, placements, covers, roles) follows it; its subtree's paths are rewritten in
-- the move's transaction. This table is the history: where it hung before, where after, from when and
-- who moved it.
CREATE TABLE org_unit_moves (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  from_parent_id uuid NOT NULL,
  to_parent_id uuid NOT NULL,
  -- The day the unit belongs to its new parent (the reorganisation's date; not after the day it was recorded).
  effective_date date NOT NULL,
  moved_by uuid NOT NULL,
  moved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, from_parent_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, to_parent_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, moved_by) REFERENCES users (municipality_id, id),
  CHECK (from_parent_id <> to_parent_id),
  CHECK (org_unit_id <> to_parent_id)
);
CREATE INDEX org_unit_moves_unit ON org_unit_moves (municipality_id, org_unit_id, effective_date DESC, moved_at DESC);
SELECT mestring_tenant_table('org_unit_moves', '{SELECT,INSERT}');

-- The occupancy target (belægningsmål) per org unit (municipality, center, area or facility) and
-- year. A figure is held against the nearest target up the tree for its year; without one, the
-- default of 94 % (seed 000: CLB's own target, src/domain/occupancy.ts).
CREATE TABLE occupancy_targets (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  org_unit_id uuid NOT NULL,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2199),
  target_pct numeric(4, 1) NOT NULL CHECK (target_pct BETWEEN 50 AND 100),
  set_by uuid NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, org_unit_id, year),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, set_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('occupancy_targets', '{SELECT,INSERT,DELETE}', update_columns => '{target_pct,set_by,set_at}');
