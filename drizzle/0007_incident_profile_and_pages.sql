ALTER TABLE "incidents" ADD COLUMN "profile" jsonb;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "pages" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "incidents_ticket_ids_idx" ON "incidents" USING gin ("ticket_ids" jsonb_path_ops);