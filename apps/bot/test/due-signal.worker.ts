// A sender process's idle wait for due-signal.integration.test.ts: waits on the Redis signal (10 s
// at most each time) and prints when each wait ended, one line each, until it is killed.
import { redisDueSignal } from "../src/push/due-signal";

const due = redisDueSignal(process.env.REDIS_URL!, process.env.CHANNEL);
for (;;) {
  await due.wait(10_000);
  process.stdout.write(`${Date.now()}\n`);
}
