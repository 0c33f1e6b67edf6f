import path from "path"

/** The orchestration library shared with `npm start` (an ES module; loaded with a real dynamic import). */
export function importStack(): Promise<any> {
  const stackLib = path.resolve(__dirname, "../../scripts/lib/stack.mjs")
  return new Function("p", "return import(p)")(stackLib) as Promise<any>
}
