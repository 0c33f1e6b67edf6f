import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { promises as fs } from "fs"
import path from "path"

type Options = { dir: string }

/**
 * Writes each message as a JSON file in a folder (one file per notification, named by time, template
 * and recipient), where a person running the demo can read what buyers, manufacturers and operators
 * were sent. A mail or SMS provider replaces it in production.
 */
export default class FolderNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-folder"
  protected readonly dir: string
  protected readonly logger: Logger

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.dir = path.resolve(options.dir)
    this.logger = logger
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A notification needs a recipient")
    await fs.mkdir(this.dir, { recursive: true })
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}_${notification.template}_${notification.to.replace(/[^\w@.-]/g, "_")}.json`
    const { to, channel, template, data } = notification
    // Written under a temporary name and renamed, so a reader never sees half a message.
    await fs.writeFile(path.join(this.dir, `.${name}.tmp`), JSON.stringify({ to, channel, template, data }, null, 2), "utf8")
    await fs.rename(path.join(this.dir, `.${name}.tmp`), path.join(this.dir, name))
    this.logger.info(`notification ${template} to ${to} written to ${path.join(this.dir, name)}`)
    return { id: name }
  }
}
