export {
  type CreateDbOptions,
  createDb,
  type Db,
  dialectOf,
  jsonColumn,
  queryReadOnly,
  quickExecute,
  quickQuery,
  type Tx,
} from "./client";
export { type DatabaseKind, databaseKind, sqliteFilePath } from "./database-url";
export { dbEnv, defaultDatabaseUrl } from "./env";
export type {
  Alert,
  Booking,
  ChatIdentity,
  Delivery,
  DomainEvent,
  Forum,
  Organisation,
  Person,
  Resource,
  ServiceNeed,
  ShowroomItem,
  Solution,
} from "./generated/sqlite/client";
export { Prisma } from "./generated/sqlite/client";
export * from "./generated/sqlite/enums";
export type * from "./generated/sqlite/models";
export { migrateDeploy } from "./migrate";
export * as seed from "./seed";
