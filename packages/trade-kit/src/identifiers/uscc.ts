/**
 * China's unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters —
 * registration authority (1), entity type (1), administrative division (6), organisation code
 * (9, with its own GB 11714-1997 check character) and a final check character over the first 17.
 */
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY" // no I, O, S, V, Z
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

export type UsccResult = { ok: true; code: string } | { ok: false; reason: string }

/** The GB 32100-2015 check character for the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i], 0)
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

/** The GB 11714-1997 check character of an organisation code's first 8 characters. */
export function organisationCodeCheckCharacter(first8: string): string {
  const value = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55)
  const sum = [...first8].reduce((acc, ch, i) => acc + value(ch) * ORG_WEIGHTS[i], 0)
  const c = 11 - (sum % 11)
  return c === 10 ? "X" : c === 11 ? "0" : String(c)
}

/** Validates and normalises (trims, upper-cases) a unified social credit code, saying what is wrong. */
export function validateUnifiedSocialCreditCode(input: string): UsccResult {
  const code = input.trim().toUpperCase()
  if (code.length !== 18) {
    return { ok: false, reason: `must be 18 characters, got ${code.length}` }
  }
  const bad = [...code].findIndex((ch) => !USCC_ALPHABET.includes(ch))
  if (bad >= 0) {
    return { ok: false, reason: `character ${bad + 1} ("${code[bad]}") is not allowed (I, O, S, V and Z are never used)` }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { ok: false, reason: "characters 3–8 must be the 6-digit administrative division code" }
  }
  const org = code.slice(8, 17)
  if (organisationCodeCheckCharacter(org.slice(0, 8)) !== org[8]) {
    return { ok: false, reason: `the organisation code ${org} has a wrong check character (GB 11714)` }
  }
  const expected = usccCheckCharacter(code.slice(0, 17))
  if (expected !== code[17]) {
    return { ok: false, reason: `wrong check character: expected "${expected}", got "${code[17]}" (GB 32100-2015)` }
  }
  return { ok: true, code }
}
