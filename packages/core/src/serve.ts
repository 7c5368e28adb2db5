// The HTTP API as a service: `node dist/serve.mjs` once built (`pnpm build`); `innolab serve` runs the same.
import { serve } from "./cli/commands";
import { coreEnv } from "./env";

await serve({ port: coreEnv.API_PORT });
