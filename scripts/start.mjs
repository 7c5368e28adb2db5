// `npm start`: install, migrate the embedded SQLite database, seed demo data, start the product.
import { findPnpm, prepare, run } from "./pnpm.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
const pnpm = findPnpm();
prepare(pnpm);
run(pnpm, ["innolab", "setup"]);
if (process.argv.includes("--setup-only")) process.exit(0);
run(pnpm, ["innolab", "serve"]);
