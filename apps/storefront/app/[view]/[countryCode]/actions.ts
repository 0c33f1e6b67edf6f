"use server"
import { COMPLAINT_CATEGORIES, FITTING_MEASUREMENTS } from "@aem/trade-kit"
import { redirect } from "next/navigation"
import { z } from "zod"
import { addressProblems, type AddressInput } from "@/lib/address-format"
import { medusa, regionForCountry, retrieveCart, setDeliveryTerms, StoreApiError, type Cart } from "@/lib/medusa"
import { completeCartOrAskApproval, confirmationPath, startPayment, SYSTEM_PROVIDER } from "@/lib/payment"
import { cartIdCookie, currentCart, customerToken, forgetCart, forgetToken, rememberCart, rememberToken } from "@/lib/session"
import { currentLocale } from "@/lib/request"

// Server actions behind plain <form>s: the whole purchase works without client JavaScript.

const countryCode = z.string().regex(/^[a-z]{2}$/)
const text = (max = 200) => z.string().trim().max(max)

/** Form fields checked with a schema; a malformed post (not a buyer's typo) goes back to where it came from. */
function parse<T extends z.ZodType>(schema: T, form: FormData, back: string): z.infer<T> {
  const result = schema.safeParse(Object.fromEntries(form))
  if (!result.success) redirect(`${back}${back.includes("?") ? "&" : "?"}error=invalid`)
  return result.data
}

/** A path inside this country's storefront, so a crafted `next` cannot send the buyer elsewhere. */
function localPath(cc: string, next: string | undefined, fallback: string): string {
  return next && next.startsWith(`/${cc}/`) && !next.startsWith("//") ? next : fallback
}

async function ensureCart(cc: string): Promise<Cart> {
  const region = await regionForCountry(cc)
  const existing = await currentCart()
  if (existing && existing.region_id === region.id) return existing
  if (existing) {
    // The buyer changed country: the same cart, repriced in the new region.
    const { cart } = await medusa<{ cart: Cart }>(`/store/carts/${existing.id}`, { method: "POST", body: { region_id: region.id }, token: customerToken() })
    return cart
  }
  const { cart } = await medusa<{ cart: Cart }>("/store/carts", { method: "POST", body: { region_id: region.id }, token: customerToken() })
  rememberCart(cart.id)
  return cart
}

/**
 * The cart's metadata with the language the buyer is reading the storefront in; the order keeps it,
 * so later messages about the order (a recall notice) are written in it rather than guessed from the country.
 */
async function withBuyerLanguage(cart: Cart): Promise<Record<string, unknown>> {
  return { ...cart.metadata, language: await currentLocale() }
}

async function cartOrHome(cc: string): Promise<Cart> {
  const cart = await currentCart()
  if (!cart) redirect(`/${cc}/cart`)
  return cart
}

const addSchema = z.object({ countryCode, variant_id: z.string().min(1), quantity: z.coerce.number().int().min(1).max(99) })

export async function addToCart(form: FormData) {
  const back = `/${form.get("countryCode")}/products/${form.get("handle")}`
  const { countryCode: cc, variant_id, quantity } = parse(addSchema, form, back)
  const cart = await ensureCart(cc)
  await medusa(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id, quantity }, token: customerToken() })
  redirect(`/${cc}/cart?added=1`)
}

const lineSchema = z.object({ countryCode, line_id: z.string().min(1), quantity: z.coerce.number().int().min(0).max(99) })

export async function updateLine(form: FormData) {
  const { countryCode: cc, line_id, quantity } = parse(lineSchema, form, `/${form.get("countryCode")}/cart`)
  const cart = await cartOrHome(cc)
  const path = `/store/carts/${cart.id}/line-items/${line_id}`
  await medusa(path, { token: customerToken(), ...(quantity === 0 ? { method: "DELETE" } : { method: "POST", body: { quantity } }) })
  redirect(`/${cc}/cart`)
}

const addressSchema = z.object({
  countryCode,
  email: z.email().max(200),
  first_name: text(),
  last_name: text(),
  company: text().optional(),
  address_1: text(),
  address_2: text().optional(),
  city: text(),
  province: text().optional(),
  postal_code: text(20).optional(),
  phone: text(40),
})

