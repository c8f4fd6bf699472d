-- One ALTER, so the table is rewritten once rather than once per column.
ALTER TABLE "tickets"
  ADD COLUMN "fact_region" text GENERATED ALWAYS AS (nullif(btrim(facts->>'region'), '')) STORED,
  ADD COLUMN "fact_region_key" text GENERATED ALWAYS AS (lower(nullif(btrim(facts->>'region'), ''))) STORED,
  ADD COLUMN "fact_device" text GENERATED ALWAYS AS (nullif(btrim(facts->>'device'), '')) STORED,
  ADD COLUMN "fact_device_key" text GENERATED ALWAYS AS (replace(lower(nullif(btrim(facts->>'device'), '')), ' ', '')) STORED,
  ADD COLUMN "fact_os" text GENERATED ALWAYS AS (nullif(btrim(facts->>'os'), '')) STORED,
  ADD COLUMN "fact_os_key" text GENERATED ALWAYS AS (replace(lower(nullif(btrim(facts->>'os'), '')), ' ', '')) STORED,
  ADD COLUMN "fact_network" text GENERATED ALWAYS AS (nullif(btrim(facts->>'network'), '')) STORED,
  ADD COLUMN "fact_network_key" text GENERATED ALWAYS AS (replace(lower(nullif(btrim(facts->>'network'), '')), ' ', '')) STORED;
