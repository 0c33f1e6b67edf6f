import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addCertificateWorkflow } from "../../../workflows/manufacturer/add-certificate"
import { assertOwnProducts, type VendorRequest } from "../tenant"
import type { VendorAddCertificateType } from "../validators"
import { CERTIFICATE_FIELDS, withExpiryFlag } from "./query-config"

/** GET /vendor/certificates — this manufacturer's certificates, those expiring within 60 days flagged. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer_certificate",
    fields: CERTIFICATE_FIELDS,
    filters: { manufacturer_id: req.manufacturerId },
  })
  res.json({ certificates: data.map((c) => withExpiryFlag(c)) })
}

/** POST /vendor/certificates — multipart: the scan as `file`, and the certificate's fields. */
export async function POST(req: VendorRequest & { validatedBody: VendorAddCertificateType; file?: { originalname: string; mimetype: string; buffer: Buffer } }, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertOwnProducts(req, body.product_ids)
  const file = req.file!
  const { result } = await addCertificateWorkflow(req.scope).run({
    input: {
      manufacturer_id: req.manufacturerId,
      type: body.type,
      number: body.number,
      issuer: body.issuer,
      valid_from: body.valid_from,
      valid_until: body.valid_until,
      productIds: body.product_ids,
      uploadedBy: req.auth_context.actor_id,
      file: { filename: file.originalname, mimeType: file.mimetype, content: file.buffer.toString("base64") },
    },
  })
  const { data } = await query.graph({ entity: "manufacturer_certificate", fields: CERTIFICATE_FIELDS, filters: { id: result.id } })
  res.status(201).json({ certificate: withExpiryFlag(data[0]) })
}
