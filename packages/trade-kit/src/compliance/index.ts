export { PRODUCT_HOLD_KINDS, PRODUCT_HOLD_RULES, publishRefusal, staffLiftRefusal } from './holds';
export type { ProductHoldKind } from './holds';
