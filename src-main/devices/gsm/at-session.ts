// One AT conversation with a modem: strictly one command at a time, its echo dropped, its info lines
// collected until a final result code, and unsolicited lines (RING, +CLIP, +CMTI, …) routed away even
// when they arrive in the middle of a response. Pure over a byte channel, so it is tested without a port.

export interface ByteChannel {
  write(bytes: string): Promise<void>;
  onData(listener: (chunk: Buffer) => void): () => void;
}

// 'closed': the line went away before the command finished (a write failed, or the session was aborted).
export type AtFailure = 'error' | 'cme' | 'cms' | 'timeout' | 'closed';

export class AtError extends Error {
  constructor(
    readonly failure: AtFailure,
    readonly command: string,
    // +CME/+CMS error number (AT+CMEE=1), null otherwise.
    readonly code: number | null,
    readonly lines: string[],
  ) {
    super(`${command}: ${failure}${code === null ? '' : ` ${code}`}`);
    this.name = 'AtError';
  }
}

// The modem answered, just not with OK: unlike a timeout or a dropped line, the conversation is intact.
export function isRefusal(error: unknown): error is AtError {
  return error instanceof AtError && (error.failure === 'error' || error.failure === 'cme' || error.failure === 'cms');
}

// Whether anything answers AT within the attempts: even ERROR proves a modem is listening.
export async function answersAt(send: (timeoutMs: number) => Promise<unknown>, attempts: number, timeoutMs: number): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await send(timeoutMs);
      return true;
    } catch (error) {
      if (isRefusal(error)) return true;
      if (!(error instanceof AtError && error.failure === 'timeout')) throw error;
    }
  }
  return false;
}

export interface Unsolicited {
  line: string;
  // The PDU line of two-line indications (+CMT: / +CDS: in routing mode).
  pdu?: string;
}

export interface CommandOptions {
  timeoutMs?: number;
  // Text sent after the "> " prompt (AT+CMGS=<n>: the PDU), terminated with Ctrl-Z.
  body?: string;
}

const FINAL_ERRORS = new Set(['ERROR', 'COMMAND NOT SUPPORT', 'NO CARRIER', 'BUSY', 'NO ANSWER', 'NO DIALTONE']);
const URC_PREFIXES = ['RING', '+CRING:', '+CLIP:', '+CMTI:', '+CDSI:', '+CREG:', '+CMT:', '+CDS:', '+CUSD:', '^RSSI:', '^BOOT:', '^MODE:', '^SRVST:', '^SIMST:', '^SMMEMFULL', '^CEND:'];
const TWO_LINE_URCS = ['+CMT:', '+CDS:'];
const CTRL_Z = '\x1a';
const ESC = '\x1b';

interface Pending {
  command: string;
  body: string | undefined;
  lines: string[];
  promptAnswered: boolean;
  resolve(lines: string[]): void;
  reject(error: AtError): void;
  timer: NodeJS.Timeout;
}

export class AtSession {
  private buffer = '';
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private awaitingPduFor: string | null = null;
  // Bumped by abort(): commands queued before it belong to a conversation that no longer exists.
  private generation = 0;
  private readonly listeners = new Set<(urc: Unsolicited) => void>();

  constructor(
    private readonly channel: ByteChannel,
    private readonly defaultTimeoutMs = 10_000,
  ) {
    channel.onData((chunk) => this.receive(chunk.toString('latin1')));
  }

