CREATE TABLE "service_response_daily" (
	"merchant_id" text NOT NULL,
	"day" date NOT NULL,
	"bucket_ms" integer NOT NULL,
	"answered" integer NOT NULL,
	CONSTRAINT "service_response_daily_merchant_id_day_bucket_ms_pk" PRIMARY KEY("merchant_id","day","bucket_ms")
);
--> statement-breakpoint
-- The daily histograms of what the hourly ones hold, each day in its merchant's time zone.
INSERT INTO "service_response_daily" ("merchant_id", "day", "bucket_ms", "answered")
SELECT h."merchant_id", (h."hour_start" AT TIME ZONE m."time_zone")::date, h."bucket_ms", sum(h."answered")::int
FROM "service_response_hourly" h JOIN "merchants" m ON m."id" = h."merchant_id"
GROUP BY 1, 2, 3;
