import Decimal from 'decimal.js';
import { demoDocumentDetails, demoOrder } from '../../ceb/sample';
import { InvalidInputError } from '../../errors';
import { renderExportDocuments } from '../documents';
import { fontkitFont, layoutLine, splitRuns } from '../fonts';
import { pdfText } from '../../../test/helpers';

describe.each(['9610', '9710'] as const)('export documents for mode %s', (mode) => {
  const order = demoOrder(mode);
  const details = demoDocumentDetails(mode);
  let docs: Awaited<ReturnType<typeof renderExportDocuments>>;
  beforeAll(async () => { docs = await renderExportDocuments(order, details); });

  // Expected figures are computed here from the order, independently of the renderer.
  const lineAmount = (l: (typeof order.lines)[number]) => new Decimal(l.quantity).mul(l.unitPrice);
  const goods = order.lines.reduce((s, l) => s.plus(lineAmount(l)), new Decimal(0));
  const total = goods.plus(order.freight ?? 0).plus(order.insuredFee ?? 0).toFixed(2);
  const net = order.lines.reduce((s, l) => s.plus(l.netWeightKg ?? 0), new Decimal(0)).toFixed(3);
  const qty = order.lines.reduce((s, l) => s.plus(l.quantity), new Decimal(0)).toString();

  it('commercial invoice carries the totals, line amounts and weights', () => {
    const { joined } = pdfText(docs.commercialInvoice);
    expect(joined).toContain(`${total} USD`);
    expect(joined).toContain(`${goods.toFixed(2)} USD`);
    for (const l of order.lines) expect(joined).toContain(lineAmount(l).toFixed(2));
    expect(joined).toContain(`Net weight ${net} kg`);
    expect(joined).toContain(`Gross weight ${new Decimal(order.logistics.grossWeightKg).toFixed(3)} kg`);
    expect(joined).toContain(`Total quantity ${qty}`);
    expect(joined).toContain(`${details.incoterm} ${details.namedPlace}`);
    expect(joined).toContain('嘉兴康复辅具制造有限公司');
    expect(joined).toContain('8713.10');
  });

  it('packing list matches the invoice quantities and weights', () => {
    const { joined } = pdfText(docs.packingList);
    expect(joined).toContain(`quantity ${qty}`);
    expect(joined).toContain(`net weight ${net} kg`);
    expect(joined).toContain(order.logistics.waybillNos[0]);
    expect(joined).toContain(details.marks);
  });

  it('certificate-of-origin application names the invoice, criterion and value', () => {
    const { joined } = pdfText(docs.certificateOfOrigin);
    expect(joined).toContain(`Invoice value ${total} USD`);
    expect(joined).toContain(details.invoiceNo);
    expect(joined).toContain('WO');
  });

  it('embeds the Noto fonts it used', () => {
    const pdf = docs.commercialInvoice.toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(pdf).toMatch(mode === '9710' ? /\/BaseFont \/[A-Z]{6}\+NotoSansArabic/ : /\/FontFile2/);
  });
});

it('renders the Kazakh buyer in Cyrillic', async () => {
  const { commercialInvoice } = await renderExportDocuments(demoOrder('9610'), demoDocumentDetails('9610'));
  const { joined } = pdfText(commercialInvoice);
  expect(joined).toContain('Айгерим Нурланова');
  expect(joined).toContain('Кресло-коляска механическая');
});

describe('Arabic shaping and right-to-left layout', () => {
  it('substitutes joining forms (shaped glyphs differ from the isolated letters)', () => {
    const word = 'كرسي';
    const [run] = splitRuns(word);
    expect(run.faceId).toMatch(/arabic/);
    const font = fontkitFont(run.file);
    const shaped = font.layout(word).glyphs.filter((g) => g.codePoints.length);
    const isolated = Array.from(word).map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);
    // Glyphs come out in visual order (last letter first) and in contextual forms.
    expect(shaped.map((g) => g.codePoints[0])).toEqual(Array.from(word).reverse().map((c) => c.codePointAt(0)));
    expect(shaped.map((g) => g.id)).not.toEqual([...isolated].reverse());
  });

  it('orders an Arabic address right to left but keeps numbers left to right', () => {
    const { runs, rtl } = layoutLine('طريق الملك فهد، الرياض 12211، المملكة العربية السعودية');
    expect(rtl).toBe(true);
    expect(runs.map((r) => r.text)).toEqual(['، المملكة العربية السعودية', '12211', 'طريق الملك فهد، الرياض ']);
  });

  it('keeps left-to-right paragraphs in order with an Arabic phrase inside', () => {
    const { runs, rtl } = layoutLine('Buyer: عيادة الرياض (KSA)');
    expect(rtl).toBe(false);
    expect(runs.map((r) => r.text).join('|')).toBe('Buyer: |عيادة الرياض| (KSA)');
  });

  it('picks a CJK subset for Chinese and Noto Sans for Cyrillic', () => {
    expect(splitRuns('轮椅').every((r) => /noto-sans-sc/.test(r.faceId))).toBe(true);
    expect(splitRuns('Кресло')[0].faceId).toMatch(/noto-sans-cyrillic/);
  });
});

it('rejects incomplete document details', async () => {
  await expect(renderExportDocuments(demoOrder('9610'), { ...demoDocumentDetails('9610'), incoterm: 'XYZ' as never })).rejects.toThrow(InvalidInputError);
  await expect(renderExportDocuments(demoOrder('9610'), { ...demoDocumentDetails('9610'), invoiceDate: '23.11.2026' })).rejects.toThrow(/invoiceDate: use an ISO date/);
});
