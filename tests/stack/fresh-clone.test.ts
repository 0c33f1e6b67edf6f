import { execFileSync, spawnSync } from "child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from "fs"
import os from "os"
import path from "path"

// The repository stands on its own: a clone of the committed HEAD in a temporary folder, with nothing built and no
// folder beside it, runs `npx trade`, the trade kit's whole suite (about a minute of CPU) and the demo catalogue's check.
jest.setTimeout(600_000)

const ROOT = path.resolve(__dirname, "../..")
let parent: string
let clone: string

/**
 * The clone's installed packages without an npm ci: links to this checkout's, except the workspaces' own links
 * (node_modules/@aem/* and the commands in node_modules/.bin), which keep their relative targets and so resolve
 * inside the clone.
 */
function linkInstalledPackages() {
  const from = path.join(ROOT, "node_modules")
  const to = path.join(clone, "node_modules")
  mkdirSync(to)
  for (const entry of readdirSync(from)) {
    if (entry === "@aem" || entry === ".bin") {
      mkdirSync(path.join(to, entry))
      for (const link of readdirSync(path.join(from, entry))) {
        symlinkSync(readlinkSync(path.join(from, entry, link)), path.join(to, entry, link))
      }
    } else {
      symlinkSync(path.join(from, entry), path.join(to, entry))
    }
  }
  // Dependencies npm installed inside a workspace, where versions differ from the root's.
  for (const workspace of readdirSync(path.join(from, "@aem"))) {
    const target = path.resolve(path.join(from, "@aem"), readlinkSync(path.join(from, "@aem", workspace)))
    const own = path.join(target, "node_modules")
    if (existsSync(own)) symlinkSync(own, path.join(clone, path.relative(ROOT, target), "node_modules"))
  }
}

function run(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, CI: "true", FORCE_COLOR: "0" } })
  return { code: r.status, out: `${r.stdout}${r.stderr}` }
}

beforeAll(() => {
  parent = mkdtempSync(path.join(os.tmpdir(), "aem-fresh-clone-"))
  clone = path.join(parent, "marketplace")
  execFileSync("git", ["clone", "--quiet", ROOT, clone])
  linkInstalledPackages()
})

afterAll(() => {
  rmSync(parent, { recursive: true, force: true })
})

it("has no file that reads the reference folder beside the checkout", () => {
  expect(existsSync(path.join(parent, "shared"))).toBe(false)
  const outside = ["..", "shared"].join("/")
  const r = run(clone, "git", ["grep", "-l", "-F", "-e", outside, "-e", ["shared", "reference"].join("/")])
  expect(r.out).toBe("")
})

it("runs `npx trade` with nothing built", () => {
  const tradeKit = path.join(clone, "packages/trade-kit")
  expect(existsSync(path.join(tradeKit, "dist"))).toBe(false)
  const r = run(clone, "npx", ["--no", "trade", "hs", "871310"])
  expect(r).toMatchObject({ code: 0 })
  expect(JSON.parse(r.out)).toMatchObject({ code: "871310", level: "subheading" })
})

it("passes the trade kit's suite", () => {
  const r = run(path.join(clone, "packages/trade-kit"), process.execPath, [path.join(ROOT, "node_modules/jest/bin/jest.js"), "--ci"])
  expect([r.code, r.out]).toEqual([0, expect.stringMatching(/Tests:\s+\d+ passed, \d+ total/)])
})

it("passes the demo catalogue's check of its HS codes against the official list", () => {
  const r = run(path.join(clone, "apps/backend"), process.execPath, [
    path.join(ROOT, "node_modules/jest/bin/jest.js"),
    "--ci",
    "src/scripts/demo-data/__tests__/catalog.unit.spec.ts",
  ])
  expect([r.code, r.out]).toEqual([0, expect.stringMatching(/Tests:\s+1 passed, 1 total/)])
})
