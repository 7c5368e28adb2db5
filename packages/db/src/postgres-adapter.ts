import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const PG_CHAR = 18;
const PG_NAME = 19;
const PG_TEXT = 25;

type PerformIO = (query: unknown) => Promise<pg.QueryResult>;

/**
 * Adapter for the migrate CLI: it reads catalog tables with `name`/`char` columns, which the
 * adapter cannot deserialize (prisma/orm#27403), so report those columns as text.
 */
class MigratePostgresAdapterFactory extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const queryable = adapter as unknown as { performIO: PerformIO };
    const performIO = queryable.performIO.bind(adapter);
    queryable.performIO = async (query) => {
      const result = await performIO(query);
      for (const field of result.fields) {
        if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      }
      return result;
    };
    return adapter;
  }
}

/** The schema a `?schema=` in the URL names, which the ORM's adapter and the report readers both use. */
export const schemaOf = (url: string) => new URL(url).searchParams.get("schema") ?? undefined;

/** A pool that lets the process exit when idle and survives the server closing an idle connection. */
export function createPostgresPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ allowExitOnIdle: true, ...config });
  // An idle connection the server closes (restart, DROP DATABASE) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", () => {});
  return pool;
}

/** The ORM's adapter and the pool it draws its connections from. */
export function createPostgresAdapter(url: string, options: { forMigrate?: boolean; poolSize?: number } = {}) {
  const schema = schemaOf(url);
  const pool = createPostgresPool({ connectionString: url, max: options.poolSize ?? 10 });
  const Factory = options.forMigrate ? MigratePostgresAdapterFactory : PrismaPg;
  return { adapter: new Factory(pool, { disposeExternalPool: true, ...(schema ? { schema } : {}) }), pool };
}
