import { DEMO_PRODUCTS, ISO_CLASSES, type DemoProduct } from "./catalog"
import { DEMO_CERTIFICATES, demoScan } from "./certificates"
import { productImageSvg } from "./pictograms"

/** A demo product's photo: a studio photo of its class's device (drawn, so sharp at any width). */
export function demoProductImage(p: DemoProduct): string {
  const iso = ISO_CLASSES.find((c) => c.code === p.iso)!
  return productImageSvg(iso.pictogram, iso.colour)
}

/** The demo photo's alt text in every language the catalogue has. */
export function demoProductImageAlt(p: DemoProduct): Record<string, string> {
  return {
    en: `${p.title}, side view on a plain light background`,
    zh: `${p.title}，浅色背景上的侧视图`,
    ru: `${p.title}, вид сбоку на светлом фоне`,
    ar: `${p.title}، منظر جانبي على خلفية فاتحة`,
    id: `${p.title}, tampak samping dengan latar belakang terang`,
    tr: `${p.title}, açık renkli arka planda yandan görünüm`,
  }
}

export type DemoFile = { content: Buffer; mime_type: string; access: "public" | "private" }

/**
 * The bytes of a file the demo seed stored, made again from the repository (pictograms, the demo scan):
 * a demo product's image (`<time>-<handle>.svg`) or a demo certificate's scan (`<number>.pdf`). Undefined
 * for anything else: that cannot be made again, only reported.
 */
export function demoFileFor(ref: { product_handle?: string; certificate_number?: string; key: string }): DemoFile | undefined {
  const product = ref.product_handle ? DEMO_PRODUCTS.find((p) => p.handle === ref.product_handle) : undefined
  if (product && ref.key.endsWith(`-${product.handle}.svg`)) {
    return { content: Buffer.from(demoProductImage(product)), mime_type: "image/svg+xml", access: "public" }
  }
  const certificate = ref.certificate_number ? DEMO_CERTIFICATES.find((c) => c.number === ref.certificate_number) : undefined
  if (certificate) return { content: Buffer.from(demoScan(certificate.number), "base64"), mime_type: "application/pdf", access: "private" }
  return undefined
}