  onUnsolicited(listener: (urc: Unsolicited) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Resolves with the information lines of the response (without echo, URCs and the final OK).
  command(command: string, options: CommandOptions = {}): Promise<string[]> {
    const generation = this.generation;
    const run = () =>
      generation === this.generation ? this.send(command, options) : Promise.reject(new AtError('closed', command, null, []));
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  // The line dropped: the pending command and everything queued behind it fail now instead of waiting
  // for their timeouts, and half-received bytes are forgotten (the modem comes back in a fresh state).
  abort(): void {
    this.generation++;
    this.buffer = '';
    this.awaitingPduFor = null;
    const pending = this.pending;
    if (pending) this.finish(new AtError('closed', pending.command, null, pending.lines));
  }

  private send(command: string, { timeoutMs = this.defaultTimeoutMs, body }: CommandOptions): Promise<string[]> {
    return new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A modem left waiting for message text would take the next command as text: ESC cancels it.
        // A closed line cannot take the ESC, and a modem that lost its line has left text mode anyway.
        if (this.pending?.body !== undefined) this.channel.write(ESC).catch(() => undefined);
        this.finish(new AtError('timeout', command, null, this.pending?.lines ?? []));
      }, timeoutMs);
      this.pending = { command, body, lines: [], promptAnswered: false, resolve, reject, timer };
      this.channel.write(`${command}\r`).catch((error: unknown) => {
        this.finish(new AtError('closed', command, null, [String(error)]));
      });
    });
  }

  private finish(outcome: string[] | AtError): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (outcome instanceof AtError) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  private receive(text: string): void {
    this.buffer += text;
    const parts = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = parts.pop() ?? '';
    for (const line of parts) this.line(line.trim());
    this.checkPrompt();
  }

  // The prompt is "\r\n> " with nothing after it, so it normally shows up in the unterminated rest.
  private checkPrompt(): void {
    const rest = this.buffer.trimStart();
    if ((rest === '>' || rest.startsWith('> ')) && this.answerPrompt()) this.buffer = '';
  }

  private answerPrompt(): boolean {
    const pending = this.pending;
    if (!pending || pending.body === undefined || pending.promptAnswered) return false;
    pending.promptAnswered = true;
    this.channel.write(`${pending.body}${CTRL_Z}`).catch((error: unknown) => {
      if (this.pending === pending) this.finish(new AtError('closed', pending.command, null, [String(error)]));
    });
    return true;
  }

  private line(line: string): void {
    if (line === '') return;
    if (this.awaitingPduFor !== null) {
      this.emit({ line: this.awaitingPduFor, pdu: line });
      this.awaitingPduFor = null;
      return;
    }
    const pending = this.pending;
    // Echo (E1, the power-on default): the command itself, and after the prompt the message text.
    if (pending && (line === pending.command || (pending.body !== undefined && line.includes(pending.body)))) return;
    if (this.isUnsolicited(line)) {
      if (TWO_LINE_URCS.some((prefix) => line.startsWith(prefix))) this.awaitingPduFor = line;
      else this.emit({ line });
      return;
    }
    if (!pending) {
      this.emit({ line });
      return;
    }
    if (line === 'OK') return this.finish(pending.lines);
    const numbered = /^\+(CME|CMS) ERROR:\s*(\d+)/.exec(line);
    if (numbered) return this.finish(new AtError(numbered[1] === 'CME' ? 'cme' : 'cms', pending.command, Number(numbered[2]), pending.lines));
    if (FINAL_ERRORS.has(line) || line.startsWith('+CME ERROR') || line.startsWith('+CMS ERROR') || line.startsWith('MODEM ERROR')) {
      return this.finish(new AtError('error', pending.command, null, [...pending.lines, line]));
    }
    // An indication right behind the prompt, in the same chunk, makes the prompt a line of its own.
    if (line.startsWith('>')) {
      this.answerPrompt();
      return;
    }
    pending.lines.push(line);
  }

  // +CREG: is both an indication and the answer to AT+CREG?: while that command runs it is an answer.
  private isUnsolicited(line: string): boolean {
    const prefix = URC_PREFIXES.find((candidate) => line.startsWith(candidate));
    if (!prefix) return false;
    const asked = this.pending?.command.toUpperCase() ?? '';
    return !asked.startsWith(`AT${prefix.replace(/:$/, '')}`);
  }

  private emit(urc: Unsolicited): void {
    for (const listener of this.listeners) listener(urc);
  }
}
