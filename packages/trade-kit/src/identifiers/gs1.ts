/**
 * GS1 unique device identifiers (UDI) as printed on medical devices: the GTIN (AI 01) with the
 * production identifiers lot (10), production date (11), expiry date (17) and serial number (21).
 * Read from the human-readable form "(01)06901234567892(17)281231(10)A23(21)0001" or from the
 * element string a barcode scanner sends, where a variable-length field ends with FNC1 (ASCII 29,
 * GS) and may be preceded by a symbology identifier (]d2 DataMatrix, ]C1 GS1-128, ]Q3 QR).
 * GS1 General Specifications 24.0, §3.2 (AIs), §7.9 (check digit), §7.12 (century of YYMMDD),
 * §7.11 (the 82-character set allowed in lot and serial).
 */

export type Gs1Udi = {
  /** GTIN-14 (a GTIN-8/12/13 is left-padded with zeros). */
  gtin: string
  lot?: string
  serial?: string
  /** ISO date; a YYMMDD day of 00 means the last day of the month. */
  productionDate?: string
  expiryDate?: string
  /** The identifier in canonical human-readable form, AIs in the order 01, 11, 17, 10, 21. */
  text: string
}

export type Gs1Result = { ok: true; udi: Gs1Udi } | { ok: false; reason: string }

const GS = '\u001d'
/** Application identifiers this marketplace reads: fixed length or the maximum of a variable one. */
const AIS: Record<string, { name: string; length: number; fixed: boolean }> = {
  '01': { name: 'GTIN', length: 14, fixed: true },
  '10': { name: 'lot', length: 20, fixed: false },
  '11': { name: 'production date', length: 6, fixed: true },
  '17': { name: 'expiry date', length: 6, fixed: true },
  '21': { name: 'serial', length: 20, fixed: false },
}
// GS1 AI encodable character set 82 (General Specifications figure 7.11-1).
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/

/** The GS1 mod-10 check digit over a GTIN's digits without its check digit (weights 3,1 from the right). */
export function gtinCheckDigit(body: string): string {
  if (!/^\d+$/.test(body)) throw new Error(`a GTIN has only digits, got "${body}"`)
  const sum = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0)
  return String((10 - (sum % 10)) % 10)
}

/** Checks a GTIN-8, -12, -13 or -14 and returns it as GTIN-14. */
export function validateGtin(input: string): { ok: true; gtin: string } | { ok: false; reason: string } {
  const digits = input.trim()
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) {
    return { ok: false, reason: `GTIN must be 8, 12, 13 or 14 digits, got "${digits}"` }
  }
  const expected = gtinCheckDigit(digits.slice(0, -1))
  if (expected !== digits.slice(-1)) {
    return { ok: false, reason: `GTIN ${digits} has a wrong check digit: expected ${expected}, got ${digits.slice(-1)}` }
  }
  return { ok: true, gtin: digits.padStart(14, '0') }
}

/**
 * A YYMMDD date as an ISO date. The century is the one that puts the year within 49 years back or
 * 50 years ahead of `today` (§7.12); day 00 is the month's last day.
 */
export function gs1Date(yymmdd: string, today: Date = new Date()): string | undefined {
  const m = /^(\d\d)(\d\d)(\d\d)$/.exec(yymmdd)
  if (!m) return undefined
  const [yy, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return undefined
  const current = today.getUTCFullYear()
  const diff = yy - (current % 100)
  const century = Math.floor(current / 100) + (diff >= 51 ? -1 : diff <= -50 ? 1 : 0)
  const year = century * 100 + yy
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > lastDay) return undefined
  const iso = (n: number) => String(n).padStart(2, '0')
  return `${year}-${iso(month)}-${iso(day === 0 ? lastDay : day)}`
}

type Field = { ai: string; value: string }

/** Splits the human-readable form: "(AI)value" repeated. */
function splitBracketed(input: string): Field[] | string {
  const fields: Field[] = []
  const re = /\((\d{2,4})\)([^()]*)/gy
  let m: RegExpExecArray | null
  let end = 0
  while ((m = re.exec(input))) {
    fields.push({ ai: m[1], value: m[2] })
    end = re.lastIndex
  }
  if (end !== input.length) return `cannot read "${input.slice(end)}": write each field as (AI)value`
  return fields
}

