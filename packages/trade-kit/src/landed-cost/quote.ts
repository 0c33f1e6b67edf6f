import { z } from 'zod';
import marketData from '../data/markets.json';
import { normaliseHsCode } from '../classification/hs';
import { InvalidInputError, describeIssues } from '../errors';
import { Decimal, allocate, formatMinor, minorExponent, toMinor } from '../util/money';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, e.g. 2026-11-23');
const amount = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, 'use a plain decimal number')])
  .transform((v) => new Decimal(v))
  .refine((d) => d.gte(0) && d.isFinite(), 'must be zero or more');
const currency = z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 code such as USD');

export const landedCostInputSchema = z.object({
  destination: z.string().transform((s) => s.toUpperCase()).pipe(z.string().length(2, 'use an ISO 3166 alpha-2 code such as SA')),
  date: isoDate,
  currency,
  incoterm: z.enum(['DAP', 'DDP']),
  /** consumer parcels get low-value/parcel allowances; business imports pay the normal duty and VAT. */
  importer: z.enum(['consumer', 'business']).default('consumer'),
  items: z.array(z.object({
    hsCode: z.string(),
    /** Line value (all units together), in `currency`. */
    value: amount,
    quantity: z.number().int().positive().default(1),
    weightKg: amount.optional(),
    description: z.string().optional(),
  })).min(1, 'add at least one item'),
  shipping: amount.prefault(0),
  insurance: amount.prefault(0),
  /** Extra exchange rates: 1 `from` = `rate` `to`. The built-in table only knows fixed pegs. */
  exchangeRates: z.array(z.object({ from: currency, to: currency, rate: amount })).default([]),
  /** Apply disability-aid VAT exemptions/reduced rates the data lists (the buyer must hold the evidence). */
  claimExemptions: z.boolean().default(true),
});
export type LandedCostInput = z.input<typeof landedCostInputSchema>;

/** The import tax a market levies, by the name the data gives it. */
const TAX_KEYS = { VAT: 'vat', 'Sales tax': 'sales_tax' } as const;
export type TaxKey = (typeof TAX_KEYS)[keyof typeof TAX_KEYS];

/**
 * What a line charges, as data: a key and its figures (rates in percent, allowances in euros), so that a page
 * can say it in the buyer's language; `label` is the same in English.
 */
export type LineTerm =
  | { key: 'goods' | 'shipping' | 'insurance' | 'duty_exempt' }
  | { key: 'duty_on_goods_shipping' | 'customs_payment_on_excess'; rate: number }
  | { key: 'duty_above_allowance'; rate: number; allowanceEur: number }
  | { key: 'tax_exempt'; tax: TaxKey }
  | { key: 'tax_on_goods_shipping_duty' | 'tax_on_goods_shipping'; tax: TaxKey; rate: number }
  | { key: 'tax_on_excess_and_duty'; tax: TaxKey; rate: number; allowanceEur: number };

const TAX_NAMES: Record<TaxKey, string> = { vat: 'VAT', sales_tax: 'Sales tax' };

/** A line's term in English: the label the quote has always given. */
export function describeLineTerm(term: LineTerm): string {
  switch (term.key) {
    case 'goods': return 'Goods';
    case 'shipping': return 'Shipping';
    case 'insurance': return 'Insurance';
    case 'duty_exempt': return 'Duty';
    case 'duty_on_goods_shipping': return `Duty ${term.rate}% on goods + shipping`;
    case 'customs_payment_on_excess': return `Customs payment ${term.rate}% on excess over allowance`;
    case 'duty_above_allowance': return `Duty ${term.rate}% on value above €${term.allowanceEur}`;
    case 'tax_exempt': return `${TAX_NAMES[term.tax]} 0% (exempt)`;
    case 'tax_on_goods_shipping_duty': return `${TAX_NAMES[term.tax]} ${term.rate}% on goods + shipping + duty`;
    case 'tax_on_goods_shipping': return `${TAX_NAMES[term.tax]} ${term.rate}% on goods + shipping (duty unknown, not included)`;
    case 'tax_on_excess_and_duty': return `${TAX_NAMES[term.tax]} ${term.rate}% on value above €${term.allowanceEur} + duty`;
  }
}

