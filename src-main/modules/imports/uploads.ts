import { randomUUID } from 'node:crypto';
import { AppError } from '../../../src-shared/api/errors';
import type { ImportRowError } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { Session } from '../../core/context';
import type { SheetData } from '../printing/spreadsheet';

const KEEP_MS = 24 * 60 * 60_000;

export interface Upload {
  id: string;
  ownerId: number;
  kind: PartyKind;
  fileName: string;
  // Parsed once when analysed: parsing a large workbook takes seconds, and the wizard needs it up to three times.
  sheet: SheetData;
  // The rows that failed in the last run (dry or real), for the error report.
  errors: ImportRowError[];
  receivedAt: number;
}

// Workbooks between the wizard's steps, in memory and for a day; a restart means choosing the file again.
export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  save(session: Session, kind: PartyKind, fileName: string, sheet: SheetData, now: number): Upload {
    for (const [id, upload] of this.uploads) if (now - upload.receivedAt > KEEP_MS) this.uploads.delete(id);
    const upload = { id: randomUUID(), ownerId: session.userId, kind, fileName, sheet, errors: [], receivedAt: now };
    this.uploads.set(upload.id, upload);
    return upload;
  }

  get(session: Session, id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || upload.ownerId !== session.userId) throw new AppError('record.notFound', { table: 'imports', id });
    return upload;
  }
}
