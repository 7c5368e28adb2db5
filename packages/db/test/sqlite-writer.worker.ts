// One process of the multi-process SQLite test: concurrent writers doing single creates and
// read-then-write transactions on a shared file. Prints a JSON summary.
import { createDb } from "../src";

const [url, name, writersArg, opsArg] = process.argv.slice(2);
const writers = Number(writersArg);
const ops = Number(opsArg);
const db = createDb({ url: url ?? "" });
const errors: string[] = [];
let done = 0;

async function writer(w: number) {
  for (let i = 0; i < ops; i++) {
    try {
      if (i % 2 === 0) {
        await db.auditLog.create({
          data: { source: "cli", action: "write", entity: name ?? "", entityId: `${w}-${i}` },
        });
      } else {
        // Read, then write what was read plus one: a lost update would show in the final count.
        await db.$transaction(async (tx) => {
          const counter = await tx.counter.findUniqueOrThrow({ where: { key: "shared" } });
          await tx.counter.update({ where: { key: "shared" }, data: { value: counter.value + 1 } });
        });
      }
      done++;
    } catch (error) {
      errors.push(String(error).slice(0, 300));
    }
  }
}

await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
await db.$disconnect();
console.log(JSON.stringify({ done, errors }));
