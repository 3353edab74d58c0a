import { eq } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { OfficeSettings } from '../../../src-shared/api/settings';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import type { Records } from '../../core/records';
import { officeSettings } from './schema';

const SETTINGS_ID = 1;

export function findOfficeSettings(db: ReadDb | WriteDb): OfficeSettings | null {
  const row = db.select().from(officeSettings).where(eq(officeSettings.id, SETTINGS_ID)).get();
  return row
    ? {
        officeName: row.officeName,
        defaultAreaCode: row.defaultAreaCode,
        moneyUnit: row.moneyUnit,
        attachmentMaxMb: row.attachmentMaxMb,
        version: row.version,
      }
    : null;
}

export function getOfficeSettings(db: ReadDb | WriteDb): OfficeSettings {
  const settings = findOfficeSettings(db);
  if (!settings) throw new AppError('record.notFound', { table: 'office_settings', id: SETTINGS_ID });
  return settings;
}

export function createOfficeSettings(
  records: Records,
  values: Pick<OfficeSettings, 'officeName' | 'defaultAreaCode'>,
): void {
  records.insert(officeSettings, { ...values, moneyUnit: 'rial' });
}

// Read on every save of a phone number (and so for every imported row): prepared.
export function defaultAreaCode(db: WriteDb): string {
  const row = prepared(db, 'SELECT default_area_code AS code FROM office_settings WHERE id = ?').get(SETTINGS_ID) as
    | { code: string }
    | undefined;
  if (!row) throw new AppError('record.notFound', { table: 'office_settings', id: SETTINGS_ID });
  return row.code;
}
