export * from "./contract"
export * from "./jobs"
export * from "./hooks"
export * from "./secrets"
