ALTER TABLE "users" ADD COLUMN "display_name_en" text;--> statement-breakpoint
ALTER TABLE "calendar_windows" ADD COLUMN "name_en" text;