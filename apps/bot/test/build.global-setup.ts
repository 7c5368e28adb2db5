import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Tests start services as they are deployed: compiled ahead of time (each package's build), run
 * with plain node — the bot, and the HTTP API with the operator's commands (packages/core).
 */
export default function buildServices() {
  for (const dir of ["..", "../../../packages/core"]) {
    const packageDir = fileURLToPath(new URL(dir, import.meta.url));
    const { scripts } = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8")) as {
      scripts: { build: string };
    };
    execSync(scripts.build, { cwd: packageDir, stdio: "inherit" });
  }
}
