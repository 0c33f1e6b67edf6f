import { HOOK_HEADERS, hookSignatureProblem } from "@aem/job-contracts"
import http from "http"
import type { AddressInfo } from "net"
import { StorefrontPages } from "../storefront-pages"

/** A real HTTP server standing in for the storefront's POST /api/revalidate: what the backend sends it. */
describe("StorefrontPages", () => {
  const secret = "test-storefront-secret"
  let server: http.Server
  let url: string
  const received: { path: string; body: string; problem: string | null; at: number }[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        const headers = { timestamp: req.headers[HOOK_HEADERS.timestamp] as string, signature: req.headers[HOOK_HEADERS.signature] as string }
        received.push({ path: req.url ?? "", body, problem: hookSignatureProblem(secret, { path: req.url ?? "", body }, headers), at: Date.now() })
        res.writeHead(200, { "content-type": "application/json" }).end("{}")
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => void received.splice(0))

  const until = async (n: number) => {
    for (let i = 0; i < 100 && received.length < n; i++) await new Promise((r) => setTimeout(r, 50))
  }

  it("sends the changed handles signed, and again a moment later for renders that were in flight", async () => {
    const started = Date.now()
    new StorefrontPages({ url, secret, log: () => {} }).changed({ handles: ["a-chair", "a-cane"] })
    await until(2)
    expect(received.map((r) => [r.path, JSON.parse(r.body), r.problem])).toEqual([
      ["/api/revalidate", { handles: ["a-chair", "a-cane"] }, null],
      ["/api/revalidate", { handles: ["a-chair", "a-cane"] }, null],
    ])
    expect(received[1].at - started).toBeGreaterThanOrEqual(1_000)
  })

  it("sends nothing for no change or with no storefront configured", async () => {
    new StorefrontPages({ url, secret, log: () => {} }).changed({ handles: [] })
    new StorefrontPages({ secret, log: () => {} }).changed({ all: true })
    await new Promise((r) => setTimeout(r, 300))
    expect(received).toEqual([])
  })

  it("asks a storefront that could not be reached again, until it answers", async () => {
    const late = http.createServer((req, res) => {
      req.resume()
      req.on("end", () => (received.push({ path: req.url ?? "", body: "", problem: null, at: Date.now() }), res.end("{}")))
    })
    // A port nobody listens on yet: the first sends are refused, the retries a second later get through.
    await new Promise<void>((resolve) => late.listen(0, "127.0.0.1", resolve))
    const port = (late.address() as AddressInfo).port
    await new Promise((resolve) => late.close(resolve))
    const said: string[] = []
    new StorefrontPages({ url: `http://127.0.0.1:${port}`, secret, log: (m) => said.push(m) }).changed({ handles: ["a-chair"] })
    await new Promise((r) => setTimeout(r, 200))
    await new Promise<void>((resolve) => late.listen(port, "127.0.0.1", resolve))
    try {
      await until(2)
      expect(received.length).toBeGreaterThanOrEqual(2)
      expect(said).toEqual([expect.stringMatching(/failed/), "storefront page revalidation reaches the storefront again"])
    } finally {
      await new Promise((resolve) => late.close(resolve))
    }
  })

  it("says once that the storefront cannot be reached, not once per write", async () => {
    const said: string[] = []
    const pages = new StorefrontPages({ url: "http://127.0.0.1:9", secret, log: (m) => said.push(m) })
    pages.changed({ all: true })
    pages.changed({ handles: ["x"] })
    await new Promise((r) => setTimeout(r, 2_000))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/storefront page revalidation failed/)
  })
})
