import { InvalidInputError } from '../errors';
import { Decimal, allocate, formatMinor, minorExponent, toMinor } from '../util/money';
import { quoteLandedCost, type LandedCostInput, type LandedCostQuote } from './quote';

export type ShipmentsInput = Omit<LandedCostInput, 'items' | 'insurance'> & {
  /** One entry per parcel that clears customs on its own (one per manufacturer: each ships separately). */
  shipments: Array<{ key: string; items: LandedCostInput['items'] }>;
};

export interface ShipmentsQuote {
  currency: string;
  incoterm: 'DAP' | 'DDP';
  shipments: Array<{ key: string; quote: LandedCostQuote }>;
  /** Duty and tax collected at checkout, summed over the shipments, in minor units and as a fixed-point string. */
  chargesAtCheckoutMinor: number;
  chargesAtCheckout: string;
  chargesOnDeliveryMinor: number;
  chargesOnDelivery: string;
  unknowns: string[];
  complete: boolean;
  ddpAllowed: boolean;
}

/**
 * Duty and import VAT for an order that leaves as several parcels. Each parcel is declared on its own,
 * so each gets its own allowance (EAEU €200, EU €150…); the order's shipping is shared over the parcels
 * by goods value, in whole minor units, so the shares add up to the shipping charged.
 */
export function quoteShipments(input: ShipmentsInput): ShipmentsQuote {
  const { shipments, ...rest } = input;
  if (!shipments.length || shipments.some((s) => !s.items.length)) {
    throw new InvalidInputError('Landed-cost input is invalid', ['shipments: add at least one shipment, each with at least one item']);
  }
  const cur = input.currency.toUpperCase();
  const value = (s: ShipmentsInput['shipments'][number]) => s.items.reduce((sum, it) => sum + toMinor(new Decimal(it.value), cur), 0);
  const shippingShares = allocate(toMinor(new Decimal(input.shipping ?? 0), cur), shipments.map(value));
  const scale = 10 ** minorExponent(cur);
  const quotes = shipments.map((s, i) => ({
    key: s.key,
    quote: quoteLandedCost({ ...rest, items: s.items, shipping: new Decimal(shippingShares[i]).div(scale).toFixed() }),
  }));
  const sum = (f: (q: LandedCostQuote) => number) => quotes.reduce((s, { quote }) => s + f(quote), 0);
  const atCheckout = sum((q) => q.chargesAtCheckoutMinor);
  const onDelivery = sum((q) => q.chargesOnDeliveryMinor);
  const unknowns = [...new Set(quotes.flatMap(({ quote }) => quote.unknowns))];
  return {
    currency: cur,
    incoterm: input.incoterm,
    shipments: quotes,
    chargesAtCheckoutMinor: atCheckout,
    chargesAtCheckout: formatMinor(atCheckout, cur),
    chargesOnDeliveryMinor: onDelivery,
    chargesOnDelivery: formatMinor(onDelivery, cur),
    unknowns,
    complete: unknowns.length === 0,
    ddpAllowed: quotes.every(({ quote }) => quote.ddpAllowed),
  };
}
