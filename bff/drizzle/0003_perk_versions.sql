CREATE TABLE "perk_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"based_on" integer,
	"effective_from" date,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"published_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perk_versions_published_dated" CHECK ("perk_versions"."status" = 'draft' or "perk_versions"."effective_from" is not null)
);
--> statement-breakpoint
ALTER TABLE "perk_versions" ADD CONSTRAINT "perk_versions_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perk_versions" ADD CONSTRAINT "perk_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perk_versions" ADD CONSTRAINT "perk_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perk_versions_merchant_number_idx" ON "perk_versions" USING btree ("merchant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "perk_versions_one_active_idx" ON "perk_versions" USING btree ("merchant_id") WHERE "perk_versions"."status" = 'active';--> statement-breakpoint
CREATE INDEX "perk_versions_due_idx" ON "perk_versions" USING btree ("effective_from") WHERE "perk_versions"."status" = 'scheduled';