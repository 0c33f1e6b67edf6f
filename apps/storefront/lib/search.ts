import "server-only"
import type { SearchResult, Suggestion } from "@aem/search-kit"
import { SUGGESTION_LIMIT } from "./search-params"
import { medusa } from "./medusa"

export type { SearchResult, Suggestion }

/** GET /store/search with the page's query (see search-params.ts). */
export function searchProducts(query: Record<string, string>): Promise<SearchResult> {
  return medusa<SearchResult>("/store/search", { params: query })
}

export async function suggestProducts(q: string): Promise<Suggestion[]> {
  const { suggestions } = await medusa<{ suggestions: Suggestion[] }>("/store/search/suggest", { params: { q, limit: SUGGESTION_LIMIT } })
  return suggestions
}
