import { UnrecoverableError } from "bullmq"
import { BackendRefusedError, type BackendClient } from "../backend"

/** A signed POST to the backend; a request it refuses (bad body, unknown record) fails the job at once instead of retrying. */
export async function postToBackend<T>(backend: BackendClient, path: string, body: unknown): Promise<T> {
  try {
    return await backend.post<T>(path, body)
  } catch (e) {
    if (e instanceof BackendRefusedError) throw new UnrecoverableError(e.message)
    throw e
  }
}
