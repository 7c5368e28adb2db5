import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { dbEnv } from "./env";
import { repoRoot } from "./load-env";

/** Found from the repository, not this file: the compiled operator commands bundle this file elsewhere. */
const packageDir = path.join(repoRoot, "packages/db");

/** Applies pending migrations with `prisma migrate deploy` (the provider's own migrations folder). */
export function migrateDeploy(url: string = dbEnv.DATABASE_URL, options: { quiet?: boolean } = {}): Promise<void> {
  const prismaCli = createRequire(path.join(packageDir, "package.json")).resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code})\n${output}`)),
    );
  });
}
