import { openDatabase } from './dist/db/open-database.js';
import { migrateToLatest } from './dist/db/migrations.js';
const t = Date.now();
const { db } = await openDatabase({ dataDir: '/tmp/probe-pgl' });
console.log('open', Date.now() - t);
console.log(await migrateToLatest(db), Date.now() - t);
console.log(await migrateToLatest(db));
await db.destroy();
