import type { ExportOrderInput } from './order';

// Catalogue for demo orders: a Chinese rehabilitation-device maker's typical export lines.
const CATALOGUE = [
  { itemNo: 'WC-M100', name: '手动轮椅车', localName: 'Manual wheelchair, folding, 18"', model: 'M100 钢制 折叠', hsCode: '8713100000', unit: 'vehicle', unitPrice: '185.00', netWeightKg: '14.5' },
  { itemNo: 'WC-E300', name: '电动轮椅车', localName: 'Powered wheelchair, lithium battery', model: 'E300 锂电 24V', hsCode: '8713900000', unit: 'vehicle', unitPrice: '640.00', netWeightKg: '26' },
  { itemNo: 'HA-B12', name: '助听器', localName: 'Behind-the-ear hearing aid', model: 'B12 耳背式', hsCode: '9021400000', unit: 'piece', unitPrice: '48.50', netWeightKg: '0.05' },
  { itemNo: 'OR-K20', name: '膝关节矫形器', localName: 'Knee orthosis, adjustable hinge', model: 'K20 可调', hsCode: '9021100000', unit: 'piece', unitPrice: '22.00', netWeightKg: '0.6' },
  { itemNo: 'WK-R05', name: '四轮助行器', localName: 'Rollator with seat', model: 'R05 铝合金', hsCode: '9021100000', unit: 'piece', unitPrice: '39.90', netWeightKg: '7.2' },
];

const LOCAL: Record<string, Record<string, string>> = {
  KZ: { 'WC-M100': 'Кресло-коляска механическая', 'WC-E300': 'Кресло-коляска с электроприводом', 'HA-B12': 'Слуховой аппарат заушный', 'OR-K20': 'Ортез коленный', 'WK-R05': 'Роллатор с сиденьем' },
  SA: { 'WC-M100': 'كرسي متحرك يدوي', 'WC-E300': 'كرسي متحرك كهربائي', 'HA-B12': 'سماعة أذن خلف الأذن', 'OR-K20': 'جهاز تقويم الركبة', 'WK-R05': 'مشاية بمقعد' },
};

/**
 * A realistic demo order: 9610 = parcel to a consumer in Kazakhstan, 9710 = B2B sale to a clinic
 * in Saudi Arabia. Registration codes are fictitious but well-formed.
 */
export function demoOrder(mode: '9610' | '9710', lineCount = mode === '9610' ? 2 : 4, declaredAt = new Date('2026-11-23T08:00:00Z')): ExportOrderInput {
  const dest = mode === '9610' ? 'KZ' : 'SA';
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const p = CATALOGUE[i % CATALOGUE.length];
    const round = Math.floor(i / CATALOGUE.length);
    return {
      ...p,
      itemNo: round ? `${p.itemNo}-${round}` : p.itemNo,
      localName: `${LOCAL[dest][p.itemNo]} / ${p.localName}`,
      quantity: mode === '9610' ? 1 : 2 + (i % 3),
      netWeightKg: (Number(p.netWeightKg) * (mode === '9610' ? 1 : 2 + (i % 3))).toFixed(3),
      barCode: `69${String(1234567890 + i).padStart(11, '0')}`,
    };
  });
  const weight = lines.reduce((s, l) => s + Number(l.netWeightKg), 0);
  return {
    mode,
    orderNo: mode === '9610' ? 'AEM-KZ-20261123-0001' : 'AEM-SA-20261123-0042',
    declaredAt,
    platform: { code: '3301960ABC', name: 'AEM 无障碍辅具跨境平台' },
    seller: { code: '3304961XYZ', name: '嘉兴康复辅具制造有限公司', telephone: '+86-573-8200-0000', address: '浙江省嘉兴市南湖区康复路8号' },
    transmitter: { copCode: '3301960ABC', copName: 'AEM 无障碍辅具跨境平台', dxpId: 'DXPENT0000012345' },
    buyer: mode === '9610'
      ? { name: 'Айгерим Нурланова', address: 'ул. Абая 10, кв. 5, Алматы 050000, Казахстан', telephone: '+7 701 000 0000' }
      : { name: 'عيادة الرياض للتأهيل الطبي', address: 'طريق الملك فهد، الرياض 12211، المملكة العربية السعودية', telephone: '+966 11 000 0000', taxId: '300000000000003' },
    destination: dest,
    currency: 'USD',
    lines,
    freight: mode === '9610' ? '38.00' : '420.00',
    insuredFee: mode === '9610' ? '0' : '12.50',
    payment: { payCode: '3101960PAY', payName: '跨境支付服务有限公司', payNo: `PAY${mode}20261123001`, paidAt: new Date('2026-11-22T10:15:00Z') },
    logistics: {
      code: '3301980LOG', name: '嘉兴国际物流有限公司',
      waybillNos: Array.from({ length: Math.ceil(lineCount / 100) }, (_, i) => `JX${mode}112300${String(i + 1).padStart(2, '0')}`),
      grossWeightKg: (weight * 1.15 + 0.5).toFixed(3), packages: Math.max(Math.ceil(lineCount / 100), mode === '9610' ? 1 : 3),
    },
    customs: { customsCode: '2919', portCode: '2919', trafMode: mode === '9610' ? '4' : '2', pod: mode === '9610' ? 'KZAL' : 'SAJE', wrapType: '2', statisticsFlag: mode === '9610' ? 'A' : 'B' },
  };
}

/** Invoice/packing/origin details matching demoOrder(mode). */
export function demoDocumentDetails(mode: '9610' | '9710') {
  return mode === '9610'
    ? { invoiceNo: 'CI-KZ-20261123-0001', invoiceDate: '2026-11-23', incoterm: 'DAP' as const, namedPlace: 'Almaty', paymentTerms: 'Paid online at checkout',
      route: 'Jiaxing → Khorgos → Almaty by road', marks: 'AEM/KZ/0001', packageType: 'carton', certificate: { kind: 'Non-preferential', originCriterion: 'WO' }, signatory: '王伟 (Wang Wei)' }
    : { invoiceNo: 'CI-SA-20261123-0042', invoiceDate: '2026-11-23', incoterm: 'DAP' as const, namedPlace: 'Riyadh', paymentTerms: '30% advance, 70% against B/L copy',
      route: 'Shanghai → Jeddah by sea, then road to Riyadh', marks: 'AEM/RUH/0042 1-3', packageType: 'cartons', exporterTaxId: '91330400MA2XXXXX0Y',
      certificate: { kind: 'Non-preferential', originCriterion: 'WO' }, signatory: '王伟 (Wang Wei)' };
}
