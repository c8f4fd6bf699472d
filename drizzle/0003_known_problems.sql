CREATE TABLE "known_problems" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"cause" text,
	"fix" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"from_incident_id" integer
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "known_problem_id" integer;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "purpose" text DEFAULT 'reply' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "known_problems_incident_uq" ON "known_problems" USING btree ("from_incident_id");--> statement-breakpoint
CREATE INDEX "known_problems_open_idx" ON "known_problems" USING btree ("id") WHERE "known_problems"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tickets_known_problem_idx" ON "tickets" USING btree ("known_problem_id") WHERE "tickets"."known_problem_id" is not null;