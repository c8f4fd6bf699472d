CREATE TABLE "ticket_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"rating" integer NOT NULL,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "closing_ts" text;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_ratings_ticket_user_uq" ON "ticket_ratings" USING btree ("ticket_id","user_id");--> statement-breakpoint
INSERT INTO "ticket_ratings" ("ticket_id", "user_id", "rating", "rated_at")
SELECT "id", "rated_by", "rating", "rated_at" FROM "tickets"
WHERE "rating" IS NOT NULL AND "rated_by" IS NOT NULL AND "rated_at" IS NOT NULL;
