import { MedusaService } from "@medusajs/framework/utils"
import { Organisation } from "./models/organisation"
import { OrganisationAddress } from "./models/organisation-address"
import { OrganisationApproval } from "./models/organisation-approval"
import { OrganisationDocument } from "./models/organisation-document"
import { OrganisationInvite } from "./models/organisation-invite"
import { OrganisationMember } from "./models/organisation-member"
import { OrganisationStatusChange } from "./models/organisation-status-change"

export default class OrganisationModuleService extends MedusaService({
  Organisation,
  OrganisationMember,
  OrganisationInvite,
  OrganisationStatusChange,
  OrganisationDocument,
  OrganisationAddress,
  OrganisationApproval,
}) {}
