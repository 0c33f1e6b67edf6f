export { resolveCommissionRate, commissionMinor } from './commission';
export type { CommissionRule, ResolvedCommissionRate } from './commission';
export { statementPeriod, statementTotals, statementCsv, STATEMENT_TIME_ZONE } from './statement';
export type { StatementLine, StatementCurrencyTotal } from './statement';
export { splitAmount } from './split';
