export * from "./contract"
export * from "./jobs"
