/**
 * A first start as `npm start` does it (open the PGlite folder, migrate, seed), in a child process that
 * bff/src/db/first-start.test.ts kills with SIGKILL at chosen moments. Prints its phases on stdout.
 */
import { openDatabase } from '../db/client';
import { seedDemo } from '../db/seed';

const folder = process.argv[2]!;
console.log('PHASE opening');
const database = await openDatabase(folder, {
  onCreate: async (db) => {
    console.log('PHASE seeding');
    await seedDemo(db);
    console.log('PHASE seeded');
  },
  say: (message) => console.log(`SAY ${message}`),
});
console.log(`READY ${JSON.stringify({ created: database.created === true })}`);
await database.close();
