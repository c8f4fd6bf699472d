DROP INDEX "outbox_pending_run_at_idx";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "lane" text DEFAULT 'default' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "rank" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_claim_idx" ON "outbox" USING btree ("lane","rank","run_at") WHERE "outbox"."status" = 'pending';