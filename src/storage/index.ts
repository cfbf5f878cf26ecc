// The database. Every query of the service lives in this folder, behind
// functions named for what they do, returning the row types below (decoded
// where a column holds JSON); no other folder imports the Prisma client
// (test/storage/boundary.test.ts). SQL written by hand stays portable.
export { closeDb, createDb, dbEngine, ensureDbDir, relaxDurability, sqlitePath, type Db, type Engine } from "./client.js";
export { expireLeaseIn, instanceId, leaseKeeper, shareRetryAfter, sharedRetryAfter, tryAcquire, type LeaseKeeper, type LeaseState } from "./lease.js";
export { advisoryLeaseKeeper } from "./leader.js";
export { createMigrated, DatabaseUnreachableError, migrate, MigrationError } from "./migrate.js";
export * from "./incidents.js";
export * from "./deliveries.js";
export * from "./delivery-fanout.js";
export * from "./delivery-claims.js";
export * from "./delivery-results.js";
export * from "./chats.js";
export * from "./audience.js";
export * from "./subscribers.js";
export * from "./broadcasts.js";
export * from "./sources.js";
export * from "./map.js";
