import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../src-shared/api/errors';
import type { ImportRowError } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { Session } from '../../core/context';

const KEEP_MS = 24 * 60 * 60_000;

export interface Upload {
  id: string;
  ownerId: number;
  kind: PartyKind;
  fileName: string;
  path: string;
  // The rows that failed in the last run (dry or real), for the error report.
  errors: ImportRowError[];
}

// Uploaded workbooks wait in <data>/imports between the wizard's steps and are removed after a day.
export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly folder: string) {}

  save(session: Session, kind: PartyKind, fileName: string, content: Buffer, now: number): Upload {
    mkdirSync(this.folder, { recursive: true });
    this.removeOld(now);
    const id = randomUUID();
    const path = join(this.folder, `${id}.xlsx`);
    writeFileSync(path, content);
    const upload = { id, ownerId: session.userId, kind, fileName, path, errors: [] };
    this.uploads.set(id, upload);
    return upload;
  }

  get(session: Session, id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || upload.ownerId !== session.userId) throw new AppError('record.notFound', { table: 'imports', id });
    return upload;
  }

  read(upload: Upload): Promise<Buffer> {
    return readFile(upload.path);
  }

  private removeOld(now: number): void {
    for (const name of readdirSync(this.folder)) {
      const path = join(this.folder, name);
      if (now - statSync(path).mtimeMs > KEEP_MS) {
        rmSync(path, { force: true });
        this.uploads.delete(name.replace(/\.xlsx$/, ''));
      }
    }
  }
}
