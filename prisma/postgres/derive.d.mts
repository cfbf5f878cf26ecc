/** The PostgreSQL schema for a SQLite schema text: provider, placeholder URL and client output swapped, nothing else. */
export declare function postgresSchema(sqlite: string): string;
