import type { PGlite } from '@electric-sql/pglite';

/**
 * Puts a database back to the state it had when `watchForReset` was run on it, in place: the component tests'
 * database between two tests, instead of opening a fresh copy of the template (1.5-2.3 s of CPU each, a third of it
 * unpacking the tarball). Every table of `public` gets a trigger that runs before its first write (insert, update,
 * delete, truncate) after a reset: it copies the table's rows as they still are into `mock_reset`, once, and notes
 * the table as written. `resetDatabase` then replaces the rows of each written table with that copy and sets every
 * sequence back, so the next test sees the same rows, the same next ids and no session a test left behind. Tables
 * nothing wrote to are not touched (the service statistics, most of the world's rows, are only read by tests).
 * A write rolled back is rolled back with its note and copy; a sequence it advanced is set back all the same.
 */
const WATCH = /* sql */ `
create schema mock_reset;
create table mock_reset.written (name text primary key);
create table mock_reset.sequences as
  select format('%I.%I', schemaname, sequencename) as name, start_value, last_value from pg_sequences where schemaname = 'public';

create function mock_reset.before_write() returns trigger language plpgsql as $$
begin
  if not exists (select from mock_reset.written where name = tg_table_name) then
    if to_regclass(format('mock_reset.%I', tg_table_name)) is null then
      execute format('create table mock_reset.%I as select * from public.%I', tg_table_name, tg_table_name);
    end if;
    insert into mock_reset.written values (tg_table_name);
  end if;
  return null;
end $$;

do $$
declare t text;
begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('create trigger mock_reset before insert or update or delete or truncate on public.%I
      for each statement execute function mock_reset.before_write()', t);
  end loop;
end $$;

create function mock_reset.reset() returns void language plpgsql as $$
declare
  t text;
  columns text;
begin
  -- Neither this function's own writes nor foreign keys are checked while the rows are put back (they were consistent).
  perform set_config('session_replication_role', 'replica', true);
  for t in select name from mock_reset.written loop
    -- A table another one references cannot be truncated alone; its rows are deleted instead.
    if exists (select from pg_constraint where contype = 'f' and confrelid = format('public.%I', t)::regclass) then
      execute format('delete from public.%I', t);
    else
      execute format('truncate public.%I', t);
    end if;
    select string_agg(quote_ident(attname), ', ' order by attnum) into columns from pg_attribute
      where attrelid = format('public.%I', t)::regclass and attnum > 0 and not attisdropped and attgenerated = '';
    execute format('insert into public.%I (%s) overriding system value select %s from mock_reset.%I', t, columns, columns, t);
  end loop;
  delete from mock_reset.written;
  perform setval(name, coalesce(last_value, start_value), last_value is not null) from mock_reset.sequences;
end $$;
`;

/** Starts noting what is written to the database, so that `resetDatabase` can undo it (once per database). */
export async function watchForReset(client: PGlite): Promise<void> {
  const [{ installed }] = (await client.query<{ installed: boolean }>(`select to_regnamespace('mock_reset') is not null as installed`)).rows as [
    { installed: boolean },
  ];
  if (!installed) await client.exec(WATCH);
}

/** Puts back every row and sequence written since `watchForReset` (or the last reset). */
export async function resetDatabase(client: PGlite): Promise<void> {
  await client.query('select mock_reset.reset()');
}
