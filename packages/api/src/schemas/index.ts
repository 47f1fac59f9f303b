export * from "./auth";
export * from "./admin";