/** Splits an element string: fixed-length AIs run on; variable ones end at GS or the end. */
function splitElementString(input: string): Field[] | string {
  const fields: Field[] = []
  let i = 0
  while (i < input.length) {
    if (input[i] === GS) {
      i++
      continue
    }
    const ai = input.slice(i, i + 2)
    const spec = AIS[ai]
    if (!spec) return `application identifier ${ai} at position ${i + 1} is not one of ${Object.keys(AIS).join(', ')}`
    i += 2
    if (spec.fixed) {
      fields.push({ ai, value: input.slice(i, i + spec.length) })
      i += spec.length
    } else {
      const stop = input.indexOf(GS, i)
      const value = input.slice(i, stop < 0 ? undefined : stop)
      fields.push({ ai, value })
      i += value.length
    }
  }
  return fields
}

/**
 * Parses and validates a GS1 UDI in either form. Every field is checked: the GTIN's check digit, the
 * dates, lengths and characters of lot and serial; a repeated or unknown AI is refused.
 */
export function parseGs1(input: string, today: Date = new Date()): Gs1Result {
  let raw = input.trim()
  // Symbology identifiers a scanner may prepend (DataMatrix, GS1-128, QR with FNC1), and a leading FNC1.
  raw = raw.replace(/^\](d2|C1|Q3|e0)/, '').replace(new RegExp(`^${GS}+`), '')
  if (!raw) return { ok: false, reason: 'the identifier is empty' }
  const fields = raw.startsWith('(') ? splitBracketed(raw) : splitElementString(raw)
  if (typeof fields === 'string') return { ok: false, reason: fields }

  const values: Record<string, string> = {}
  for (const { ai, value } of fields) {
    const spec = AIS[ai]
    if (!spec) return { ok: false, reason: `application identifier (${ai}) is not one of ${Object.keys(AIS).map((a) => `(${a})`).join(', ')}` }
    if (ai in values) return { ok: false, reason: `(${ai}) ${spec.name} appears twice` }
    if (spec.fixed && value.length !== spec.length) {
      return { ok: false, reason: `(${ai}) ${spec.name} must be ${spec.length} digits, got "${value}"` }
    }
    if (!spec.fixed && (value.length === 0 || value.length > spec.length)) {
      return { ok: false, reason: `(${ai}) ${spec.name} must be 1 to ${spec.length} characters, got ${value.length}` }
    }
    if (!spec.fixed && !CSET82.test(value)) {
      return { ok: false, reason: `(${ai}) ${spec.name} "${value}" has a character GS1 does not allow (letters, digits and !"%&'()*+,-./:;<=>?_ only)` }
    }
    values[ai] = value
  }
  if (!values['01']) return { ok: false, reason: 'the GTIN (01) is missing' }
  const gtin = validateGtin(values['01'])
  if (!gtin.ok) return { ok: false, reason: `(01) ${gtin.reason}` }

  const udi: Omit<Gs1Udi, 'text'> = { gtin: gtin.gtin }
  for (const [ai, key] of [['11', 'productionDate'], ['17', 'expiryDate']] as const) {
    if (values[ai] === undefined) continue
    const date = gs1Date(values[ai], today)
    if (!date) return { ok: false, reason: `(${ai}) ${AIS[ai].name} "${values[ai]}" is not a date YYMMDD` }
    udi[key] = date
  }
  if (values['10'] !== undefined) udi.lot = values['10']
  if (values['21'] !== undefined) udi.serial = values['21']
  return { ok: true, udi: { ...udi, text: formatGs1(values) } }
}

/** The human-readable form of AI values, in a fixed order so one identifier always reads the same. */
function formatGs1(values: Record<string, string>): string {
  return ['01', '11', '17', '10', '21']
    .filter((ai) => values[ai] !== undefined)
    .map((ai) => `(${ai})${values[ai]}`)
    .join('')
}

/** The element string a printer encodes: FNC1 (GS) after each variable-length field that is not last. */
export function gs1ElementString(udi: Pick<Gs1Udi, 'text'>): string {
  const fields = splitBracketed(udi.text) as Field[]
  return fields
    .map(({ ai, value }, i) => `${ai}${value}${!AIS[ai].fixed && i < fields.length - 1 ? GS : ''}`)
    .join('')
}
