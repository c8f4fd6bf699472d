ALTER TABLE "tickets" ADD COLUMN "side" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "root_cause" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "fix" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "assignee_id" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "tickets_assignee_open_idx" ON "tickets" USING btree ("assignee_id") WHERE "tickets"."status" <> 'resolved';