import { MedusaService } from "@medusajs/framework/utils"
import { PartnerAuthorisation } from "./models/partner-authorisation"
import { PartnerInvite } from "./models/partner-invite"
import { PartnerMember } from "./models/partner-member"
import { ServiceJob } from "./models/service-job"
import { ServicePartner } from "./models/service-partner"

export default class ServicePartnerModuleService extends MedusaService({ ServicePartner, PartnerMember, PartnerInvite, PartnerAuthorisation, ServiceJob }) {}
