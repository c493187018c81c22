CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"due_key" text NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"result" jsonb,
	CONSTRAINT "job_runs_job_due_key_pk" PRIMARY KEY("job","due_key")
);
