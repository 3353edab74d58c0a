import { LINE_KINDS, PhoneLine } from '../../src-shared/api/telephony';
import { toPersianDigits } from '../../src-shared/domain/persian-text';

// `--callerid voiceModem:/dev/ttyACM0,gsm:/dev/ttyUSB2,box:COM4` → phone lines named «خط ۱», «خط ۲»…
export function parseCallerIdArg(text: string): PhoneLine[] {
  return text
    .split(',')
    .filter((item) => item.trim() !== '')
    .map((item, index) => {
      const at = item.indexOf(':');
      const kind = item.slice(0, at).trim();
      const port = item.slice(at + 1).trim();
      if (at < 0 || !(LINE_KINDS as readonly string[]).includes(kind) || port === '') {
        throw new Error(`--callerid: "${item}" is not <${LINE_KINDS.join('|')}>:<port>`);
      }
      return PhoneLine.parse({ id: `line-${index + 1}`, name: `خط ${toPersianDigits(index + 1)}`, kind, port });
    });
}