export async function saveAddress(form: FormData) {
  const cc = String(form.get("countryCode"))
  const { countryCode: _, email, ...address } = parse(addressSchema, form, `/${cc}/checkout`)
  const cart = await cartOrHome(cc)
  // Kept even when incomplete, so the form shows what the buyer typed next to what to correct.
  const shipping_address = { ...address, country_code: cc }
  const saved = await medusa(`/store/carts/${cart.id}`, {
    method: "POST",
    token: customerToken(),
    body: { email, shipping_address, billing_address: shipping_address, metadata: await withBuyerLanguage(cart) },
  }).catch((e) => {
    // A registered customer's email, given without logging in: they log in, or give another.
    if (e instanceof StoreApiError && e.status === 400 && e.message.includes('"email_has_account"')) return undefined
    throw e
  })
  if (!saved) redirect(`/${cc}/checkout?error=email_account&step=address#address`)
  const problems = addressProblems(cc, address as AddressInput)
  redirect(problems.length ? `/${cc}/checkout?invalid=${problems.join(",")}&step=address#address` : `/${cc}/checkout?step=shipping#shipping`)
}

const shippingSchema = z.object({ countryCode, option_id: z.string().min(1) })

export async function chooseShipping(form: FormData) {
  const { countryCode: cc, option_id } = parse(shippingSchema, form, `/${form.get("countryCode")}/checkout`)
  const cart = await cartOrHome(cc)
  await medusa(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id }, token: customerToken() })
  redirect(`/${cc}/checkout?step=duties#duties`)
}

const incotermSchema = z.object({ countryCode, incoterm: z.enum(["DAP", "DDP"]) })

/** DAP or DDP: the backend prices the duties from the cart itself and, under DDP, adds them to it. */
export async function chooseIncoterm(form: FormData) {
  const { countryCode: cc, incoterm } = parse(incotermSchema, form, `/${form.get("countryCode")}/checkout`)
  const cart = await cartOrHome(cc)
  if (!(await setDeliveryTerms(cart.id, incoterm, customerToken()))) redirect(`/${cc}/checkout?error=incoterm#duties`)
  redirect(`/${cc}/checkout?step=payment#payment`)
}

export async function placeOrder(form: FormData) {
  const cc = parse(z.object({ countryCode }), form, "/").countryCode
  const cart = await cartOrHome(cc)
  // The system provider authorises at once (demo); Stripe goes through the Payment Element and its return route.
  await startPayment(cart.id, SYSTEM_PROVIDER, customerToken())
  const placed = await completeCartOrAskApproval(cc, cart.id, customerToken())
  if (!placed) redirect(`/${cc}/checkout?error=payment#payment`)
  forgetCart()
  redirect(confirmationPath(cc, placed))
}

const loginSchema = z.object({ countryCode, email: z.email().max(200), password: z.string().min(1).max(200), next: z.string().optional() })

async function logIn(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await medusa<{ token: string }>("/auth/customer/emailpass", { method: "POST", body: { email, password } })
    return token
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 401) return null
    throw e
  }
}

/** A cart started before logging in becomes the buyer's, so the order lands in their account. */
async function adoptCart(token: string) {
  const id = cartIdCookie()
  if (!id) return
  // Read as a guest: a cart still without its buyer's account is reached by its id.
  const cart = await retrieveCart(id, null)
  if (cart && !cart.customer_id) await medusa(`/store/carts/${id}/customer`, { method: "POST", token })
}

export async function login(form: FormData) {
  const cc = String(form.get("countryCode"))
  const { email, password, next } = parse(loginSchema, form, `/${cc}/account/login`)
  const token = await logIn(email, password)
  if (!token) redirect(`/${cc}/account/login?error=credentials${next ? `&next=${encodeURIComponent(next)}` : ""}`)
  rememberToken(token)
  await adoptCart(token)
  redirect(localPath(cc, next, `/${cc}/account`))
}

const registerSchema = z.object({
  countryCode,
  email: z.email().max(200),
  password: z.string().min(8).max(200),
  first_name: text().min(1),
  last_name: text().min(1),
  next: z.string().optional(),
})

