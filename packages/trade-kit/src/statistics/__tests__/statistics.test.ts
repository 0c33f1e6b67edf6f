import { pdfText } from '../../../test/helpers';
import { creditSummary, type CreditFact } from '../credit';
import { exportTotals, industryReportCsv, industryReportPdf, type IndustryStatistics } from '../industry-report';
import { bimonthlyReportPeriod } from '../report-period';

describe('bi-monthly report period (25th, Beijing time)', () => {
  it('covers the 25th two months back to this 25th when run on the 25th', () => {
    // 2027-01-25 02:00 UTC is 10:00 in Beijing on the 25th.
    expect(bimonthlyReportPeriod(new Date('2027-01-25T02:00:00Z'))).toEqual({
      from: new Date('2026-11-24T16:00:00Z'),
      to: new Date('2027-01-24T16:00:00Z'),
    });
  });

  it('uses the previous 25th before it comes round, on Beijing dates', () => {
    // 2026-11-24 17:00 UTC is already the 25th in Beijing.
    expect(bimonthlyReportPeriod(new Date('2026-11-24T17:00:00Z')).to).toEqual(new Date('2026-11-24T16:00:00Z'));
    expect(bimonthlyReportPeriod(new Date('2026-11-24T15:00:00Z'))).toEqual({
      from: new Date('2026-08-24T16:00:00Z'),
      to: new Date('2026-10-24T16:00:00Z'),
    });
  });

  it('leaves no gap between consecutive reports', () => {
    const march = bimonthlyReportPeriod(new Date('2027-03-25T02:00:00Z'));
    const january = bimonthlyReportPeriod(new Date('2027-01-25T02:00:00Z'));
    expect(march.from).toEqual(january.to);
  });
});

const stats: IndustryStatistics = {
  from: '2026-09-24T16:00:00.000Z',
  to: '2026-11-24T16:00:00.000Z',
  products_by_iso_class: [{ iso_class: '12 22', products: 3, quantity: 7 }],
  manufacturers: [{ status: 'approved', count: 2 }],
  exports: [
    { country_code: 'kz', mode: '9610', currency_code: 'kzt', orders: 2, value_minor: 17800000 },
    { country_code: 'kz', mode: '9710', currency_code: 'kzt', orders: 1, value_minor: 5000000 },
    { country_code: 'ru', mode: '9610', currency_code: 'rub', orders: 1, value_minor: 1690000 },
  ],
  export_totals: [],
  fitting_requests: 3,
  recalls: { opened: 1, closed: 0 },
  spot_checks: { passed: 2, failed: 1 },
};
stats.export_totals = exportTotals(stats.exports);

describe('industry report', () => {
  it('totals exports per currency from the rows', () => {
    expect(stats.export_totals).toEqual([
      { currency_code: 'kzt', orders: 3, value_minor: 22800000 },
      { currency_code: 'rub', orders: 1, value_minor: 1690000 },
    ]);
  });

  it('writes every section to CSV with amounts in major units', () => {
    const csv = industryReportCsv(stats);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toContain(',KZ,9610,KZT,2,178000.00');
    expect(lines).toContain(',KZT,3,228000.00');
    expect(lines).toContain(',12 22,3,7');
    expect(lines).toContain(',fitting_requests,3');
    expect(lines).toContain(',spot_checks_failed,1');
  });

  it('renders the same figures as a PDF', async () => {
    const pdf = await industryReportPdf(stats);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { joined } = pdfText(pdf);
    for (const text of ['Exports by destination and mode', '228000.00', '16900.00', 'fitting_requests 3']) expect(joined).toContain(text);
  });
});

describe('credit summary', () => {
  const fact = (kind: CreditFact['kind'], outcome: CreditFact['outcome']): CreditFact => ({
    kind,
    outcome,
    at: '2026-11-01',
    summary: kind,
    evidence: { type: kind, id: `${kind}_1` },
  });

  it('is "new" without facts', () => {
    expect(creditSummary([])).toMatchObject({ rating: 'new', score: null });
  });

  it('takes the fixed penalties off 100 and counts each kind', () => {
    const s = creditSummary([fact('certificate', 'good'), fact('spot_check', 'bad'), fact('handoff', 'bad'), fact('handoff', 'good')]);
    expect(s).toMatchObject({ rating: 'fair', score: 73 });
    expect(s.counts.handoff).toEqual({ good: 1, bad: 1 });
    expect(creditSummary([fact('certificate', 'good')])).toMatchObject({ rating: 'good', score: 100 });
    expect(creditSummary([fact('recall', 'bad'), fact('spot_check', 'bad')])).toMatchObject({ rating: 'poor', score: 55 });
  });
});
