import "server-only"
import type { SearchResult, Suggestion } from "@aem/search-kit"
import { store } from "./medusa"

export type { SearchResult, Suggestion }

/** GET /store/search with the page's query (see search-params.ts). */
export function searchProducts(query: Record<string, string>): Promise<SearchResult> {
  return store<SearchResult>("/search", query)
}

export async function suggestProducts(q: string): Promise<Suggestion[]> {
  const { suggestions } = await store<{ suggestions: Suggestion[] }>("/search/suggest", { q, limit: 6 })
  return suggestions
}
