-- The dashboard reads one merchant's hours (and days) by key range. A merchant's rollup rows are scattered over the
-- table (written hour by hour among every other merchant's), so each row cost a heap page: 2,160 hours and 17,000
-- histogram rows of a 90-day dashboard read 15,000 pages. With the counts in the key's index (INCLUDE), they are read
-- from a few hundred index pages (index-only scan). Same key columns and names: ingest's ON CONFLICT is unchanged.
ALTER TABLE "service_hourly" DROP CONSTRAINT "service_hourly_merchant_id_hour_start_pk";--> statement-breakpoint
ALTER TABLE "service_hourly" ADD CONSTRAINT "service_hourly_merchant_id_hour_start_pk" PRIMARY KEY ("merchant_id","hour_start") INCLUDE ("conversations","within_30s","within_std","resolved_24h","rated","satisfied","disputes");--> statement-breakpoint
ALTER TABLE "service_response_daily" DROP CONSTRAINT "service_response_daily_merchant_id_day_bucket_ms_pk";--> statement-breakpoint
ALTER TABLE "service_response_daily" ADD CONSTRAINT "service_response_daily_merchant_id_day_bucket_ms_pk" PRIMARY KEY ("merchant_id","day","bucket_ms") INCLUDE ("answered");
