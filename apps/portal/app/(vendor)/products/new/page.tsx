import { ProductEditor } from "@/components/product-editor"
import { createProduct } from "@/lib/actions/vendor"
import { getMessages } from "@/lib/i18n"

export function generateMetadata() {
  return { title: getMessages().products.editorNew }
}

export default function NewProduct() {
  const t = getMessages()
  return (
    <>
      <h1>{t.products.editorNew}</h1>
      <ProductEditor action={createProduct} mode="create" defaults={{ origin_country: "CN", status: "draft" }} />
    </>
  )
}
