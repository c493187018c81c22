import { env } from '../config';
import { openDatabase } from './client';
import { seedDemo } from './seed';

const database = await openDatabase(env.databaseUrl);
const { seeded } = await seedDemo(database.db);
console.log(seeded ? 'Demo data seeded.' : 'Demo data already present; nothing changed.');
await database.close();
