import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkout, storefrontContext, waitFor } from "../../integration-tests/http/helpers"
import { DEMO_PRODUCTS } from "./demo-data/catalog"
import { placeCopiesOfOrder } from "./pipeline/place-orders"

/**
 * Run by `npm run bench:pipeline` (scripts/bench-pipeline.mjs) against the backend, workers and
 * customs simulator it started: one order through the store API, then BENCH_ORDERS paid copies of it
 * at once; prints orders per second through the pipeline and the time from "order paid" (order.placed)
 * to "handed to the park" (the consignment allocated), p50 and p95.
 */
export default async function benchPipeline({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_ORDERS || 100)
  const label = process.env.BENCH_LABEL || ""
  const baseURL = process.env.BENCH_BACKEND_URL
  if (!baseURL) throw new Error("BENCH_BACKEND_URL is required: the backend the workers hand results to")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { headers } = await storefrontContext(container, "ru")
  const api = fetchApi(baseURL)
  const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
  const { order } = await checkout(api, container, {
    countryCode: "ru",
    address: { first_name: "Olga", last_name: "Ivanova", address_1: "Tverskaya 7", city: "Moscow", postal_code: "125009", country_code: "ru", phone: "+7 495 000 0000" },
    lines: [{ variant_id: list.products[0].variants[0].id, quantity: 1 }],
  })

  const placed = await placeCopiesOfOrder(container, order.id, count)
  const placedAt = placed[0].placedAt
  const buyerOrderIds = placed.map((o) => o.id)
  const consignments = await waitFor(
    `${count} consignments`,
    async () => {
      const { data: groups } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: buyerOrderIds } })
      const children = groups.flatMap((g) => g.child_orders!.map((c) => c!.order_id))
      if (children.length < count) return undefined
      const { data } = await query.graph({ entity: "consignment", fields: ["order_id", "created_at"], filters: { order_id: children } })
      return data.length >= count ? data : undefined
    },
    30 * 60_000
  )
  const latencies = consignments.map((c) => new Date(c.created_at as unknown as string).getTime() - placedAt).sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]
  const seconds = latencies[latencies.length - 1] / 1000
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  console.log(
    `${label}${count} orders: ${(count / seconds).toFixed(2)} orders/s through the pipeline (all handed to the park after ${seconds.toFixed(1)} s); ` +
      `order paid → handed to the park: p50 ${s(pct(50))}, p95 ${s(pct(95))}`
  )
}

/** The store API over fetch, answering like the integration tests' client (axios): `{ status, data }`, throwing on 4xx/5xx. */
function fetchApi(baseURL: string) {
  const call = async (method: string, url: string, body?: unknown, config: { headers?: Record<string, string> } = {}) => {
    const res = await fetch(new URL(url, baseURL), {
      method,
      headers: { "content-type": "application/json", ...config.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => undefined)
    if (!res.ok) throw Object.assign(new Error(`${method} ${url} answered ${res.status}`), { response: { status: res.status, data } })
    return { status: res.status, data }
  }
  return {
    get: (url: string, config?: { headers?: Record<string, string> }) => call("GET", url, undefined, config),
    post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => call("POST", url, body, config),
  }
}
