import { spawnSync } from "child_process"
import { chmodSync, existsSync, mkdtempSync, rmSync } from "fs"
import net from "net"
import os from "os"
import path from "path"
import { importStack } from "./import-stack"

jest.setTimeout(60_000)

// Port 1 never answers, so these find no local Redis; the private one gets a port of its own per checkout.
const privatePort = 6390 + Number(process.env.E2E_PORT_OFFSET || 0)
let dataDir: string
let savedUrl: string | undefined

beforeEach(() => {
  savedUrl = process.env.REDIS_URL
  delete process.env.REDIS_URL
  dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "aem-private-redis-")), "redis")
})

afterEach(() => {
  if (savedUrl === undefined) delete process.env.REDIS_URL
  else process.env.REDIS_URL = savedUrl
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

/** Sends one command in Redis's inline protocol and returns the first reply line. */
function redis(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => socket.write(`${command}\r\n`))
    socket.once("data", (d) => {
      socket.destroy()
      resolve(d.toString().split("\r\n").slice(0, 2).join(" "))
    })
    socket.once("error", reject)
  })
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

it("starts a private redis-server with its data in the given folder when REDIS_URL is unset and nothing answers locally, and stops it", async () => {
  const { findRedis } = await importStack()
  const first = await findRedis({ localPort: 1, privatePort, dataDir })
  expect(first).toMatchObject({ url: `redis://127.0.0.1:${privatePort}`, source: `private redis-server on 127.0.0.1:${privatePort}` })
  try {
    expect(await redis(privatePort, "SET market kz")).toBe("+OK ")
  } finally {
    await first.stop()
  }
  expect(await listening(privatePort)).toBe(false)
  expect(existsSync(path.join(dataDir, "redis.log"))).toBe(true)

  // Started again on the same folder, it has kept its data.
  const second = await findRedis({ localPort: 1, privatePort, dataDir })
  try {
    expect(await redis(privatePort, "GET market")).toBe("$2 kz")
  } finally {
    await second.stop()
  }
})

it("ends the private Redis an interrupted run left behind and starts its own", async () => {
  const { findRedis } = await importStack()
  const leftover = await findRedis({ localPort: 1, privatePort, dataDir })
  const replacement = await findRedis({ localPort: 1, privatePort, dataDir })
  try {
    expect(await redis(privatePort, "PING")).toBe("+PONG ")
  } finally {
    await replacement.stop()
    await leftover.stop()
  }
  expect(await listening(privatePort)).toBe(false)
})

it("uses the Redis on the local port when one answers there", async () => {
  const { findRedis } = await importStack()
  const server = net.createServer((s) => s.end())
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const port = (server.address() as net.AddressInfo).port
  try {
    expect(await findRedis({ localPort: port, privatePort, dataDir })).toMatchObject({ url: `redis://127.0.0.1:${port}`, source: `127.0.0.1:${port}` })
    expect(existsSync(dataDir)).toBe(false)
  } finally {
    server.close()
  }
})

it("says what to do when REDIS_URL names a Redis that does not answer", async () => {
  const { findRedis } = await importStack()
  process.env.REDIS_URL = "redis://127.0.0.1:1"
  await expect(findRedis({ dataDir })).rejects.toThrow(/No Redis at redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\): start it, or unset REDIS_URL/)
})

it("names the Debian package to install when redis-server is missing and it cannot install it (not root)", () => {
  // As root it would install the package with apt: run the check as an unprivileged user instead.
  const stackFile = path.resolve(__dirname, "../../scripts/lib/stack.cjs")
  const dir = path.dirname(dataDir)
  chmodSync(dir, 0o777)
  const script = `require(${JSON.stringify(stackFile)}).findRedis({ localPort: 1, privatePort: ${privatePort}, dataDir: ${JSON.stringify(dataDir)}, command: "redis-server-not-installed" })
    .then(() => process.exit(0), (e) => { console.log(e.message); process.exit(3) })`
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
  // The test's process.env (REDIS_URL unset) is jest's copy: pass it on.
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", ...asNobody, cwd: dir, env: { ...process.env } })
  expect(r.stdout.trim() || r.stderr).toBe(
    "redis-server-not-installed is missing: install Debian's redis-server package (sudo apt-get install -y redis-server), or set REDIS_URL to a running Redis 6.2 or newer."
  )
  expect(r.status).toBe(3)
})
