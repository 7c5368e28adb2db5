export * from "./breakdown";
export * from "./metrics";
export * from "./overview";
export * from "./periods";
export * from "./series";
export * from "./page";
