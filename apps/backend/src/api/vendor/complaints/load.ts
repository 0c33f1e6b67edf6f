import { findOr404 } from "../../private-file"
import type { VendorRequest } from "../tenant"
import { VENDOR_COMPLAINT_FIELDS } from "./query-config"

/** One complaint about this manufacturer's goods; another manufacturer's is a 404. */
export const loadOwnComplaint = (req: VendorRequest, id: string) =>
  findOr404<Record<string, unknown>>(req, "complaint", VENDOR_COMPLAINT_FIELDS, { id, manufacturer_id: req.manufacturerId }, `Complaint ${id}`)
