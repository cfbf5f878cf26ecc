// Where PostgreSQL's schema and migrations live. Its schema is derived from
// prisma/schema.prisma by prisma/postgres/derive.mjs (npm run db:generate).
import { fileURLToPath } from "node:url";

export { postgresSchema } from "../../prisma/postgres/derive.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const sqliteSchemaPath = `${root}prisma/schema.prisma`;
export const postgresSchemaPath = `${root}prisma/postgres/schema.prisma`;
export const postgresMigrationsDir = `${root}prisma/postgres/migrations`;
