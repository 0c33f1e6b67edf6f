import express from "express"
import { trustProxySetting } from "../trusted-proxies"

describe("TRUSTED_PROXIES", () => {
  it("defaults to loopback and private networks, and takes Express's forms", () => {
    expect(trustProxySetting(undefined)).toBe("loopback, linklocal, uniquelocal")
    expect(trustProxySetting(" ")).toBe("loopback, linklocal, uniquelocal")
    expect(trustProxySetting("false")).toBe(false)
    expect(trustProxySetting("2")).toBe(2)
    expect(trustProxySetting("10.0.0.0/8, 192.0.2.7, loopback, fd00::/8, 172.16.0.0/255.240.0.0")).toBe("10.0.0.0/8, 192.0.2.7, loopback, fd00::/8, 172.16.0.0/255.240.0.0")
  })

  it("refuses what Express could not use, naming it", () => {
    expect(() => trustProxySetting("nginx, 10.0.0.0/8")).toThrow('TRUSTED_PROXIES: "nginx" is not an address')
    expect(() => trustProxySetting("10.0.0.0/x")).toThrow('"10.0.0.0/x"')
  })

  it("by default believes X-Forwarded-For from a private peer, not from a public one", () => {
    const app = express().set("trust proxy", trustProxySetting(undefined))
    const ip = (peer: string) => {
      const req = Object.create(express.request, {
        app: { value: app },
        headers: { value: { "x-forwarded-for": "198.51.100.9" } },
        socket: { value: { remoteAddress: peer } },
        connection: { value: { remoteAddress: peer } },
      })
      return req.ip
    }
    expect(ip("127.0.0.1")).toBe("198.51.100.9")
    expect(ip("10.2.3.4")).toBe("198.51.100.9")
    expect(ip("203.0.113.5")).toBe("203.0.113.5")
  })
})
