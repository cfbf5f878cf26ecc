// Prisma 6.19 with the bundled WebAssembly schema engine and the better-sqlite3
// driver adapter: migrations run offline (see README, "Database").
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/bot.db" });
  },
});
