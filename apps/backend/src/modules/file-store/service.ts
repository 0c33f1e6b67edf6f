import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConfigModule, IFileModuleService, Logger } from "@medusajs/framework/types"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { demoFileFor } from "../../scripts/demo-data/demo-files"
import { contentTypeOf } from "./content-types"
import { fileReferences, type FileReference } from "./references"
import { StoredFiles } from "./stored-files"

export type FileStoreOptions = {
  /** Where the file store serves public files: product image URLs under it name a stored file. */
  public_url: string
  /** True when the file module's provider is ours (bytes in `stored_file`): missing files can be written back. */
  in_database: boolean
  /** Folders the local provider kept files in before (`.data/uploads`, `.data/private-files`): files found there are imported. */
  import_dirs?: string[]
}

type Dependencies = {
  __pg_connection__: Knex
  query: Parameters<typeof fileReferences>[0]
  file: IFileModuleService
  logger: Logger
  configModule: ConfigModule
}

export type FileProblem = Omit<FileReference, "product_handle" | "certificate_number">

/**
 * Keeps the file store true to the database: every file a record names must be readable. At start-up
 * (in the process that does background work) files missing from the store are imported from the local
 * provider's old folders, or, for the demo seed's own files, made again; the rest are logged by name and
 * listed at GET /admin/file-problems.
 */
export default class FileStoreModuleService {
  protected readonly stored: StoredFiles

  constructor(
    protected readonly deps: Dependencies,
    protected readonly options: FileStoreOptions
  ) {
    this.stored = new StoredFiles(() => deps.__pg_connection__)
  }

  /** A public file's bytes, for GET /static/:key (private files are read only through the routes that check the caller). */
  async publicFile(key: string) {
    const file = await this.stored.get(key)
    return file?.access === "public" ? file : undefined
  }

  /** Whether the file can be read from the file module (its first bytes, so a large file is not fetched whole). */
  protected async readable(key: string): Promise<boolean> {
    try {
      const stream = await this.deps.file.getDownloadStream(key)
      for await (const _chunk of stream) break
      stream.destroy()
      return true
    } catch {
      return false
    }
  }

  /** The files the database names that the file store cannot give back. */
  async problems(): Promise<FileProblem[]> {
    const refs = await fileReferences(this.deps.query, this.options.public_url)
    const missing: FileReference[] = []
    for (let i = 0; i < refs.length; i += 8) {
      const batch = refs.slice(i, i + 8)
      const ok = await Promise.all(batch.map((r) => this.readable(r.key)))
      missing.push(...batch.filter((_, j) => !ok[j]))
    }
    return missing.map(({ key, what }) => ({ key, what }))
  }

  /** Imports or remakes what it can of the missing files; returns those still missing. */
  async repair(): Promise<{ restored: FileProblem[]; missing: FileProblem[] }> {
    const refs = new Map((await fileReferences(this.deps.query, this.options.public_url)).map((r) => [r.key, r]))
    const restored: FileProblem[] = []
    const missing: FileProblem[] = []
    for (const problem of await this.problems()) {
      const ref = refs.get(problem.key)!
      const file = this.options.in_database ? this.fromImportDirs(ref) ?? demoFileFor(ref) : undefined
      if (!file) {
        missing.push(problem)
        continue
      }
      await this.stored.put({ key: ref.key, ...file })
      restored.push(problem)
    }
    return { restored, missing }
  }

  /** A file the local provider wrote, in one of its old folders (keys are its own: a plain file name, private ones `private-…`). */
  protected fromImportDirs(ref: FileReference) {
    if (ref.key !== path.basename(ref.key)) return undefined
    for (const dir of this.options.import_dirs ?? []) {
      const file = path.join(dir, ref.key)
      if (!existsSync(file)) continue
      return {
        content: readFileSync(file),
        mime_type: contentTypeOf(ref.key),
        access: ref.key.startsWith("private-") ? ("private" as const) : ("public" as const),
      }
    }
    return undefined
  }

  __hooks = {
    onApplicationStart: async () => {
      // Once per deployment, not once per HTTP process: the process that does the background work checks.
      if (this.deps.configModule.projectConfig.workerMode === "server") return
      void this.repair()
        .then(({ restored, missing }) => {
          for (const f of restored) this.deps.logger.info(`file store: ${f.key} (${f.what}) was missing and has been restored`)
          for (const f of missing) this.deps.logger.error(`file store: ${f.key} (${f.what}) is missing: the database refers to it, the file store does not have it`)
          if (missing.length) this.deps.logger.error(`file store: ${missing.length} missing files, listed at GET /admin/file-problems`)
        })
        .catch((e) => this.deps.logger.error(`file store: the start-up check failed: ${(e as Error).message}`))
    },
  }
}
