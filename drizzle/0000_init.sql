CREATE TABLE "customer_channels" (
	"channel_id" text PRIMARY KEY NOT NULL,
	"name" text,
	"engineer_user_id" text,
	"enterprise" boolean DEFAULT false NOT NULL,
	"language" text,
	"business_hours" text,
	"time_zone" text,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_response_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"linked_by" text NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel_id" text NOT NULL,
	"root_ts" text NOT NULL,
	"customer_user_id" text NOT NULL,
	"customer_team_id" text,
	"status" text DEFAULT 'waiting_on_us' NOT NULL,
	"category" text NOT NULL,
	"priority" text NOT NULL,
	"classified_by" text DEFAULT 'rules' NOT NULL,
	"language" text NOT NULL,
	"enterprise" boolean DEFAULT false NOT NULL,
	"summary" text,
	"quality_summary" text,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_via" text DEFAULT 'message' NOT NULL,
	"opened_by" text,
	"cycle" integer DEFAULT 0 NOT NULL,
	"triage_ts" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_customer_message_at" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"rating" integer,
	"rated_by" text,
	"rated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"channel_id" text NOT NULL,
	"ts" text NOT NULL,
	"user_id" text,
	"team_id" text,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"once_key" text,
	"coalesce_key" text,
	"generation" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"uncertain" boolean DEFAULT false NOT NULL,
	"last_error" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"cycle" integer NOT NULL,
	"source" text NOT NULL,
	"fallback_reason" text,
	"language" text NOT NULL,
	"reply" text NOT NULL,
	"follow_ups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"acted_by" text,
	"acted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_clocks" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"kind" text NOT NULL,
	"cycle" integer NOT NULL,
	"state" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"target_ms" bigint NOT NULL,
	"elapsed_ms" bigint DEFAULT 0 NOT NULL,
	"running_since" timestamp with time zone,
	"due_at" timestamp with time zone,
	"stage" integer DEFAULT 0 NOT NULL,
	"next_fire_at" timestamp with time zone,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"breached_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ticket_activity" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"category" text NOT NULL,
	"region" text,
	"status" text DEFAULT 'open' NOT NULL,
	"ticket_ids" jsonb NOT NULL,
	"customer_ids" jsonb NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"triage_ts" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_channel_root_uq" ON "tickets" USING btree ("channel_id","root_ts");--> statement-breakpoint
CREATE INDEX "tickets_channel_customer_idx" ON "tickets" USING btree ("channel_id","customer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_open_idx" ON "tickets" USING btree ("status") WHERE "tickets"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "tickets_created_idx" ON "tickets" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_channel_ts_uq" ON "messages" USING btree ("channel_id","ts");--> statement-breakpoint
CREATE INDEX "messages_ticket_idx" ON "messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "slack_events_received_idx" ON "slack_events" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_once_uq" ON "outbox" USING btree ("once_key");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_coalesce_pending_uq" ON "outbox" USING btree ("coalesce_key") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_pending_run_at_idx" ON "outbox" USING btree ("run_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "drafts_ticket_idx" ON "drafts" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_clocks_ticket_kind_cycle_uq" ON "sla_clocks" USING btree ("ticket_id","kind","cycle");--> statement-breakpoint
CREATE INDEX "sla_clocks_due_idx" ON "sla_clocks" USING btree ("next_fire_at") WHERE "sla_clocks"."state" = 'running' and "sla_clocks"."next_fire_at" is not null;--> statement-breakpoint
CREATE INDEX "ticket_activity_ticket_idx" ON "ticket_activity" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE INDEX "ticket_activity_at_idx" ON "ticket_activity" USING btree ("at","action");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_open_key_uq" ON "incidents" USING btree ("key") WHERE "incidents"."status" = 'open';--> statement-breakpoint
CREATE INDEX "incidents_last_at_idx" ON "incidents" USING btree ("last_at");