export interface QuoteLine {
  /** `term` in English. */
  label: string;
  term: LineTerm;
  /** Fixed-point string in the quote currency ("76.50"). */
  amount: string;
  amountMinor: number;
  basis: string;
  kind: 'goods' | 'shipping' | 'insurance' | 'duty' | 'tax';
  /** Who pays: seller collects at checkout under DDP; buyer pays the carrier on delivery under DAP. */
  payableBy: 'buyer at checkout' | 'seller (collected at checkout)' | 'buyer on delivery';
}
export interface LandedCostQuote {
  destination: string;
  date: string;
  currency: string;
  incoterm: 'DAP' | 'DDP';
  lines: QuoteLine[];
  total: string;
  totalMinor: number;
  /** Charges that could not be priced (missing rate, threshold or exchange rate). Never guessed. */
  unknowns: string[];
  /** Rates and rules used that the data marks confirmed:false. */
  unconfirmed: string[];
  complete: boolean;
  /** Duty and tax the seller collects at checkout (DDP, or VAT under a scheme such as IOSS), in minor units. */
  chargesAtCheckoutMinor: number;
  /** Duty and tax the buyer pays the carrier on delivery, in minor units. */
  chargesOnDeliveryMinor: number;
  /** The seller can collect every charge at checkout: all are priced and the market allows it. */
  ddpAllowed: boolean;
}

type Period = { validFrom?: string; validTo?: string };
type Market = (typeof marketData.markets)[keyof typeof marketData.markets] & {
  reducedVat?: Array<Period & { hsPrefixes: string[]; rate: string; note: string; source: string; confirmed: boolean }>;
  duty?: Array<{ hsPrefixes: string[]; rate: string; source: string; confirmed: boolean }>;
  dutyDeMinimis?: Array<Period & { amount: string; currency: string; includesShipping: boolean; inclusive: boolean; source: string; confirmed: boolean }>;
  parcelRegime?: Array<Period & { kind: string; thresholdEur: string; weightLimitKg?: string; rate: string; minEurPerKg?: string; source: string; confirmed: boolean }>;
  /** Import VAT the seller collects at checkout on small consignments (EU IOSS), whatever the Incoterm. */
  vatAtSale?: Array<Period & { scheme: string; upToEur: string; source: string; confirmed: boolean }>;
  /** false where the seller may not act for the importer; absent means DDP is offered when every charge is priced. */
  ddp?: boolean;
};
const markets = marketData.markets as Record<string, Market>;

const activeOn = <T extends Period>(rows: T[] | undefined, date: string): T | undefined =>
  rows?.find((r) => (!r.validFrom || r.validFrom <= date) && (!r.validTo || date <= r.validTo));
const pct = (rate: Decimal.Value) => new Decimal(rate).div(100);
const fmtRate = (rate: Decimal.Value) => `${new Decimal(rate).toString()}%`;

export function listMarkets(): Array<{ code: string; name: string; currency: string }> {
  return Object.entries(markets).map(([code, m]) => ({ code, name: m.name, currency: m.currency }));
}

/**
 * Prices duty, import VAT/GST and allowances for one consignment on a given date. Every line is
 * rounded to the currency's minor unit on its own, and the total is the sum of the rounded lines.
 */
