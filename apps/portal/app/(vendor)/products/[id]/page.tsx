import { notFound } from "next/navigation"
import { Notice } from "@/components/field"
import { StockForm } from "@/components/forms/stock-form"
import { ProductEditor } from "@/components/product-editor"
import { PhotoItem, PhotoUploadForm, type PhotoTexts } from "@/components/product-photos"
import { changeProductPhoto, setStock, updateProduct, uploadProductPhoto } from "@/lib/actions/vendor"
import { BackendError } from "@/lib/backend"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Product, ProductHold } from "@/lib/types"

export async function generateMetadata({ params }: { params: { id: string } }) {
  const product = await load(params.id)
  return { title: getMessages().products.editorEdit(product.title) }
}

async function load(id: string): Promise<Product> {
  try {
    return (await call<{ product: Product }>("manufacturer", `/vendor/products/${encodeURIComponent(id)}`)).product
  } catch (e) {
    // Another manufacturer's product is a 404 too.
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
}

/** Why a product cannot be published, and what lifts each hold (the manufacturer cannot). */
function Holds({ holds }: { holds: ProductHold[] }) {
  const t = getMessages().products.holds
  return (
    <section className="error-summary" aria-labelledby="holds">
      <h2 id="holds">{t.title}</h2>
      <p>{t.intro}</p>
      <ul>
        {holds.map((h) => (
          <li key={h.id}>
            <strong>{t.kinds[h.kind]}</strong> ({t.since(formatDate(h.placed_at))}): {h.reason}
            <br />
            {t.liftedBy} {t.lifts[h.kind]}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The product's photos in order, each with its alt texts and controls, and the upload form. */
function Photos({ product }: { product: Product }) {
  const t = getMessages()
  const p = t.products.photos
  // Only strings cross to the client components: the texts that take numbers are worded here.
  const { photo: photoName, size, moved: _moved, ...words } = p
  const text: PhotoTexts = { ...words, required: t.common.required, errorSummary: t.common.errorSummary }
  const photos = product.images ?? []
  return (
    <section aria-labelledby="photos">
      <h2 id="photos">{p.title}</h2>
      <p>{p.intro}</p>
      {photos.length ? (
        <ol className="photo-list">
          {photos.map((photo, i) => (
            <PhotoItem
              key={photo.id}
              photo={photo}
              name={photoName(i + 1)}
              size={photo.width && photo.height ? size(photo.width, photo.height) : undefined}
              index={i} count={photos.length} action={changeProductPhoto.bind(null, product.id, photo.id, i)} text={text} />
          ))}
        </ol>
      ) : (
        <p>{p.none}</p>
      )}
      <PhotoUploadForm action={uploadProductPhoto.bind(null, product.id)} text={text} />
    </section>
  )
}

/** One product: why it is on hold if it is, its fields in the editor, and its stock at the park. */
export default async function EditProduct({ params, searchParams }: { params: { id: string }; searchParams: { created?: string } }) {
  const t = getMessages()
  const product = await load(params.id)
  const meta = product.metadata ?? {}
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v))
  const defaults = {
    title: product.title,
    description: text(product.description),
    status: product.status === "published" ? "published" : "draft",
    hs_code: text(product.hs_code),
    iso_9999: text(meta.iso_9999),
    device_class: text(meta.device_class),
    net_weight_g: text(meta.net_weight_g),
    gross_weight_g: text(meta.gross_weight_g ?? product.weight),
    length_mm: text(product.length),
    width_mm: text(product.width),
    height_mm: text(product.height),
  }
  return (
    <>
      <h1>{t.products.editorEdit(product.title)}</h1>
      {searchParams.created ? <Notice>{t.products.created}</Notice> : null}
      {product.holds?.length ? <Holds holds={product.holds} /> : null}
      <ProductEditor action={updateProduct.bind(null, product.id)} mode="edit" defaults={defaults} />
      <Photos product={product} />
      <h2 id="stock">{t.products.stock}</h2>
      <p>{t.products.stockIntro}</p>
      <StockForm action={setStock.bind(null, product.id)} variants={product.variants} text={{ submit: t.products.stockSave, errorSummary: t.common.errorSummary }} />
    </>
  )
}
