import { InvalidInputError } from '../../errors';
import { renderConsignmentLabel, renderConsignmentPackingList, type ConsignmentPrintInput } from '../consignment';
import { pdfText } from '../../../test/helpers';

const consignment: ConsignmentPrintInput = {
  barcode: 'JXP-3F2A9C01',
  park: { code: 'JXP', name: 'Jiaxing logistics park', address: 'No. 1 Yatai Road, Jiaxing' },
  orderNo: 'AEM-1042',
  manufacturer: 'Jiaxing Kangyi Rehabilitation Equipment Co., Ltd.',
  consignee: { name: 'Olga Ivanova', city: 'Moscow', postalCode: '125009', country: 'RU' },
  items: [{ title: 'Folding steel wheelchair AX-1', sku: 'AX1-46', quantity: 2, hsCode: '8713100000' }],
  packages: [
    { sequence: 1, barcode: 'JXP-3F2A9C01-01', weightG: 19200, lengthMm: 830, widthMm: 340, heightMm: 770 },
    { sequence: 2, barcode: 'JXP-3F2A9C01-02', weightG: 19050, lengthMm: 830, widthMm: 340, heightMm: 770 },
  ],
  expectedPackages: 2,
  carrier: null,
  waybillNumber: null,
};

describe('consignment labels and packing list', () => {
  it('prints one label per package, each naming its package, weight and consignee', async () => {
    const { pages } = pdfText(await renderConsignmentLabel(consignment));
    expect(pages).toHaveLength(2);
    const text = pages.map((p) => p.map((i) => i.str).join(''));
    expect(text[0]).toContain('Package 1 of 2 · 19.200 kg · 830×340×770 mm');
    expect(text[1]).toContain('Package 2 of 2 · 19.050 kg');
    for (const t of text) expect(t).toContain('Olga Ivanova');
  });

  it('prints one label for the consignment before it is packed', async () => {
    const { pages, joined } = pdfText(await renderConsignmentLabel({ ...consignment, packages: [] }));
    expect(pages).toHaveLength(1);
    expect(joined).toContain('Expected packages: 2');
  });

  it('lists the goods with HS codes and the packages with the total weight', async () => {
    const { joined } = pdfText(await renderConsignmentPackingList({ ...consignment, carrier: 'China Post EMS', waybillNumber: 'EA123456789CN' }));
    expect(joined).toContain('8713100000');
    expect(joined).toContain('JXP-3F2A9C01-02');
    expect(joined).toContain('TOTAL: 2 package(s), 38.250 kg');
    expect(joined).toContain('China Post EMS waybill EA123456789CN');
  });

  it('refuses a barcode a scanner could not read back, naming the field', async () => {
    await expect(renderConsignmentLabel({ ...consignment, barcode: 'jxp 1' })).rejects.toThrow(InvalidInputError);
    await expect(renderConsignmentLabel({ ...consignment, barcode: 'jxp 1' })).rejects.toThrow(/barcode: barcode must be 4 to 40 capital letters/);
  });
});
