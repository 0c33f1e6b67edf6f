import path from "path"

/** The orchestration library shared with `npm start`. */
export function importStack(): Promise<any> {
  return Promise.resolve(require(path.resolve(__dirname, "../../scripts/lib/stack.cjs")))
}
