/** A file the database refers to, named as a person would look for it. */
export type FileReference = {
  key: string
  /** e.g. "image of product kangyi-transport-chair", "scan of certificate DEMO-CE-… (jiaxing-kangyi)". */
  what: string
  product_handle?: string
  certificate_number?: string
}

type Graph = { graph: (q: { entity: string; fields: string[]; filters?: Record<string, unknown> }) => Promise<{ data: any[] }> }

/**
 * Every file the marketplace's records name: product images (by URL, those under the file store's public
 * URL), certificate scans, customs documents, spot-check reports and industry reports (by file id).
 */
export async function fileReferences(query: Graph, publicUrl: string): Promise<FileReference[]> {
  const prefix = `${publicUrl.replace(/\/$/, "")}/`
  const keyOf = (url?: string | null) => (url?.startsWith(prefix) ? decodeURIComponent(url.slice(prefix.length)) : undefined)
  const [products, certificates, documents, spotChecks, reports] = await Promise.all([
    query.graph({ entity: "product", fields: ["handle", "thumbnail", "images.url", "images.metadata"] }),
    query.graph({ entity: "manufacturer_certificate", fields: ["number", "file_id", "manufacturer.handle"] }),
    query.graph({ entity: "customs_document", fields: ["filename", "file_id", "declaration_id", "version"] }),
    query.graph({ entity: "spot_check", fields: ["id", "report_file_id"] }),
    query.graph({ entity: "industry_report", fields: ["id", "pdf_file_id", "csv_file_id"] }),
  ])
  const refs = new Map<string, FileReference>()
  const add = (ref: FileReference) => refs.has(ref.key) || refs.set(ref.key, ref)
  for (const p of products.data) {
    // A photo's smaller sizes are named only in its metadata.
    const sizes = (p.images ?? []).flatMap((i: { metadata?: { sizes?: { url?: string }[] } } | null) => i?.metadata?.sizes ?? [])
    for (const url of [p.thumbnail, ...(p.images ?? []).map((i: { url: string }) => i?.url), ...sizes.map((s: { url?: string }) => s?.url)]) {
      const key = keyOf(url)
      if (key) add({ key, what: `image of product ${p.handle}`, product_handle: p.handle })
    }
  }
  for (const c of certificates.data) {
    add({ key: c.file_id, what: `scan of certificate ${c.number} (${c.manufacturer?.handle ?? "no manufacturer"})`, certificate_number: c.number })
  }
  for (const d of documents.data) add({ key: d.file_id, what: `${d.filename} of declaration ${d.declaration_id} (version ${d.version})` })
  for (const s of spotChecks.data) add({ key: s.report_file_id, what: `report of spot check ${s.id}` })
  for (const r of reports.data) {
    add({ key: r.pdf_file_id, what: `PDF of industry report ${r.id}` })
    add({ key: r.csv_file_id, what: `CSV of industry report ${r.id}` })
  }
  return [...refs.values()]
}
