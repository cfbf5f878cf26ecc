// The database. Every query of the service lives in this folder, behind
// functions named for what they do; no other folder imports the Prisma client.
export { createDb, ensureDbDir, sqlitePath, type Db } from "./client.js";
export { leaseKeeper, type LeaseKeeper, type LeaseState } from "./lease.js";
export * from "./incidents.js";
