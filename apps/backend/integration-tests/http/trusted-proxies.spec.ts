import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

// The tests' client reaches the backend over loopback; here loopback is not a trusted proxy (only a range the
// client is not in), as for a backend reached directly from the internet.
process.env.TRUSTED_PROXIES = "192.0.2.0/24"
process.env.AUTH_RATE_LIMIT_PER_ADDRESS = "5"
process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS = "60"

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api }) => {
    it("a client that is no trusted proxy cannot escape the per-address limit by rotating X-Forwarded-For", async () => {
      const statuses: number[] = []
      for (let i = 1; i <= 10; i++) {
        const res = await api
          .post("/auth/customer/emailpass", { email: `rotating${i}@example.kz`, password: "not-the-password-2026" }, { headers: { "x-forwarded-for": `203.0.113.${i}` } })
          .catch((e) => e.response)
        statuses.push(res.status)
      }
      // The limit is 5; a sixth may get through: the limiter's very first request, made while its Redis connection
      // opens, is counted in memory (its insurance limiter). Past that, the one address (loopback) is held.
      const allowed = statuses.indexOf(429)
      expect(allowed).toBeGreaterThanOrEqual(5)
      expect(allowed).toBeLessThanOrEqual(6)
      expect(statuses.slice(allowed)).toEqual(Array(10 - allowed).fill(429))
    })
  },
})
