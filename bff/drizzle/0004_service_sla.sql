CREATE TABLE "service_api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_events" (
	"merchant_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"channel" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"first_response_ms" integer,
	"resolved_ms" integer,
	"satisfaction" smallint,
	"dispute" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_events_merchant_id_conversation_id_pk" PRIMARY KEY("merchant_id","conversation_id"),
	CONSTRAINT "service_events_satisfaction_range" CHECK ("service_events"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "service_hourly" (
	"merchant_id" text NOT NULL,
	"hour_start" timestamp with time zone NOT NULL,
	"conversations" integer NOT NULL,
	"answered" integer NOT NULL,
	"within_30s" integer NOT NULL,
	"within_std" integer[] NOT NULL,
	"resolved_24h" integer NOT NULL,
	"rated" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"disputes" integer NOT NULL,
	CONSTRAINT "service_hourly_merchant_id_hour_start_pk" PRIMARY KEY("merchant_id","hour_start")
);
--> statement-breakpoint
CREATE TABLE "service_standards" (
	"version" integer PRIMARY KEY NOT NULL,
	"response_time_sec" integer NOT NULL,
	"thresholds" jsonb NOT NULL,
	"traffic_weights" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_tier_evaluations" (
	"merchant_id" text NOT NULL,
	"week_start" date NOT NULL,
	"tier" text NOT NULL,
	"standards_version" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_tier_evaluations_merchant_id_week_start_pk" PRIMARY KEY("merchant_id","week_start")
);
--> statement-breakpoint
ALTER TABLE "merchants" ADD COLUMN "time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "service_api_keys_hash_idx" ON "service_api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "service_api_keys_merchant_idx" ON "service_api_keys" USING btree ("merchant_id");--> statement-breakpoint
CREATE INDEX "service_events_merchant_started_idx" ON "service_events" USING btree ("merchant_id","started_at");--> statement-breakpoint
CREATE INDEX "service_tier_evaluations_week_idx" ON "service_tier_evaluations" USING btree ("week_start","tier");