import type { MedusaResponse } from "@medusajs/framework/http"
import { addOrganisationDocumentWorkflow } from "../../../../../workflows/organisation/organisations"
import type { OrganisationRequest } from "../../tenant"
import type { StoreAddOrganisationDocumentType } from "../../validators"

type Upload = { file?: { originalname: string; mimetype: string; buffer: Buffer } }

/** POST /store/organisations/me/documents — multipart: a registration document as `file`, with its `title` (admins). */
export async function POST(req: OrganisationRequest<StoreAddOrganisationDocumentType> & Upload, res: MedusaResponse) {
  const file = req.file!
  const { result } = await addOrganisationDocumentWorkflow(req.scope).run({
    input: {
      organisation_id: req.organisationMember.organisation_id,
      title: req.validatedBody.title,
      file: { filename: file.originalname, mimeType: file.mimetype, content: file.buffer.toString("base64") },
    },
  })
  res.status(201).json({ document: { id: result.id, title: result.title, filename: result.filename, created_at: result.created_at } })
}
