import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { FileTypes } from "@medusajs/framework/types"
import { AbstractFileProviderService, MedusaError } from "@medusajs/framework/utils"
import { randomInt } from "node:crypto"
import path from "node:path"
import { PassThrough, Readable } from "node:stream"
import { StoredFiles } from "../file-store/stored-files"

type Options = {
  /** Where public files are served: `<backend_url>/<key>` (the backend's /static route). */
  backend_url: string
}

/**
 * The file module's provider for the default install: file bytes in PostgreSQL (`stored_file`), so they
 * live, move and are backed up with the data that refers to them, and every backend process sees the same
 * files. Public files are served by `GET /static/:key`; private ones only through the routes that check the
 * caller (src/api/private-file.ts). Keys keep the local provider's form (`<time>-<name>`, `private-` in front
 * for private files), so URLs and keys written by it stay valid once its files are imported.
 */
export default class PostgresFileService extends AbstractFileProviderService {
  static identifier = "file-postgres"
  protected readonly files: StoredFiles
  protected readonly baseUrl: string

  constructor(cradle: { __pg_connection__: Knex }, options: Options) {
    super()
    this.files = new StoredFiles(() => cradle.__pg_connection__)
    this.baseUrl = (options?.backend_url ?? "http://localhost:9000/static").replace(/\/$/, "")
  }

  protected newKey(filename: string | undefined, access: FileTypes.ProviderUploadFileDTO["access"]): string {
    if (!filename) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No filename provided")
    // One flat name: the /static/:key route serves a single path segment.
    const base = path.basename(filename).replace(/[^\w.-]/g, "_")
    const unique = `${Date.now()}${String(randomInt(1_000_000)).padStart(6, "0")}`
    return `${access === "public" ? "" : "private-"}${unique}-${base}`
  }

  protected urlOf(key: string): string {
    return `${this.baseUrl}/${encodeURIComponent(key)}`
  }

  async upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO> {
    if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No file provided")
    const key = this.newKey(file.filename, file.access)
    await this.files.put({ key, access: file.access === "public" ? "public" : "private", mime_type: file.mimeType, content: decodeContent(file.content, file.mimeType) })
    return { key, url: this.urlOf(key) }
  }

  async getUploadStream(file: FileTypes.ProviderUploadStreamDTO) {
    const key = this.newKey(file.filename, file.access)
    const writeStream = new PassThrough()
    const chunks: Buffer[] = []
    writeStream.on("data", (c: Buffer) => chunks.push(c))
    const promise = new Promise<FileTypes.ProviderFileResultDTO>((resolve, reject) => {
      writeStream.on("error", reject)
      writeStream.on("end", () => {
        const access = file.access === "public" ? "public" : "private"
        this.files.put({ key, access, mime_type: file.mimeType, content: Buffer.concat(chunks) }).then(() => resolve({ key, url: this.urlOf(key) }), reject)
      })
    })
    return { writeStream, promise, url: this.urlOf(key), fileKey: key }
  }

  async delete(files: FileTypes.ProviderDeleteFileDTO | FileTypes.ProviderDeleteFileDTO[]): Promise<void> {
    await this.files.delete((Array.isArray(files) ? files : [files]).map((f) => f.fileKey))
  }

  protected async contentOf(key: string): Promise<Buffer> {
    const file = await this.files.get(key)
    if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File with key ${key} not found`)
    return file.content
  }

  async getAsBuffer(file: FileTypes.ProviderGetFileDTO): Promise<Buffer> {
    return this.contentOf(file.fileKey)
  }

  async getDownloadStream(file: FileTypes.ProviderGetFileDTO): Promise<Readable> {
    return Readable.from([await this.contentOf(file.fileKey)])
  }

  /** The file's URL; only public files are served there (private ones through the routes that check the caller). */
  async getPresignedDownloadUrl(file: FileTypes.ProviderGetFileDTO): Promise<string> {
    if (!(await this.files.describe(file.fileKey))) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File with key ${file.fileKey} not found`)
    return this.urlOf(file.fileKey)
  }

  /** As the local provider: the admin uploads through the backend (`/admin/uploads`). */
  async getPresignedUploadUrl(file: FileTypes.ProviderGetPresignedUploadUrlDTO): Promise<FileTypes.ProviderFileResultDTO> {
    if (!file?.filename) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No filename provided")
    return { url: "/admin/uploads", key: file.filename }
  }
}

/**
 * An upload's content arrives as a string: base64, or (as Medusa's upload docs have it) a binary string,
 * or UTF-8 text for text types. Decoded as Medusa's own providers do.
 */
function decodeContent(content: string, mimeType?: string): Buffer {
  const base64 = Buffer.from(content, "base64")
  if (base64.toString("base64") === content) return base64
  const text = mimeType?.startsWith("text/") || /csv|json|xml/.test(mimeType ?? "")
  return Buffer.from(content, text ? "utf8" : "binary")
}
