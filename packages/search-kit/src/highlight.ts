import type { HighlightSegment } from "./engine"
import { isCjk, normaliseText, wordMatches } from "./normalise"

/**
 * Marks the words of a title that answer the query, typo-tolerantly, the same way for both engines
 * (Meilisearch's own highlighting cannot see matches found through synonyms in another language).
 */
export function highlight(text: string, tokens: string[]): HighlightSegment[] {
  if (!tokens.length) return [{ text, match: false }]
  const cjkTokens = tokens.filter(isCjk)
  const wordTokens = tokens.filter((t) => !isCjk(t))
  const segments: HighlightSegment[] = []
  const push = (piece: string, match: boolean) => {
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += piece
    else segments.push({ text: piece, match })
  }
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue
    if (isCjk(piece)) {
      // Chinese: mark the characters covered by a query bigram.
      const marked = new Array(piece.length).fill(false)
      for (const t of cjkTokens) {
        for (let i = piece.indexOf(t); i >= 0; i = piece.indexOf(t, i + 1)) marked.fill(true, i, i + t.length)
      }
      ;[...piece].forEach((ch, i) => push(ch, marked[i]))
      continue
    }
    const word = normaliseText(piece)
    push(piece, word !== "" && wordTokens.some((t) => wordMatches(word, t)))
  }
  return segments
}
