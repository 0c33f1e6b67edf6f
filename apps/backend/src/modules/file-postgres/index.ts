import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PostgresFileService from "./service"

export default ModuleProvider(Modules.FILE, { services: [PostgresFileService] })
