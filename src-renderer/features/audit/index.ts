export { AuditHistory, AuditHistoryDialog } from './AuditHistory';
export { AuditSearchPage } from './AuditSearchPage';
export { actionLabel, fieldLabel, formatAuditValue, recordLabel, tableLabel, who } from './audit-format';
