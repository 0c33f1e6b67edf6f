import { createHmac, timingSafeEqual } from "crypto"

/**
 * The buyer's acknowledgement link carries an HMAC of the notice id under the backend's JWT secret:
 * it can be recomputed to resend a notice and checked without storing a token.
 */
export function recallNoticeToken(noticeId: string, secret: string): string {
  return createHmac("sha256", secret).update(`recall-notice:${noticeId}`).digest("base64url")
}

export function isRecallNoticeToken(noticeId: string, token: string, secret: string): boolean {
  const expected = Buffer.from(recallNoticeToken(noticeId, secret))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
