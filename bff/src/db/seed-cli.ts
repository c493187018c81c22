import { config } from '../config';
import { defaultDataDir } from '../paths';
import { openDatabase } from './client';
import { seedDemo } from './seed';

// `npm run seed` seeds whatever database DATABASE_URL names, PostgreSQL included: running it is the request.
// PGlite in this thread: it serves nothing, and a seed's statements one after the other would each wait for a round
// trip to a worker thread.
const database = await openDatabase(config().DATABASE_URL ?? defaultDataDir, { worker: false });
const { seeded } = await seedDemo(database.db);
console.log(seeded ? 'Demo data seeded.' : 'Demo data already present; nothing changed.');
await database.close();
