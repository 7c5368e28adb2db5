export * from "./metrics";
export * from "./periods";
export * from "./series";
