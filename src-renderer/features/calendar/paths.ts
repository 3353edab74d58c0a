// «تقویم» (#/calendar).
export const CALENDAR_PATH = '/calendar';
