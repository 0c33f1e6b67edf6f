import os from "os"
import { importStack } from "./import-stack"

it("starts one backend process unless BACKEND_PROCESSES asks for Medusa's cluster mode", async () => {
  const { backendStartArgs } = await importStack()
  expect(backendStartArgs({})).toEqual(["start"])
  expect(backendStartArgs({ BACKEND_PROCESSES: "" })).toEqual(["start"])
  expect(backendStartArgs({ BACKEND_PROCESSES: "1" })).toEqual(["start"])
  const cores = os.cpus().length
  // One process keeps the background work ("shared"); the others only answer HTTP ("server").
  expect(backendStartArgs({ BACKEND_PROCESSES: "2" })).toEqual(cores === 1 ? ["start"] : ["start", "--cluster", "2", "--servers", "1"])
  // Never more processes than cores: a server-only cluster would leave nobody running the subscribers.
  expect(backendStartArgs({ BACKEND_PROCESSES: String(cores + 3) })).toEqual(cores === 1 ? ["start"] : ["start", "--cluster", String(cores), "--servers", String(cores - 1)])
})

it("refuses a BACKEND_PROCESSES that is not a whole number of processes, saying what it got", async () => {
  const { backendStartArgs } = await importStack()
  for (const bad of ["0", "-1", "1.5", "two"]) {
    expect(() => backendStartArgs({ BACKEND_PROCESSES: bad })).toThrow(`BACKEND_PROCESSES must be a whole number of processes (1 or more), not "${bad}"`)
  }
})
