export * from "./breakdown";
export * from "./cache";
export * from "./metrics";
export * from "./overview";
export * from "./page";
export * from "./periods";
export * from "./series";
export * from "./utilisation";
