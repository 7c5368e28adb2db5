import { appRouter } from "../src";

interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
}

/** Every procedure of the app router, by dotted path. */
export function allProcedures(): ProcedureInfo[] {
  const procedures = (
    appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: ProcedureInfo["type"] } }> } }
  )._def.procedures;
  return Object.entries(procedures).map(([path, procedure]) => ({ path, type: procedure._def.type }));
}

/** Calls a procedure by path on a caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}
