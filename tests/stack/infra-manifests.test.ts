// The deployment files in infra/: no container runtime works on the machines this suite runs on, so the
// Kubernetes manifests are rendered as `kubectl apply -k infra/k8s` would apply them, every object is
// validated against the Kubernetes API schemas (kubernetes-models, generated from Kubernetes' OpenAPI), and
// the rules a cluster cannot check for us are asserted here. The compose file is checked for the same parts.
import { existsSync, readFileSync, readdirSync, statSync } from "fs"
import path from "path"
import ts from "typescript"
import { parseAllDocuments } from "yaml"

const ROOT = path.resolve(__dirname, "../..")
const K8S = path.join(ROOT, "infra/k8s")
/** Applied on its own before each release (a Job's template cannot change): see infra/README.md. */
const MIGRATION_JOB = "migrate-job.yaml"
const SECRET = "aem-secrets"
const CONFIG = "aem-config"

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; [key: string]: any }

// swc compiles import() to require(), and kubernetes-models is published as ES modules only.
const importEsm = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<any>

/** YAML as Kubernetes reads it (YAML 1.1: `on`, `yes` are booleans there); a syntax error fails. */
function parseYaml(file: string): any[] {
  return parseAllDocuments(readFileSync(file, "utf8"), { version: "1.1" }).map((doc) => {
    if (doc.errors.length) throw new Error(`${path.relative(ROOT, file)}: ${doc.errors.map((e) => e.message).join("; ")}`)
    return doc.toJS()
  }).filter((doc) => doc != null)
}

/**
 * The objects `kubectl apply -k infra/k8s` applies, plus the migration Job. The kustomization only lists
 * files (anything kustomize would generate or patch is refused), so reading them is rendering it.
 */
function render(): { objects: K8sObject[]; job: K8sObject } {
  const kustomization = parseYaml(path.join(K8S, "kustomization.yaml"))[0]
  expect(Object.keys(kustomization).sort()).toEqual(["apiVersion", "kind", "resources"])
  const files = readdirSync(K8S).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
  // Every manifest is applied: listed, or the Job applied before the rest.
  expect([...kustomization.resources, MIGRATION_JOB].sort()).toEqual(files.sort())
  const objects = kustomization.resources.flatMap((f: string) => parseYaml(path.join(K8S, f)))
  const [job] = parseYaml(path.join(K8S, MIGRATION_JOB))
  return { objects, job }
}

/** The kubernetes-models class for an object's apiVersion and kind (core v1 lives under "v1"). */
async function modelOf(object: K8sObject): Promise<any> {
  const module = await importEsm(`kubernetes-models/${object.apiVersion}/${object.kind}`)
  return module[object.kind]
}

/** The schema errors of one object, as "Kind/name: /path message" lines. */
async function schemaErrors(object: K8sObject): Promise<string[]> {
  const Model = await modelOf(object)
  try {
    new Model(object).validate()
    return []
  } catch (error: any) {
    const where = `${object.kind}/${object.metadata?.name}`
    return (error.errors ?? [{ instancePath: "", message: error.message }]).map((e: any) => `${where}: ${e.instancePath || "/"} ${e.message}`)
  }
}

/**
 * Fields the Kubernetes API does not know (a `readinessProbes` typo), which the OpenAPI schemas let through
 * and `kubectl apply --validate=strict` refuses: each object is type-checked as an object literal against its
 * kubernetes-models interface, whose excess-property check names such a field.
 */
