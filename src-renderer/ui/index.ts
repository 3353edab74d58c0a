export { Bdi, PersianNumber } from './Bdi';
export { ConfirmDialog, Dialog } from './Dialog';
export { compareSortValues, DataTable, type Column, type SortDirection } from './DataTable';
export { Field, TextField, type FieldControlProps } from './Field';
export { hasErrors, issuesToFieldErrors, validateWith, type FieldErrors } from './form-errors';
export { JalaliDatePicker } from './JalaliDatePicker';
export { ToastArea } from './Toast';
export { toast, useToastStore } from './toast-store';
