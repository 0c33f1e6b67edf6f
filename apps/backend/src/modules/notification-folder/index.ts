import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FolderNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [FolderNotificationService] })