const parsedTypes = new Map<string, ts.SourceFile | undefined>()
function unknownFields(objects: K8sObject[]): string[] {
  const file = path.join(__dirname, "__manifests__.ts")
  const source = objects
    .map((o, i) => `import type { I${o.kind} as T${i} } from "kubernetes-models/${o.apiVersion}/${o.kind}"\nexport const o${i}: T${i} = ${JSON.stringify(o)}`)
    .join("\n")
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es5.d.ts"],
    types: [],
    skipLibCheck: true,
  }
  const host = ts.createCompilerHost(options)
  const readFromDisk = host.getSourceFile
  host.getSourceFile = (name, language, ...rest) => {
    if (name === file) return ts.createSourceFile(name, source, language)
    if (!parsedTypes.has(name)) parsedTypes.set(name, readFromDisk.call(host, name, language, ...rest))
    return parsedTypes.get(name)
  }
  return ts.getPreEmitDiagnostics(ts.createProgram([file], options, host)).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1
    const object = objects[Math.floor(line / 2)]
    return `${object ? `${object.kind}/${object.metadata.name}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`
  })
}

const { objects, job } = render()
const all = [...objects, job]
const byKind = (kind: string) => objects.filter((o) => o.kind === kind)
const named = (kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name)
  if (!found) throw new Error(`no ${kind} named ${name}`)
  return found
}
const deployments = byKind("Deployment")
const workloads = [...deployments, job]
const containersOf = (o: K8sObject): any[] => o.spec.template.spec.containers
const envOf = (container: any, name: string) => (container.env ?? []).find((e: any) => e.name === name)
const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v)

/** `KEY=value` lines of an env file, comments and blank lines skipped. */
function envFileKeys(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.trimStart().startsWith("#"))
    .map((l) => l.slice(0, l.indexOf("=")))
}
const secretKeys = envFileKeys(path.join(K8S, "secrets.example.env"))

/** Each app's health route, by Deployment name. */
const healthRoutes: Record<string, { path: string; port: number }> = {
  "backend-server": { path: "/health", port: 9000 }, // Medusa's own
  "backend-worker": { path: "/health", port: 9000 },
  workers: { path: "/health", port: 9100 },
  storefront: { path: "/api/health", port: 8000 },
  portal: { path: "/api/health", port: 8001 },
}

/** A name that holds a credential: never a literal in a manifest, always from the Secret. */
const SECRET_NAME = /(SECRETS?|API_KEY|PASSWORD|DATABASE_URL|REDIS_URL)$/

/** Credential names the code of these folders reads from the environment (`process.env.X`, `env.X`, zod `X:`). */
function secretsReadBy(...dirs: string[]): string[] {
  const names = new Set<string>()
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p)) if (!f.startsWith(".") && !["__tests__", "node_modules", "customs-simulator"].includes(f)) visit(path.join(p, f))
      return
    }
    if (!/\.tsx?$/.test(p)) return
    // process.env.X, a zod env schema's X: z.…, and the installation secrets read through secretOrDemo(env, "X").
    for (const m of readFileSync(p, "utf8").matchAll(/(?:process\.env|\benv)\.([A-Z][A-Z0-9_]+)|^\s*([A-Z][A-Z0-9_]+): z\.|secretOrDemo\([\w.]+, "([A-Z][A-Z0-9_]+)"\)/gm)) {
      const name = m[1] ?? m[2] ?? m[3]
      if (SECRET_NAME.test(name)) names.add(name)
    }
  }
  for (const d of dirs) visit(path.join(ROOT, d))
  return [...names].sort()
}

describe("Kubernetes manifests (infra/k8s)", () => {
  it("validates every object against the Kubernetes API schemas", async () => {
    const secret = { apiVersion: "v1", kind: "Secret", metadata: { name: SECRET }, stringData: Object.fromEntries(secretKeys.map((k) => [k, "x"])) }
    // One at a time: jest's ES module loader trips over concurrent first imports of a shared module.
    const errors: string[] = []
    for (const object of [...all, secret]) errors.push(...(await schemaErrors(object)))
    expect(errors).toEqual([])
    expect(all.map((o) => o.kind).sort()).toEqual(
      expect.arrayContaining(["ConfigMap", "Deployment", "Ingress", "Job", "PersistentVolumeClaim", "PodDisruptionBudget", "Service"])
    )
  })

  it("has no field the Kubernetes API does not know", () => {
    expect(unknownFields(all)).toEqual([])
    const typo = structuredClone(named("Deployment", "portal"))
    containersOf(typo)[0].readinessProbes = containersOf(typo)[0].readinessProbe
    expect(unknownFields([typo])).toEqual([expect.stringMatching(/^Deployment\/portal: .*'"readinessProbes"' does not exist in type 'IContainer'/)])
  })

  it("the validator refuses what the API server would (so the check above can fail)", async () => {
    const broken = structuredClone(named("Deployment", "storefront"))
    broken.spec.replicas = "two"
    containersOf(broken)[0].ports[0].containerPort = "8000"
    delete broken.spec.selector
    expect(await schemaErrors(broken)).toEqual([
      "Deployment/storefront: /spec must have required property selector",
      "Deployment/storefront: /spec/replicas must be integer",
      "Deployment/storefront: /spec/template/spec/containers/0/ports/0/containerPort must be integer",
    ])
  })

  it("runs each part as production does: backend servers, one backend worker, workers, storefront and portal", () => {
    const replicas = Object.fromEntries(deployments.map((d) => [d.metadata.name, d.spec.replicas]))
    expect(replicas).toEqual({ "backend-server": 2, "backend-worker": 1, workers: 2, storefront: 2, portal: 2 })
    const mode = (name: string) => envOf(containersOf(named("Deployment", name))[0], "MEDUSA_WORKER_MODE")?.value
    // Only the worker consumes events and queues; servers answer HTTP (ARCHITECTURE.md, "Processes").
    expect(mode("backend-server")).toBe("server")
    expect(mode("backend-worker")).toBe("worker")
    expect(containersOf(job)[0].command).toEqual(["medusa", "db:migrate"])
    const image = (o: K8sObject) => containersOf(o)[0].image.replace(/:.*/, "")
    expect(image(job)).toBe(image(named("Deployment", "backend-server")))
    expect(image(named("Deployment", "backend-worker"))).toBe(image(named("Deployment", "backend-server")))
  })

  it("probes every Deployment's readiness and liveness on the app's health route", () => {
    expect(existsSync(path.join(ROOT, "apps/storefront/app/api/health/route.ts"))).toBe(true)
    expect(existsSync(path.join(ROOT, "apps/portal/app/api/health/route.ts"))).toBe(true)
    expect(readFileSync(path.join(ROOT, "apps/workers/src/health.ts"), "utf8")).toContain('"/health"')
    for (const d of deployments) {
      for (const c of containersOf(d)) {
        for (const probe of ["readinessProbe", "livenessProbe"]) {
          const get = c[probe]?.httpGet
          expect({ deployment: d.metadata.name, probe, path: get?.path }).toEqual({ deployment: d.metadata.name, probe, path: healthRoutes[d.metadata.name].path })
          const port = typeof get.port === "number" ? get.port : c.ports.find((p: any) => p.name === get.port)?.containerPort
          expect({ deployment: d.metadata.name, probe, port }).toEqual({ deployment: d.metadata.name, probe, port: healthRoutes[d.metadata.name].port })
        }
      }
    }
  })

  it("gives every container CPU and memory requests and limits, requests within limits", () => {
    const quantity = (q: string | number) => {
      const m = String(q).match(/^([\d.]+)(m|Mi|Gi)?$/)
      if (!m) throw new Error(`unexpected quantity ${q}`)
      return Number(m[1]) * { m: 0.001, Mi: 2 ** 20, Gi: 2 ** 30, "": 1 }[m[2] ?? ""]!
    }
    for (const w of workloads) {
      for (const c of containersOf(w)) {
        for (const resource of ["cpu", "memory"]) {
          const { requests = {}, limits = {} } = c.resources ?? {}
          expect({ workload: w.metadata.name, resource, requested: requests[resource] !== undefined, limited: limits[resource] !== undefined }).toEqual({
            workload: w.metadata.name,
            resource,
            requested: true,
            limited: true,
          })
          expect(quantity(requests[resource])).toBeLessThanOrEqual(quantity(limits[resource]))
        }
      }
    }
  })

  it("takes every credential from the Secret, never from a literal or the ConfigMap", () => {
    const config = named("ConfigMap", CONFIG)
    expect(Object.keys(config.data).filter((k) => SECRET_NAME.test(k))).toEqual([])
    for (const w of workloads) {
      for (const c of containersOf(w)) {
        for (const e of c.env ?? []) {
          if (SECRET_NAME.test(e.name)) expect({ env: e.name, from: e.valueFrom?.secretKeyRef?.name }).toEqual({ env: e.name, from: SECRET })
          const ref = e.valueFrom?.secretKeyRef
          if (ref) expect(secretKeys).toContain(ref.key)
          const configRef = e.valueFrom?.configMapKeyRef
          if (configRef) expect({ env: e.name, map: configRef.name, known: configRef.key in config.data }).toEqual({ env: e.name, map: CONFIG, known: true })
        }
        for (const from of c.envFrom ?? []) {
          if (from.secretRef) expect(from.secretRef.name).toBe(SECRET)
          if (from.configMapRef) expect(from.configMapRef.name).toBe(CONFIG)
        }
      }
    }
  })

  it("lists in secrets.example.env every credential the code reads, and each app's pods get the ones it reads", () => {
    const everywhere = secretsReadBy("apps/backend/src", "apps/backend/medusa-config.ts", "apps/workers/src", "apps/storefront", "apps/portal", "packages/job-contracts/src")
    expect(everywhere.length).toBeGreaterThan(5)
    expect(secretKeys.sort()).toEqual(everywhere)

    const fromSecret = (o: K8sObject) => {
      const c = containersOf(o)[0]
      if ((c.envFrom ?? []).some((f: any) => f.secretRef)) return secretKeys
      return (c.env ?? []).filter((e: any) => e.valueFrom?.secretKeyRef).map((e: any) => e.name).sort()
    }
    for (const backend of ["backend-server", "backend-worker"]) expect(fromSecret(named("Deployment", backend))).toEqual(secretKeys)
    expect(fromSecret(job)).toEqual(secretKeys)
    // The others hold only what their own code reads: a storefront pod cannot reach the database.
    expect(fromSecret(named("Deployment", "workers"))).toEqual(secretsReadBy("apps/workers/src"))
    expect(fromSecret(named("Deployment", "storefront"))).toEqual(secretsReadBy("apps/storefront"))
    expect(fromSecret(named("Deployment", "portal"))).toEqual(secretsReadBy("apps/portal"))
  })

  it("has a PodDisruptionBudget for each Deployment of several replicas, matching its pods and letting one go", () => {
    const pdbs = byKind("PodDisruptionBudget")
    for (const d of deployments) {
      expect(matches(d.spec.selector.matchLabels, d.spec.template.metadata.labels)).toBe(true)
      const covering = pdbs.filter((p) => matches(p.spec.selector.matchLabels, d.spec.template.metadata.labels))
      if (d.spec.replicas >= 2) {
        expect({ deployment: d.metadata.name, budgets: covering.length }).toEqual({ deployment: d.metadata.name, budgets: 1 })
        expect(covering[0].spec.minAvailable).toBeLessThan(d.spec.replicas)
      } else {
        // A budget on a single pod would block every node drain.
        expect({ deployment: d.metadata.name, budgets: covering.length }).toEqual({ deployment: d.metadata.name, budgets: 0 })
      }
    }
    for (const p of pdbs) expect(deployments.filter((d) => matches(p.spec.selector.matchLabels, d.spec.template.metadata.labels))).toHaveLength(1)
  })

  it("wires Services, the Ingress and volumes to what exists", () => {
    for (const s of byKind("Service")) {
      const targets = deployments.filter((d) => matches(s.spec.selector, d.spec.template.metadata.labels))
      expect({ service: s.metadata.name, targets: targets.map((d) => d.metadata.name).length }).toEqual({ service: s.metadata.name, targets: 1 })
      const portNames = containersOf(targets[0]).flatMap((c) => c.ports.map((p: any) => p.name))
      for (const port of s.spec.ports) expect(portNames).toContain(port.targetPort)
    }
    expect(byKind("Service").map((s) => s.metadata.name).sort()).toEqual(["backend", "portal", "storefront"])
    // The workers and the Next.js apps reach the backend through its Service.
    for (const name of ["workers", "storefront", "portal"]) {
      expect(envOf(containersOf(named("Deployment", name))[0], "MEDUSA_BACKEND_URL").value).toBe("http://backend:9000")
    }
    for (const rule of named("Ingress", "aem-marketplace").spec.rules) {
      for (const p of rule.http.paths) {
        const service = named("Service", p.backend.service.name)
        expect(service.spec.ports.map((port: any) => port.name)).toContain(p.backend.service.port.name)
      }
    }
    const claims = byKind("PersistentVolumeClaim").map((c) => c.metadata.name)
    for (const w of workloads) {
      const volumes = w.spec.template.spec.volumes ?? []
      for (const v of volumes) if (v.persistentVolumeClaim) expect(claims).toContain(v.persistentVolumeClaim.claimName)
      for (const c of containersOf(w)) for (const m of c.volumeMounts ?? []) expect(volumes.map((v: any) => v.name)).toContain(m.name)
    }
  })
})

describe("compose file (infra/docker-compose.yml)", () => {
  const compose = parseYaml(path.join(ROOT, "infra/docker-compose.yml"))[0]
  const services = compose.services

  it("runs the same parts: backend server and worker, migrations, workers, storefront and portal", () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(["backend-migrate", "backend", "backend-worker", "workers", "storefront", "portal"]))
    expect(services.backend.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(services["backend-worker"].environment.MEDUSA_WORKER_MODE).toBe("worker")
    // The images Kubernetes runs are the ones compose builds.
    const composeImages = Object.values<any>(services).map((s) => s.image)
    for (const d of workloads) for (const c of containersOf(d)) expect(composeImages).toContain(c.image)
  })

  it("builds every image from a Dockerfile that exists and health-checks every app on its health route", () => {
    for (const [name, s] of Object.entries<any>(services)) {
      if (s.build) expect({ name, dockerfile: existsSync(path.join(ROOT, "infra", s.build.context, s.build.dockerfile)) }).toEqual({ name, dockerfile: true })
    }
    for (const [deployment, { path: route, port }] of Object.entries(healthRoutes)) {
      const name = deployment === "backend-server" ? "backend" : deployment
      expect({ name, healthcheck: services[name].healthcheck?.test?.join(" ") }).toEqual({ name, healthcheck: expect.stringContaining(`http://127.0.0.1:${port}${route}'`) })
    }
    // The workers call the backend's /hooks over the compose network, not their own localhost.
    expect(services.workers.environment.MEDUSA_BACKEND_URL).toBe("http://backend:9000")
  })
})
