// Runs N processes of one service sharing its port (node:cluster: the primary hands each new
// connection to the next process), restarts a process that dies, and on SIGTERM passes it on to
// every process for its graceful stop.
//
//   node scripts/cluster.mjs <name> <processes> <entry.mjs> [args…]
import cluster from "node:cluster";

const [name, count, entry, ...args] = process.argv.slice(2);
const processes = Number(count);
if (!name || !entry || !Number.isInteger(processes) || processes < 1) {
  console.error("usage: node scripts/cluster.mjs <name> <processes> <entry.mjs> [args…]");
  process.exit(2);
}

// Round-robin on every platform (Windows defaults to letting the OS choose).
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary({ exec: entry, args, execArgv: ["--enable-source-maps"] });

let stopping = false;
/** Restarts in the last minute: a process that dies at once, over and over, stops the service. */
const restarts = [];

function fork() {
  const worker = cluster.fork();
  worker.on("exit", (code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > 5 * processes) {
      console.error(`✖ ${name}: processes keep dying (${restarts.length} in a minute); stopping.`);
      stop(1);
      return;
    }
    console.error(`${name}: process ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another.`);
    setTimeout(fork, 1000);
  });
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  // Each service stops within 5 s of SIGTERM; this is the backstop.
  setTimeout(() => process.exit(code), 8000).unref();
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
}

console.log(`${name}: ${processes} process${processes === 1 ? "" : "es"} (primary ${process.pid})`);
for (let i = 0; i < processes; i++) fork();
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));