export async function register(form: FormData) {
  const cc = String(form.get("countryCode"))
  const { email, password, first_name, last_name, next } = parse(registerSchema, form, `/${cc}/account/register`)
  let registration: string
  try {
    registration = (await medusa<{ token: string }>("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })).token
  } catch (e) {
    // Medusa answers 401 when the email already has a login.
    if (e instanceof StoreApiError && (e.status === 401 || e.status === 400)) redirect(`/${cc}/account/register?error=exists`)
    throw e
  }
  await medusa("/store/customers", { method: "POST", token: registration, body: { email, first_name, last_name } })
  // The registration token names no customer yet: log in for one that does.
  const token = await logIn(email, password)
  if (!token) redirect(`/${cc}/account/login`)
  rememberToken(token)
  await adoptCart(token)
  redirect(localPath(cc, next, `/${cc}/account`))
}

const resetPage = (cc: string) => `/${cc}/account/reset-password`
const resetRequestSchema = z.object({ countryCode, email: z.email().max(200) })

/**
 * A buyer who forgot their password asks for a link. Medusa answers the same whether or not the email has an
 * account (the backend mails the link only to one that has), and so does this page.
 */
export async function requestPasswordReset(form: FormData) {
  const cc = String(form.get("countryCode"))
  const { email } = parse(resetRequestSchema, form, resetPage(cc))
  try {
    // The link comes back to this country's storefront, in this language.
    await medusa("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: email, metadata: { country_code: cc, lang: await currentLocale() } } })
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 429) redirect(`${resetPage(cc)}?error=tooMany`)
    throw e
  }
  redirect(`${resetPage(cc)}?sent=1`)
}

const newPasswordSchema = z.object({ countryCode, email: z.email().max(200), token: z.string().min(10).max(4000), password: z.string().min(8).max(200) })

/** The link's token (one use, 15 minutes) sets the new password; then the buyer logs in with it. */
export async function setNewPassword(form: FormData) {
  const cc = String(form.get("countryCode"))
  const link = `${resetPage(cc)}?${new URLSearchParams({ token: String(form.get("token") ?? ""), email: String(form.get("email") ?? "") })}`
  const { token, password } = parse(newPasswordSchema, form, link)
  try {
    await medusa("/auth/customer/emailpass/update", { method: "POST", token, body: { password } })
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 401) redirect(`${resetPage(cc)}?error=expired`)
    if (e instanceof StoreApiError && e.status === 429) redirect(`${link}&error=tooMany`)
    throw e
  }
  redirect(`/${cc}/account/login?reset=1`)
}

export async function logout(form: FormData) {
  const cc = parse(z.object({ countryCode }), form, "/").countryCode
  forgetToken()
  forgetCart()
  redirect(`/${cc}`)
}

function requireToken(cc: string): string {
  const token = customerToken()
  if (!token) redirect(`/${cc}/account/login`)
  return token
}

export async function addAddress(form: FormData) {
  const cc = String(form.get("countryCode"))
  const { countryCode: _, email: __, ...address } = parse(addressSchema.extend({ email: z.string().optional() }), form, `/${cc}/account/addresses`)
  const problems = addressProblems(cc, address as AddressInput)
  if (problems.length) redirect(`/${cc}/account/addresses?invalid=${problems.join(",")}`)
  await medusa("/store/customers/me/addresses", { method: "POST", token: requireToken(cc), body: { ...address, country_code: cc } })
  redirect(`/${cc}/account/addresses?saved=1`)
}

export async function deleteAddress(form: FormData) {
  const { countryCode: cc, address_id } = parse(z.object({ countryCode, address_id: z.string().min(1) }), form, "/")
  await medusa(`/store/customers/me/addresses/${address_id}`, { method: "DELETE", token: requireToken(cc) })
  redirect(`/${cc}/account/addresses`)
}

const askSchema = z.object({
  countryCode,
  handle: z.string().min(1),
  product_id: z.string().min(1),
  measurement: z.enum(FITTING_MEASUREMENTS),
  measured_cm: z.coerce.number().positive(),
  note: text(1000).optional(),
  email: z.string().trim().max(200).optional(),
})

/**
 * "Ask the manufacturer": the buyer's measurements go to the manufacturer's portal as a fitting request.
 * A logged-in buyer reads the answer in the account; a guest gets it by email.
 */
export async function askManufacturer(form: FormData) {
  const back = `/${form.get("countryCode")}/products/${form.get("handle")}`
  const { countryCode: cc, handle, product_id, measurement, measured_cm, note, email } = parse(askSchema, form, back)
  const token = customerToken()
  if (!token && !z.email().safeParse(email).success) redirect(`${back}?measure=${measured_cm}&ask=email#ask`)
  try {
    await medusa("/store/fitting-requests", {
      method: "POST",
      token,
      body: { product_id, measurement, measured_cm, note: note || undefined, email: token ? undefined : email, locale: await currentLocale(), country_code: cc },
    })
  } catch (e) {
    // The backend checks the range the size chart asks for; outside it the buyer retypes the number.
    if (e instanceof StoreApiError && e.status === 400) redirect(`${back}?ask=measure#ask`)
    throw e
  }
  redirect(`/${cc}/products/${handle}?ask=sent#ask`)
}

const reportSchema = z.object({
  countryCode,
  order_id: z.string().min(1).max(100),
  line_item_id: z.string().max(100).optional(),
  category: z.enum(COMPLAINT_CATEGORIES),
  description: text(4000),
  serial: text(60).optional(),
})

/** Which field of the "report a problem" form a backend refusal is about, so the buyer corrects just that. */
function reportField(message: string): "item" | "description" | "serial" | "invalid" {
  if (/"message":"serial/.test(message)) return "serial"
  if (/line_item_id|several manufacturers/.test(message)) return "item"
  if (/description/.test(message)) return "description"
  return "invalid"
}

/** "Report a problem" on the buyer's order: a complaint for the manufacturer of the item named. */
export async function reportProblem(form: FormData) {
  const cc = String(form.get("countryCode"))
  const back = `/${cc}/account/orders/${encodeURIComponent(String(form.get("order_id")))}`
  const { order_id, line_item_id, category, description, serial } = parse(reportSchema, form, back)
  const token = requireToken(cc)
  if (description.length < 10) redirect(`${back}?complaint=description#report`)
  try {
    await medusa("/store/complaints", {
      method: "POST",
      token,
      body: { order_id, category, description, line_item_id: line_item_id || undefined, serial: serial || undefined },
    })
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 400) redirect(`${back}?complaint=${reportField(e.message)}#report`)
    throw e
  }
  redirect(`${back}?complaint=sent#report`)
}

const organisationPage = (cc: string) => `/${cc}/account/organisation`

const organisationSchema = z.object({
  countryCode,
  name: text().min(1),
  kind: z.enum(["clinic", "ngo", "agency", "distributor", "government"]),
  registration_number: text(60).min(1),
})

/** Registers the buyer's organisation in this storefront's country; staff review it, the buyer is its admin. */
export async function registerOrganisation(form: FormData) {
  const { countryCode: cc, ...organisation } = parse(organisationSchema, form, organisationPage(String(form.get("countryCode"))))
  try {
    await medusa("/store/organisations", { method: "POST", token: requireToken(cc), body: { ...organisation, country_code: cc } })
  } catch (e) {
    // Already a member, or the number registered by another: the backend's message names which.
    if (e instanceof StoreApiError && e.status < 500) redirect(`${organisationPage(cc)}?error=refused`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

const decisionSchema = z.object({
  countryCode,
  approval_id: z.string().min(1),
  status: z.enum(["approved", "rejected"]),
  note: text(2000).optional(),
})

/** An approver's or admin's decision on a colleague's cart over their spending limit. */
export async function decideApproval(form: FormData) {
  const { countryCode: cc, approval_id, status, note } = parse(decisionSchema, form, organisationPage(String(form.get("countryCode"))))
  try {
    await medusa(`/store/organisations/me/approvals/${approval_id}/decision`, { method: "POST", token: requireToken(cc), body: { status, ...(note ? { note } : {}) } })
  } catch (e) {
    // A rejection without a note, or a request another approver decided meanwhile.
    if (e instanceof StoreApiError && e.status < 500) redirect(`${organisationPage(cc)}?error=decision`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

/** The signed-in buyer accepts an organisation's invitation (sent to their account's email). */
export async function acceptOrganisationInvite(form: FormData) {
  const { countryCode: cc, token } = parse(z.object({ countryCode, token: z.string().min(1).max(200) }), form, "/")
  try {
    await medusa(`/store/organisations/invites/${encodeURIComponent(token)}/accept`, { method: "POST", token: requireToken(cc) })
  } catch (e) {
    // Expired, used, or for another email: the page says so.
    if (e instanceof StoreApiError && e.status < 500) redirect(`/${cc}/account/organisation/invite?token=${encodeURIComponent(token)}&error=refused`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

/** The cart is bought for the buyer's organisation (its order, their spending limit) or for themselves. */
export async function chooseBuyer(form: FormData) {
  const { countryCode: cc, buyer } = parse(z.object({ countryCode, buyer: z.enum(["organisation", "self"]) }), form, "/")
  const cart = await cartOrHome(cc)
  await medusa(`/store/carts/${cart.id}/organisation`, { method: buyer === "organisation" ? "POST" : "DELETE", token: requireToken(cc) })
  redirect(`/${cc}/checkout?step=payment#payment`)
}

const ROLES = ["admin", "buyer", "approver"] as const

/** An admin invites a colleague by email with a role; the email carries the link to join. */
export async function inviteMember(form: FormData) {
  const { countryCode: cc, email, role } = parse(z.object({ countryCode, email: z.email().max(200), role: z.enum(ROLES) }), form, organisationPage(String(form.get("countryCode"))))
  try {
    await medusa("/store/organisations/me/invites", { method: "POST", token: requireToken(cc), body: { email, role } })
  } catch (e) {
    if (e instanceof StoreApiError && e.status < 500) redirect(`${organisationPage(cc)}?error=member`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

const memberSchema = z.object({
  countryCode,
  member_id: z.string().min(1),
  role: z.enum(ROLES),
  // Empty: no limit.
  limit: z.union([z.literal(""), z.coerce.number().positive()]),
  currency_code: z.string().regex(/^[a-z]{3}$/),
  period: z.enum(["month", "quarter", "year"]),
})

/** An admin sets a member's role and spending limit. */
export async function updateMember(form: FormData) {
  const { countryCode: cc, member_id, role, limit, currency_code, period } = parse(memberSchema, form, organisationPage(String(form.get("countryCode"))))
  const spending_limit = limit === "" ? null : { amount: limit, currency_code, period }
  try {
    await medusa(`/store/organisations/me/members/${member_id}`, { method: "POST", token: requireToken(cc), body: { role, spending_limit } })
  } catch (e) {
    // The last admin cannot stop being one.
    if (e instanceof StoreApiError && e.status < 500) redirect(`${organisationPage(cc)}?error=member`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

/** An admin removes a member (never the last admin). */
export async function removeMember(form: FormData) {
  const { countryCode: cc, member_id } = parse(z.object({ countryCode, member_id: z.string().min(1) }), form, organisationPage(String(form.get("countryCode"))))
  try {
    await medusa(`/store/organisations/me/members/${member_id}`, { method: "DELETE", token: requireToken(cc) })
  } catch (e) {
    if (e instanceof StoreApiError && e.status < 500) redirect(`${organisationPage(cc)}?error=member`)
    throw e
  }
  redirect(`${organisationPage(cc)}?saved=1`)
}

const bookingSchema = z.object({
  countryCode,
  order_id: z.string().min(1).max(100),
  partner_id: z.string().min(1).max(100),
  service: z.enum(["assessment", "fitting", "assembly", "repair", "training"]),
  product_id: z.string().max(100).optional(),
  proposed_time: z.string().min(1).max(40),
  note: text(2000).optional(),
})

/** What to correct, from the backend's refusal of a booking. */
function bookingField(message: string): "time" | "partner" | "invalid" {
  if (/proposed_times|proposed time/.test(message)) return "time"
  if (/partner|authorised|does not offer|works in/.test(message)) return "partner"
  return "invalid"
}

/** Books a partner's service for an order of the buyer's, at the time the buyer proposes (their own clock). */
export async function bookService(form: FormData) {
  const cc = String(form.get("countryCode"))
  const back = `/${cc}/account/orders/${encodeURIComponent(String(form.get("order_id")))}`
  const { order_id, partner_id, service, product_id, proposed_time, note } = parse(bookingSchema, form, back)
  const token = requireToken(cc)
  const time = new Date(proposed_time)
  if (Number.isNaN(time.getTime()) || time.getTime() <= Date.now()) redirect(`${back}?service=time#service`)
  try {
    await medusa(`/store/orders/${encodeURIComponent(order_id)}/service-jobs`, {
      method: "POST",
      token,
      body: { partner_id, service, product_id: product_id || undefined, note: note || undefined, proposed_times: [time.toISOString()], locale: await currentLocale() },
    })
  } catch (e) {
    if (e instanceof StoreApiError && e.status < 500) redirect(`${back}?service=${bookingField(e.message)}#service`)
    throw e
  }
  redirect(`${back}?service=booked#service`)
}