export function quoteLandedCost(raw: LandedCostInput): LandedCostQuote {
  const parsed = landedCostInputSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Landed-cost input is invalid', describeIssues(parsed.error.issues));
  const input = parsed.data;
  const market = markets[input.destination];
  if (!market) {
    throw new InvalidInputError(`No market data for destination "${input.destination}"`, [`known destinations: ${Object.keys(markets).join(', ')}`]);
  }
  const cur = input.currency;
  const items = input.items.map((it, i) => {
    const hs = normaliseHsCode(it.hsCode);
    if (!hs.ok) throw new InvalidInputError('Landed-cost input is invalid', [`items.${i}.hsCode: ${hs.reason}`]);
    return { ...it, hs: hs.code };
  });
  const unknowns: string[] = [];
  const unconfirmed = new Set<string>();
  const note = (row: { confirmed: boolean; source: string }, what: string) => { if (!row.confirmed) unconfirmed.add(`${what}: ${row.source}`); };

  // Exchange rates: caller's first, then the data table; inverse rates are derived.
  const fxRows = [...input.exchangeRates.map((r) => ({ ...r, confirmed: true, source: 'caller' })),
    ...marketData.fx.map((r) => ({ from: r.from, to: r.to, rate: new Decimal(r.rate), confirmed: r.confirmed, source: r.source }))];
  const rateOf = (from: string, to: string): { rate: Decimal; used: typeof fxRows } | undefined => {
    const direct = fxRows.find((r) => r.from === from && r.to === to);
    if (direct) return { rate: direct.rate, used: [direct] };
    const inverse = fxRows.find((r) => r.from === to && r.to === from);
    if (inverse) return { rate: new Decimal(1).div(inverse.rate), used: [inverse] };
    return undefined;
  };
  // Thresholds are in EUR or USD while tables quote most currencies against one of them: one cross rate is allowed.
  const convert = (value: Decimal, from: string, to: string): Decimal | undefined => {
    if (from === to) return value;
    let found = rateOf(from, to);
    for (const pivot of ['USD', 'EUR']) {
      if (found || pivot === from || pivot === to) continue;
      const [a, b] = [rateOf(from, pivot), rateOf(pivot, to)];
      if (a && b) found = { rate: a.rate.mul(b.rate), used: [...a.used, ...b.used] };
    }
    if (!found) return undefined;
    for (const r of found.used) note(r, `exchange rate ${r.from}→${r.to}`);
    return value.mul(found.rate);
  };

  const goods = items.reduce((s, it) => s.plus(it.value), new Decimal(0));
  const weight = items.reduce((s, it) => s.plus(it.weightKg ?? 0), new Decimal(0));
  const weightKnown = items.every((it) => it.weightKg !== undefined);
  // Freight and insurance are shared out by value so per-item rates (duty, VAT) apply to a CIF base.
  const extrasMinor = toMinor(input.shipping.plus(input.insurance), cur);
  const extraShares = allocate(extrasMinor, items.map((it) => toMinor(it.value, cur))).map((m) => new Decimal(m).div(10 ** minorExponent(cur)));
  const customsValue = goods.plus(input.shipping).plus(input.insurance);

  const atSale = input.importer === 'consumer' ? activeOn(market.vatAtSale, input.date) : undefined;
  const valueInEur = atSale ? convert(customsValue, cur, 'EUR') : undefined;
  if (atSale && !valueInEur) unknowns.push(`Exchange rate ${cur}→EUR is needed to know whether ${atSale.scheme} applies (consignments up to €${atSale.upToEur})`);
  const vatAtSale = !!atSale && !!valueInEur && valueInEur.lte(atSale.upToEur);
  if (vatAtSale) note(atSale!, `${market.name} ${atSale!.scheme}`);

  const atCheckout = 'seller (collected at checkout)' as const;
  const taxPayer: QuoteLine['payableBy'] = input.incoterm === 'DDP' ? atCheckout : 'buyer on delivery';
  const lines: QuoteLine[] = [];
  const push = (term: LineTerm, exact: Decimal, basis: string, kind: QuoteLine['kind']) => {
    const amountMinor = toMinor(exact, cur);
    const payableBy = kind === 'tax' && vatAtSale ? atCheckout : kind === 'duty' || kind === 'tax' ? taxPayer : 'buyer at checkout';
    const why = kind === 'tax' && vatAtSale ? `; ${atSale!.scheme}: collected at checkout on consignments up to €${atSale!.upToEur}` : '';
    lines.push({ label: describeLineTerm(term), term, amount: formatMinor(amountMinor, cur), amountMinor, basis: basis + why, kind, payableBy });
  };
  push({ key: 'goods' }, goods, `${items.length} item line(s), declared value`, 'goods');
  if (!input.shipping.isZero()) push({ key: 'shipping' }, input.shipping, `freight to ${market.name}`, 'shipping');
  if (!input.insurance.isZero()) push({ key: 'insurance' }, input.insurance, 'cargo insurance', 'insurance');

  const vatPeriod = activeOn(market.vat as Array<Period & { rate: string | null; source: string; confirmed: boolean }>, input.date);
  const parcel = input.importer === 'consumer' ? activeOn(market.parcelRegime, input.date) : undefined;

  /** Import VAT/GST on per-item bases, one line per rate (standard, reduced or exempt). */
  const tax = TAX_KEYS[market.taxName as keyof typeof TAX_KEYS];
  if (!tax) throw new Error(`markets.json: ${market.name}'s tax "${market.taxName}" is not one of ${Object.keys(TAX_KEYS).join(', ')}`);
  const addVatLines = (bases: Decimal[], dutyMissing: boolean[], on: (dutyMissing: boolean, rate: number) => LineTerm) => {
    if (!vatPeriod || vatPeriod.rate === null) {
      unknowns.push(`${market.taxName} rate for ${market.name} on ${input.date}${vatPeriod ? ` (${vatPeriod.source})` : ''}`);
      return;
    }
    note(vatPeriod, `${market.name} ${market.taxName}`);
    const groups = new Map<string, { rate: string; note?: string; base: Decimal; dutyMissing: boolean }>();
    items.forEach((it, i) => {
      const reduced = input.claimExemptions
        ? activeOn(market.reducedVat?.filter((r) => r.hsPrefixes.some((p) => it.hs.startsWith(p))), input.date)
        : undefined;
      if (reduced) note(reduced, `${market.name} ${market.taxName} relief for ${it.hs}`);
      const rate = reduced?.rate ?? vatPeriod.rate!;
      const key = `${rate}|${reduced?.note ?? ''}`;
      const g = groups.get(key) ?? { rate, note: reduced?.note, base: new Decimal(0), dutyMissing: false };
      g.base = g.base.plus(bases[i]);
      g.dutyMissing ||= dutyMissing[i];
      groups.set(key, g);
    });
    for (const g of groups.values()) {
      const term: LineTerm = new Decimal(g.rate).isZero() ? { key: 'tax_exempt', tax } : on(g.dutyMissing, Number(g.rate));
      push(term, g.base.mul(pct(g.rate)), `${fmtRate(g.rate)} × ${g.base.toFixed(2)} ${cur}${g.note ? `; ${g.note}` : ''}`, 'tax');
    }
  };

  if (parcel) {
    note(parcel, `${market.name} parcel allowance`);
    const valueEur = convert(customsValue, cur, 'EUR');
    if (!valueEur) {
      unknowns.push(`Exchange rate ${cur}→EUR is needed to compare the parcel with the €${parcel.thresholdEur} allowance; pass exchangeRates`);
    } else {
      const excessEur = Decimal.max(0, valueEur.minus(parcel.thresholdEur));
      if (parcel.kind === 'eaeu-combined') {
        if (!weightKnown) unknowns.push(`Item weights are needed to apply the ${parcel.weightLimitKg} kg parcel limit`);
        const excessKg = Decimal.max(0, weight.minus(parcel.weightLimitKg ?? 0));
        const byValue = excessEur.mul(pct(parcel.rate));
        const byWeight = excessKg.mul(parcel.minEurPerKg ?? 0);
        const paymentEur = Decimal.max(byValue, byWeight);
        const allowance = `€${parcel.thresholdEur} and ${parcel.weightLimitKg} kg per parcel`;
        const basis = paymentEur.isZero()
          ? `within the EAEU personal-use allowance (${allowance}); no duty or VAT`
          : `${fmtRate(parcel.rate)} of the value above €${parcel.thresholdEur} (min €${parcel.minEurPerKg}/kg above ${parcel.weightLimitKg} kg); replaces duty and VAT`;
        push({ key: 'customs_payment_on_excess', rate: Number(parcel.rate) }, convert(paymentEur, 'EUR', cur)!, basis, 'duty');
      } else {
        // From 2026-07-01 (Russia): duty and VAT on the part of the value above the allowance.
        const excess = convert(excessEur, 'EUR', cur)!;
        const duty = excess.mul(pct(parcel.rate));
        push({ key: 'duty_above_allowance', rate: Number(parcel.rate), allowanceEur: Number(parcel.thresholdEur) }, duty,
          excess.isZero() ? `parcel within the €${parcel.thresholdEur} allowance` : `${fmtRate(parcel.rate)} × ${excess.toFixed(2)} ${cur} above the allowance`, 'duty');
        // The taxable excess is shared over the items by value so per-item reliefs still apply.
        const shares = items.map((it) => (goods.isZero() ? new Decimal(0) : excess.plus(duty).mul(it.value).div(goods)));
        addVatLines(shares, items.map(() => false), (_, rate) => ({ key: 'tax_on_excess_and_duty', tax, rate, allowanceEur: Number(parcel.thresholdEur) }));
      }
    }
  } else {
    // Duty: a low-value allowance first, then per-item rates.
    const deMin = activeOn(market.dutyDeMinimis, input.date);
    let dutyFree = false;
    if (deMin) {
      note(deMin, `${market.name} duty de-minimis`);
      const compared = deMin.includesShipping ? customsValue : goods;
      const inThreshold = convert(compared, cur, deMin.currency);
      if (!inThreshold) unknowns.push(`Exchange rate ${cur}→${deMin.currency} is needed to compare with the ${deMin.currency} ${deMin.amount} duty allowance; pass exchangeRates`);
      else dutyFree = deMin.inclusive ? inThreshold.lte(deMin.amount) : inThreshold.lt(deMin.amount);
      if (dutyFree) {
        push({ key: 'duty_exempt' }, new Decimal(0), `exempt: value ${deMin.inclusive ? '≤' : '<'} ${deMin.currency} ${deMin.amount}${deMin.includesShipping ? ' incl. shipping' : ''} (${inThreshold!.toFixed(2)} ${deMin.currency})`, 'duty');
      }
    }
    const itemDuty: Array<Decimal | undefined> = items.map(() => (dutyFree ? new Decimal(0) : undefined));
    if (!dutyFree && !(deMin && unknowns.length)) {
      const byRate = new Map<string, { base: Decimal; duty: Decimal; hs: string[] }>();
      items.forEach((it, i) => {
        const row = market.duty?.find((d) => d.hsPrefixes.some((p) => it.hs.startsWith(p)));
        if (!row) { unknowns.push(`Import duty rate for HS ${it.hs} in ${market.name}`); return; }
        note(row, `${market.name} duty on ${it.hs}`);
        const base = it.value.plus(extraShares[i]);
        itemDuty[i] = base.mul(pct(row.rate));
        const g = byRate.get(row.rate) ?? { base: new Decimal(0), duty: new Decimal(0), hs: [] };
        g.base = g.base.plus(base); g.duty = g.duty.plus(itemDuty[i]!); g.hs.push(it.hs);
        byRate.set(row.rate, g);
      });
      for (const [rate, g] of byRate) {
        push({ key: 'duty_on_goods_shipping', rate: Number(rate) }, g.duty, `HS ${[...new Set(g.hs)].join(', ')}; customs value ${g.base.toFixed(2)} ${cur}`, 'duty');
      }
    }

    addVatLines(items.map((it, i) => it.value.plus(extraShares[i]).plus(itemDuty[i] ?? 0)), itemDuty.map((d) => d === undefined),
      (missing, rate) => ({ key: missing ? 'tax_on_goods_shipping' : 'tax_on_goods_shipping_duty', tax, rate }));
  }

  const totalMinor = lines.reduce((s, l) => s + l.amountMinor, 0);
  const charges = (payableBy: QuoteLine['payableBy']) =>
    lines.filter((l) => (l.kind === 'duty' || l.kind === 'tax') && l.payableBy === payableBy).reduce((s, l) => s + l.amountMinor, 0);
  const complete = unknowns.length === 0;
  return {
    destination: input.destination, date: input.date, currency: cur, incoterm: input.incoterm,
    lines, total: formatMinor(totalMinor, cur), totalMinor,
    unknowns: [...new Set(unknowns)], unconfirmed: [...unconfirmed], complete,
    chargesAtCheckoutMinor: charges(atCheckout), chargesOnDeliveryMinor: charges('buyer on delivery'),
    ddpAllowed: complete && market.ddp !== false,
  };
}
