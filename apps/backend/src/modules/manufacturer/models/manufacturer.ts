import { model } from "@medusajs/framework/utils"
import { ManufacturerCertificate } from "./certificate"
import { ManufacturerInvite } from "./manufacturer-invite"
import { ManufacturerMember } from "./manufacturer-member"
import { ManufacturerStatusChange } from "./manufacturer-status-change"

/** A Chinese maker of assistive devices selling through the platform. */
export const Manufacturer = model
  .define("manufacturer", {
    id: model.id({ prefix: "mfr" }).primaryKey(),
    handle: model.text().unique(),
    legal_name_zh: model.text(),
    legal_name_en: model.text(),
    /** 统一社会信用代码 (GB 32100-2015), 18 characters. */
    unified_social_credit_code: model.text().unique(),
    /** 海关注册编码: the ebcCode in customs messages, 10 characters. */
    customs_code: model.text(),
    province: model.text(),
    city: model.text(),
    address: model.text(),
    contact_name: model.text(),
    contact_email: model.text(),
    contact_phone: model.text(),
    founded_year: model.number().nullable(),
    description_en: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    status_changes: model.hasMany(() => ManufacturerStatusChange, { mappedBy: "manufacturer" }),
    members: model.hasMany(() => ManufacturerMember, { mappedBy: "manufacturer" }),
    certificates: model.hasMany(() => ManufacturerCertificate, { mappedBy: "manufacturer" }),
    invites: model.hasMany(() => ManufacturerInvite, { mappedBy: "manufacturer" }),
  })
  .cascades({ delete: ["status_changes", "members", "certificates", "invites"] })
