export { bimonthlyReportPeriod } from './report-period';
export { exportTotals, industryReportCsv, industryReportPdf } from './industry-report';
export type { IndustryStatistics } from './industry-report';
export { creditSummary, CREDIT_FACT_KINDS, CREDIT_PENALTIES } from './credit';
export type { CreditFact, CreditFactKind, CreditSummary } from './credit';
export { complaintRecord, COMPLAINT_ANSWER_DAYS, COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from './complaints';
export type { ComplaintCategory, ComplaintRow, ComplaintStats, ComplaintStatus } from './complaints';
