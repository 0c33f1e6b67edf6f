import type { CertificateInput } from "../../workflows/manufacturer/steps/create-certificate"

/**
 * Demo certificates, so product pages and the certification filter show some. Fictional numbers from
 * real kinds of issuer (a notified body for ISO 13485 and CE, the city market regulator for a class I
 * NMPA filing, the FDA's registration for a hearing-aid maker). Each covers the manufacturer's products
 * in the ISO 9999 classes `iso_prefixes` names (empty: all of them), or only the models `handles` names
 * (a CE certificate is per model: only some of a maker's models are sold in the EU).
 */
export type DemoCertificate = Pick<CertificateInput, "type" | "number" | "issuer"> & {
  manufacturer: string
  /** ISO dates. */
  valid_from: string
  valid_until: string
  iso_prefixes: string[]
  handles?: string[]
}

export const DEMO_CERTIFICATES: DemoCertificate[] = [
  { manufacturer: "jiaxing-kangyi", type: "iso_13485", number: "DEMO-Q5-082231-0012", issuer: "TÜV SÜD Product Service GmbH", valid_from: "2024-03-01", valid_until: "2029-02-28", iso_prefixes: [] },
  { manufacturer: "jiaxing-kangyi", type: "ce", number: "DEMO-CE-0123-KY-2024", issuer: "TÜV SÜD Product Service GmbH (notified body 0123)", valid_from: "2024-05-15", valid_until: "2028-05-14", iso_prefixes: ["12 22"],
    handles: ["kangyi-lightweight-aluminium-wheelchair", "kangyi-steel-standard-wheelchair", "kangyi-transport-chair"] },
  { manufacturer: "foshan-dongfang-mobility", type: "iso_13485", number: "DEMO-MD-61402-DF", issuer: "SGS-CSTC Standards Technical Services Co., Ltd.", valid_from: "2023-09-01", valid_until: "2029-08-31", iso_prefixes: [] },
  { manufacturer: "foshan-dongfang-mobility", type: "nmpa_registration", number: "DEMO-粤械注准20242190001", issuer: "Guangdong Medical Products Administration", valid_from: "2024-01-10", valid_until: "2029-01-09", iso_prefixes: ["12 23"] },
  { manufacturer: "xiamen-tingsheng", type: "iso_13485", number: "DEMO-HA-13485-TS-07", issuer: "BSI Group The Netherlands B.V.", valid_from: "2024-06-01", valid_until: "2027-05-31", iso_prefixes: [] },
  { manufacturer: "xiamen-tingsheng", type: "fda", number: "DEMO-FEI-3021000000", issuer: "U.S. Food and Drug Administration (establishment registration)", valid_from: "2025-10-01", valid_until: "2027-09-30", iso_prefixes: ["22 06"] },
  { manufacturer: "hebei-anjian-orthopaedic", type: "nmpa_filing", number: "DEMO-冀衡械备20230011", issuer: "Hengshui Administration for Market Regulation", valid_from: "2023-04-20", valid_until: "2028-04-19", iso_prefixes: [] },
  { manufacturer: "changzhou-huikang-care", type: "iso_13485", number: "DEMO-CQC-13485-HK-19", issuer: "China Quality Certification Centre", valid_from: "2024-11-01", valid_until: "2027-10-31", iso_prefixes: [] },
  { manufacturer: "changzhou-huikang-care", type: "ce", number: "DEMO-CE-2797-HK-2025", issuer: "BSI Group The Netherlands B.V. (notified body 2797)", valid_from: "2025-02-01", valid_until: "2029-01-31", iso_prefixes: [] },
]

/** A one-page PDF standing in for the scan, saying plainly that it is demo data. */
export function demoScan(number: string): string {
  const text = `DEMO DATA - not a real certificate - ${number}`.replace(/[()\\]/g, "")
  const stream = `BT /F1 12 Tf 50 800 Td (${text}) Tj ET`
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]
  let pdf = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1").toString("base64")
}
