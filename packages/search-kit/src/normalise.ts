/**
 * One normalisation for documents and queries, so a buyer's spelling variants meet the catalogue's:
 * case, Latin accents (Turkish ş/ğ/ı typed as s/g/i on foreign keyboards), Russian ё, Arabic
 * diacritics and letter variants (أ/إ/آ → ا, ى → ي, ة → ه), punctuation. Cyrillic and Arabic
 * letters themselves are kept (й stays й).
 */
export function normaliseText(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ı/g, "i")
    .normalize("NFD")
    // Only accents on Latin letters: й (и + breve) must survive.
    .replace(/([a-z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC")
    .replace(/ё/g, "е")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g

export const isCjk = (text: string) => CJK.test(text)

/**
 * Chinese has no spaces between words; indexing overlapping character pairs lets any two-character
 * word of a title match without a dictionary (轮椅 in 电动轮椅 → 电动 动轮 轮椅).
 */
export function cjkBigrams(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    if (run.length <= 2) return ` ${run} `
    const pairs: string[] = []
    for (let i = 0; i < run.length - 1; i++) pairs.push(run.slice(i, i + 2))
    return ` ${pairs.join(" ")} `
  }).replace(/\s+/g, " ").trim()
}

/** What gets indexed and what gets searched: normalised, Chinese as bigrams. */
export const searchableText = (input: string) => cjkBigrams(normaliseText(input))

export const MAX_QUERY_TOKENS = 8
export const MAX_QUERY_LENGTH = 200

export type ParsedQuery = {
  /** The query as typed, trimmed. */
  raw: string
  /** Normalised words, at most MAX_QUERY_TOKENS, duplicates removed. */
  tokens: string[]
}

/** A buyer's query as normalised tokens; an empty query has no tokens (browse everything). */
export function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.trim().slice(0, MAX_QUERY_LENGTH)
  const tokens = [...new Set(searchableText(trimmed).split(" ").filter(Boolean))].slice(0, MAX_QUERY_TOKENS)
  return { raw: trimmed, tokens }
}

/**
 * How many typos a word of this length tolerates: none below 4 letters, one from 4, two from 8.
 * (Meilisearch's defaults are 5 and 9; buyers' short words like "cane" need one sooner.)
 */
export function typoBudget(word: string): number {
  const n = [...word].length
  return n >= 8 ? 2 : n >= 4 ? 1 : 0
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[t.length]
}

/** Whether a document word answers a query token: same word, a prefix of it, or within the typo budget. */
export function wordMatches(word: string, token: string): boolean {
  if (word === token) return true
  if (token.length >= 2 && word.startsWith(token)) return true
  const budget = typoBudget(token)
  if (!budget) return false
  // A typo'd prefix ("wheelc" → "wheelch…") counts too: compare with the word cut to the token's length.
  return editDistance(word, token, budget) <= budget || editDistance(word.slice(0, token.length), token, budget) <= budget
}
