import { model } from "@medusajs/framework/utils"

/**
 * One row per product: what search filters, ranks, facets and shows. Written only by the indexer
 * (src/modules/product-search/indexer.ts); the migration adds the full-text vector and indexes that
 * the data model language cannot express.
 */
export const ProductSearchDocument = model.define("product_search_document", {
  id: model.text().primaryKey(),
  handle: model.text(),
  thumbnail: model.text().nullable(),
  titles: model.json(),
  title_text: model.text(),
  text_en: model.text(),
  text_ru: model.text(),
  text_ar: model.text(),
  text_id: model.text(),
  text_tr: model.text(),
  text_zh: model.text(),
  iso_class: model.text().nullable(),
  iso_parent: model.text().nullable(),
  manufacturer_id: model.text().nullable(),
  manufacturer_name: model.text().nullable(),
  certifications: model.array(),
  min_prices: model.json(),
  in_stock: model.boolean(),
  published: model.boolean(),
  approved: model.boolean(),
  sales_channel_ids: model.array(),
})
