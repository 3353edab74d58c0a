export * from './persian-text';
export * from './jalali';
export * from './iran-ids';
export * from './money';
