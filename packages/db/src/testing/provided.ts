declare module "vitest" {
  export interface ProvidedContext {
    /** The databases this run's integration suites use (decided once, in the global setup). */
    testDatabaseKinds: Array<"sqlite" | "postgres">;
  }
}

export {};
