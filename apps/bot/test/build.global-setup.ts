import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Tests start the bot as it is deployed: compiled ahead of time (the package's build), run with plain node. */
export default function buildBot() {
  const appDir = fileURLToPath(new URL("..", import.meta.url));
  const { scripts } = JSON.parse(readFileSync(`${appDir}/package.json`, "utf8")) as { scripts: { build: string } };
  execSync(scripts.build, { cwd: appDir, stdio: "inherit" });
}
