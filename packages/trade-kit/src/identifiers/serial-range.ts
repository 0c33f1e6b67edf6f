/**
 * Serial number ranges as a recall names them: "SN0100" to "SN0199" covers the serials with the same
 * prefix and a numeric tail between the two, inclusive. Serial numbers are text (letters, dashes,
 * leading zeros), so a range is read as prefix + number rather than compared as strings: "SN0100" to
 * "SN0199" must not take in "SN01000".
 */
export type SerialRange = { prefix: string; from: bigint; to: bigint; width: number }

const split = (serial: string) => {
  const m = /^(.*?)(\d+)$/.exec(serial.trim())
  return m ? { prefix: m[1], digits: m[2] } : undefined
}

/** Reads a range, saying what is wrong with it: both ends need the same prefix and digit count. */
export function parseSerialRange(from: string, to: string): { ok: true; range: SerialRange } | { ok: false; reason: string } {
  const a = split(from)
  const b = split(to)
  if (!a || !b) return { ok: false, reason: 'serial_from and serial_to must end in digits (e.g. SN0100 to SN0199)' }
  if (a.prefix !== b.prefix || a.digits.length !== b.digits.length) {
    return { ok: false, reason: `serial_from "${from}" and serial_to "${to}" must share their prefix and number of digits` }
  }
  const range = { prefix: a.prefix, from: BigInt(a.digits), to: BigInt(b.digits), width: a.digits.length }
  if (range.from > range.to) return { ok: false, reason: `serial_from "${from}" comes after serial_to "${to}"` }
  return { ok: true, range }
}

export function serialInRange(serial: string, range: SerialRange): boolean {
  const s = split(serial)
  if (!s || s.prefix !== range.prefix || s.digits.length !== range.width) return false
  const n = BigInt(s.digits)
  return n >= range.from && n <= range.to
}
