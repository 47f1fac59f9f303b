export * from "./auth";
export * from "./admin";
export * from "./helpdesk";
export * from "./messages";
export * from "./notifications";
