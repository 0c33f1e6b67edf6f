import { handOffConsignmentJob, prepareDeclarationJob } from "@aem/job-contracts"
import { backendClient } from "../backend"
import type { WorkersConfig } from "../config"
import { FolderTransport } from "../customs/transport"
import { register } from "../handler"
import { handOffConsignmentHandler } from "./hand-off-consignment"
import { prepareDeclarationHandler } from "./prepare-declaration"

/** Every job the workers consume: one line per contract. */
export function createHandlers(config: WorkersConfig) {
  const backend = backendClient(config.backendUrl, config.hooksSecret)
  const transport = new FolderTransport(config.customsExchangeDir)
  return [
    register(prepareDeclarationJob, prepareDeclarationHandler(backend, transport)),
    register(handOffConsignmentJob, handOffConsignmentHandler(backend, config.parkSecret)),
  ]
}
