import { DEMO_PARK_HOOKS_SECRET, HOOK_HEADERS, hookSignatureProblem, parkSecrets, signHook, signedPath } from "../index"

const body = JSON.stringify({ declaration_id: "decl_1" })
const path = "/hooks/customs/declarations/decl_1/submitted"
const request = { path, body }
const headersOf = (h: Record<string, string>) => ({ timestamp: h[HOOK_HEADERS.timestamp], signature: h[HOOK_HEADERS.signature] })

describe("signed hooks", () => {
  const now = 1_800_000_000_000

  it("accepts a fresh request signed with the shared secret", () => {
    expect(hookSignatureProblem("s3cret", request, headersOf(signHook("s3cret", request, now)), now + 1000)).toBeNull()
  })

  it("refuses another secret, a changed body, another path, a missing signature and a stale timestamp", () => {
    const signed = headersOf(signHook("s3cret", request, now))
    expect(hookSignatureProblem("s3cret", request, headersOf(signHook("other", request, now)), now)).toMatch(/does not match/)
    expect(hookSignatureProblem("s3cret", { path, body: body + " " }, signed, now)).toMatch(/does not match/)
    // The same body to another declaration's route is not the request that was signed.
    expect(hookSignatureProblem("s3cret", { path: path.replace("decl_1", "decl_2"), body }, signed, now)).toMatch(/does not match the path and body/)
    expect(hookSignatureProblem("s3cret", request, {}, now)).toMatch(/headers are required/)
    expect(hookSignatureProblem("s3cret", request, signed, now + 6 * 60_000)).toMatch(/minutes from the server's clock/)
    expect(hookSignatureProblem("s3cret", request, { timestamp: "soon", signature: "sha256=00" }, now)).toMatch(/milliseconds/)
  })

  it("signs a URL's path and query, not its host", () => {
    expect(signedPath("http://127.0.0.1:9000/hooks/park/events?park=jx#x")).toBe("/hooks/park/events?park=jx")
  })
})

describe("park secrets", () => {
  it("gives a park its own secret where it has one, else the shared one", () => {
    const secretOf = parkSecrets({ PARK_HOOKS_SECRET: "shared-park-secret-2026", PARK_HOOKS_SECRETS: '{"jxp": "jiaxing-own-secret-2026"}' })
    expect([secretOf("JXP"), secretOf("jxp"), secretOf("NBP")]).toEqual(["jiaxing-own-secret-2026", "jiaxing-own-secret-2026", "shared-park-secret-2026"])
    expect(parkSecrets({})("JXP")).toBe(DEMO_PARK_HOOKS_SECRET)
  })

  it("says what is wrong with a setting that is not an object of long secrets", () => {
    expect(() => parkSecrets({ PARK_HOOKS_SECRETS: "JXP=secret" })).toThrow(/must be a JSON object of park code to secret/)
    expect(() => parkSecrets({ PARK_HOOKS_SECRETS: '{"JXP": "short"}' })).toThrow(/JXP: use at least 16 characters/)
  })
})
