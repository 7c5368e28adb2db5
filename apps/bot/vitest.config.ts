import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "bot",
    globalSetup: ["../../packages/db/src/testing/global-setup.ts", "test/build.global-setup.ts"],
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
