// A serial caller-ID box (devices.md §4, "what Iranian offices actually use"): one port, often several
// lines, a vendor protocol described by BoxFormat. It only reports; it cannot dial.

import type { BoxFormat } from '../../../src-shared/api/telephony';
import type { CallerIdSource } from '../ports';
import { hexBytes, parseBoxRecord, RecordSplitter } from './cid-parser';
import { KeptLine, LineSource } from './source-kit';

export interface BoxSourceOptions {
  candidates: () => string[];
  format: BoxFormat;
  timing?: Partial<{ reconnectMs: number; portCheckMs: number }>;
  log?: (line: string) => void;
}

class BoxSource extends LineSource implements CallerIdSource {
  protected readonly kept: KeptLine;
  private splitter: RecordSplitter;
  private readonly terminator: Buffer;

  constructor(private readonly options: BoxSourceOptions) {
    super();
    const { format } = options;
    this.terminator = hexBytes(format.terminatorHex);
    this.splitter = new RecordSplitter(this.terminator);
    this.kept = new KeptLine(
      { candidates: options.candidates, baudRate: format.baudRate, dtr: format.dtr, reconnectMs: 1_000, portCheckMs: 2_000, ...options.timing },
      this.current,
      () => void this.opened(),
    );
    this.kept.line.onData((chunk) => this.received(chunk));
  }

  private async opened(): Promise<void> {
    // Half a record from before the re-plug would be glued to the first new one.
    this.splitter = new RecordSplitter(this.terminator);
    const init = hexBytes(this.options.format.initHex);
    try {
      // Some boxes say nothing until the host sends their protocol's greeting.
      if (init.length > 0) await this.kept.line.write(init);
      this.current.set({ state: 'ready', problem: null });
    } catch (error) {
      this.options.log?.(`caller-ID box: init bytes not written: ${String(error)}`);
    }
  }

  private received(chunk: Buffer): void {
    this.raw.emit(chunk);
    for (const record of this.splitter.push(chunk)) {
      const parsed = parseBoxRecord(record, this.options.format);
      if (parsed) this.signals.emit({ kind: 'callerId', line: parsed.line, number: parsed.number, withheld: null, name: null });
    }
  }
}

export function createBoxSource(options: BoxSourceOptions): CallerIdSource {
  return new BoxSource(options);
}
