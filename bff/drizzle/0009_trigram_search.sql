-- pg_trgm is a trusted contrib extension (PostgreSQL 13+): the database owner may create it; PGlite loads it from its package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "merchants_name_trgm_idx" ON "merchants" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "applications_title_trgm_idx" ON "applications" USING gin ("title" gin_trgm_ops);