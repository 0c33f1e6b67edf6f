import { Module } from "@medusajs/framework/utils"
import FileStoreModuleService from "./service"

export const FILE_STORE_MODULE = "fileStore"

export default Module(FILE_STORE_MODULE, {
  service: FileStoreModuleService,
})
