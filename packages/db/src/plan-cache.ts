/// <reference path="./prisma-runtime.d.ts" />
import { QueryCompiler as PostgresCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";

const PLANS_KEPT = 2000;
const READS =
  /^\{"modelName":"[A-Za-z]+","action":"(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|aggregate|groupBy)"/;

/**
 * Remembers the query plans of reads by their exact request. Prisma 6's client compiles every
 * query to a plan in WebAssembly on the calling thread (0.3–1 ms each, measured; Prisma 7.4
 * caches plans itself), and a bot's screens send the same reads over and over. A plan is a pure
 * function of the request and the schema, and its values are in the request, so an identical
 * request may reuse it. Writes are never cached (their plans may carry generated values).
 */
export function cacheReadPlans() {
  for (const compiler of [SqliteCompiler, PostgresCompiler]) {
    const prototype = compiler.prototype as { compile(request: string): unknown; planCached?: true };
    if (prototype.planCached) continue;
    const compile = prototype.compile;
    const plans = new Map<string, unknown>();
    prototype.compile = function (this: unknown, request: string) {
      if (!READS.test(request)) return compile.call(this, request);
      let plan = plans.get(request);
      if (plan === undefined) {
        plan = compile.call(this, request);
        if (plans.size >= PLANS_KEPT) plans.delete(plans.keys().next().value as string);
        plans.set(request, plan);
      }
      return plan;
    };
    prototype.planCached = true;
  }
}
