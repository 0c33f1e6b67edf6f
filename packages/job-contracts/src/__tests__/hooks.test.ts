import { HOOK_HEADERS, hookSignatureProblem, signHook } from "../index"

const body = JSON.stringify({ declaration_id: "decl_1" })
const headersOf = (h: Record<string, string>) => ({ timestamp: h[HOOK_HEADERS.timestamp], signature: h[HOOK_HEADERS.signature] })

describe("signed hooks", () => {
  const now = 1_800_000_000_000

  it("accepts a fresh request signed with the shared secret", () => {
    expect(hookSignatureProblem("s3cret", body, headersOf(signHook("s3cret", body, now)), now + 1000)).toBeNull()
  })

  it("refuses another secret, a changed body, a missing signature and a stale timestamp", () => {
    expect(hookSignatureProblem("s3cret", body, headersOf(signHook("other", body, now)), now)).toMatch(/does not match/)
    expect(hookSignatureProblem("s3cret", body + " ", headersOf(signHook("s3cret", body, now)), now)).toMatch(/does not match/)
    expect(hookSignatureProblem("s3cret", body, {}, now)).toMatch(/headers are required/)
    expect(hookSignatureProblem("s3cret", body, headersOf(signHook("s3cret", body, now)), now + 6 * 60_000)).toMatch(/minutes from the server's clock/)
    expect(hookSignatureProblem("s3cret", body, { timestamp: "soon", signature: "sha256=00" }, now)).toMatch(/milliseconds/)
  })
})
