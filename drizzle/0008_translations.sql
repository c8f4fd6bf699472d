CREATE TABLE "triage_settings" (
	"channel_id" text PRIMARY KEY NOT NULL,
	"agent_language" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "classification" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "translation" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "translation_language" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "translation_note" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "outgoing" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "outgoing_language" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "translation_note" text;