import { commissionMinor, resolveCommissionRate, splitAmount, statementCsv, statementPeriod, statementTotals } from '..';

describe('resolveCommissionRate', () => {
  const rules = [
    { rateBps: 800 },
    { isoClass: '12', rateBps: 700 },
    { isoClass: '12 22', rateBps: 600 },
    { manufacturerId: 'mfr_a', rateBps: 500 },
    { manufacturerId: 'mfr_a', isoClass: '22 06', rateBps: 300 },
  ];
  it.each([
    ['mfr_b', '15 09 03', 800, 'default'],
    ['mfr_b', '12 06 06', 700, 'class'],
    ['mfr_b', '12 22 03', 600, 'class'],
    ['mfr_a', '12 22 03', 500, 'manufacturer'],
    ['mfr_a', '22 06 09', 300, 'manufacturer-and-class'],
    ['mfr_b', null, 800, 'default'],
  ])('%s %s → %i bps (%s)', (manufacturerId, isoClass, rateBps, source) => {
    expect(resolveCommissionRate(rules, { manufacturerId, isoClass })).toEqual({ rateBps, source });
  });
  it('is 0 with no rule at all, and says so', () => {
    expect(resolveCommissionRate([], { manufacturerId: 'mfr_a' })).toEqual({ rateBps: 0, source: 'none' });
  });
  it('does not take "1" to cover "12"', () => {
    expect(resolveCommissionRate([{ isoClass: '1', rateBps: 100 }, { rateBps: 800 }], { manufacturerId: 'x', isoClass: '12 06' }).rateBps).toBe(800);
  });
});

describe('commissionMinor', () => {
  it('rounds half up to a whole minor unit', () => {
    expect(commissionMinor(12345, 800)).toBe(988); // 987.6
    expect(commissionMinor(50, 100)).toBe(1); // 0.5
    expect(commissionMinor(0, 800)).toBe(0);
  });
  it('refuses fractions of a minor unit and impossible rates', () => {
    expect(() => commissionMinor(1.5, 800)).toThrow(/whole minor units/);
    expect(() => commissionMinor(100, 10001)).toThrow(/0..10000/);
  });
});

describe('splitAmount', () => {
  it('adds back up to the cent', () => {
    const parts = splitAmount(25, 'usd', [1, 1, 1]);
    expect(parts).toEqual([8.34, 8.33, 8.33]);
    expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(2500);
  });
  it('follows the currency: no minor units in VND, three in KWD', () => {
    expect(splitAmount(100000, 'vnd', [2, 1])).toEqual([66667, 33333]);
    expect(splitAmount(1, 'kwd', [1, 2])).toEqual([0.333, 0.667]);
  });
});

describe('statementPeriod', () => {
  it('is a calendar month on Beijing time', () => {
    const { from, to } = statementPeriod('2026-11');
    expect(from.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(statementPeriod('2026-12').to.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
  it('follows daylight saving where a zone has it', () => {
    expect(statementPeriod('2026-07', 'Europe/Istanbul').from.toISOString()).toBe('2026-06-30T21:00:00.000Z');
    expect(statementPeriod('2026-07', 'Europe/Berlin').from.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
  it('refuses what is not a month', () => {
    expect(() => statementPeriod('2026-13')).toThrow(/2026-11/);
  });
});

describe('statements', () => {
  const lines = [
    { orderId: 'order_2', displayId: 2, placedAt: new Date('2026-11-05T10:00:00Z'), currencyCode: 'rub', grossMinor: 1000050, commissionBaseMinor: 900000, commissionMinor: 72000 },
    { orderId: 'order_1', displayId: 1, placedAt: new Date('2026-11-02T10:00:00Z'), currencyCode: 'usd', grossMinor: 12000, commissionBaseMinor: 10000, commissionMinor: 800 },
    { orderId: 'order_3', displayId: 3, placedAt: new Date('2026-11-09T10:00:00Z'), currencyCode: 'usd', grossMinor: 5050, commissionBaseMinor: 5000, commissionMinor: 400 },
  ];
  it('totals per currency, net = gross - commission', () => {
    expect(statementTotals(lines)).toEqual([
      { currencyCode: 'rub', orderCount: 1, grossMinor: 1000050, commissionMinor: 72000, netMinor: 928050 },
      { currencyCode: 'usd', orderCount: 2, grossMinor: 17050, commissionMinor: 1200, netMinor: 15850 },
    ]);
  });
  it('writes CSV rows in date order, totals last, with formula cells defused', () => {
    const csv = statementCsv('2026-11', '=HYPERLINK("x")', lines);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('month,manufacturer,order,display_id,placed_at,currency,gross,commission_base,commission,net');
    expect(rows[1]).toBe(`2026-11,"'=HYPERLINK(""x"")",order_1,1,2026-11-02T10:00:00.000Z,USD,120.00,100.00,8.00,112.00`);
    expect(rows.slice(1, 4).map((r) => r.split(',')[3])).toEqual(['1', '2', '3']);
    expect(rows[5]).toBe(`2026-11,"'=HYPERLINK(""x"")",TOTAL,2,,USD,170.50,,12.00,158.50`);
  });
});
