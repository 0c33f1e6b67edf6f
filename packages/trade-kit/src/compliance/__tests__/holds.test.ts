import { PRODUCT_HOLD_KINDS, publishRefusal, staffLiftRefusal } from '../holds';

describe('compliance holds', () => {
  it('names every hold, why, and what lifts it', () => {
    expect(
      publishRefusal([
        { kind: 'spot_check_failed', reason: 'Brake force below GB/T 13800' },
        { kind: 'recall_open', reason: 'Frame cracks' },
      ])
    ).toBe(
      'This product cannot be published while it is on hold: failed spot check (Brake force below GB/T 13800): lifted by a passed re-check of the product, ' +
        'or platform staff with a reason; open recall (Frame cracks): lifted by platform staff closing the recall.'
    );
  });

  it('lets staff lift spot-check and certificate holds, and says what lifts a recall or a suspension', () => {
    expect(PRODUCT_HOLD_KINDS.filter((k) => staffLiftRefusal(k) === null)).toEqual(['spot_check_failed', 'certificate_expired']);
    expect(staffLiftRefusal('manufacturer_suspended')).toBe('A hold for manufacturer suspended is lifted only by platform staff approving the manufacturer again.');
  });
});
