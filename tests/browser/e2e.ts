import type { Browser } from "playwright-core"
import type { RunningStack } from "./stack"

/** What the browser suites share, filled in by e2e.test.ts before any test runs. */
export type E2e = { stack: RunningStack; browser: Browser; artifacts: string }
