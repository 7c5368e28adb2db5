export { createDb, dialectOf, type Db, type Tx, type CreateDbOptions } from "./client";
export { databaseKind, sqliteFilePath, type DatabaseKind } from "./database-url";
export { dbEnv, defaultDatabaseUrl } from "./env";
export { migrateDeploy } from "./migrate";
export { Prisma } from "./generated/sqlite/client";
export * from "./generated/sqlite/enums";
export type * from "./generated/sqlite/models";
export * as seed from "./seed";
