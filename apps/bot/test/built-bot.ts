import { fileURLToPath } from "node:url";

/** The compiled bot (built by test/build.global-setup.ts): the command line that starts it, as `pnpm start` does. */
export const builtBot = [fileURLToPath(new URL("../dist/main.mjs", import.meta.url))];
