CREATE TABLE "brand_days" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"date" date,
	"theme" text DEFAULT '' NOT NULL,
	"proposal" text DEFAULT '' NOT NULL,
	"gmv_target" bigint,
	"discount_depth" integer,
	"resources" text[] DEFAULT '{}' NOT NULL,
	"hero_skus" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approved" boolean DEFAULT false NOT NULL,
	"eligibility_at_submission" jsonb,
	CONSTRAINT "brand_days_approved_has_date" CHECK (not "brand_days"."approved" or "brand_days"."date" is not null)
);
--> statement-breakpoint
CREATE TABLE "promotions" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"festival" text NOT NULL,
	"year" integer NOT NULL,
	"mode" text NOT NULL,
	"phases" text[] DEFAULT '{}' NOT NULL,
	"global" boolean DEFAULT false NOT NULL,
	"target_markets" text[] DEFAULT '{}' NOT NULL,
	"skus" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sku_count" integer DEFAULT 0 NOT NULL,
	"eligibility_at_submission" jsonb
);
--> statement-breakpoint
DROP INDEX "calendar_kind_year_phase_idx";--> statement-breakpoint
ALTER TABLE "brand_days" ADD CONSTRAINT "brand_days_id_applications_id_fk" FOREIGN KEY ("id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_id_applications_id_fk" FOREIGN KEY ("id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "brand_days_one_approved_per_date" ON "brand_days" USING btree ("date") WHERE "brand_days"."approved";--> statement-breakpoint
CREATE INDEX "brand_days_date_idx" ON "brand_days" USING btree ("date");--> statement-breakpoint
CREATE INDEX "brand_days_merchant_date_idx" ON "brand_days" USING btree ("merchant_id","date");--> statement-breakpoint
CREATE INDEX "promotions_merchant_festival_idx" ON "promotions" USING btree ("merchant_id","year","festival");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_kind_year_phase_idx" ON "calendar_windows" USING btree ("kind","year",coalesce("phase", '')) WHERE "calendar_windows"."kind" <> 'brand_day_blackout';