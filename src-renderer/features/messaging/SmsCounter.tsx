import { planMessage } from '../../../src-shared/domain/sms-parts';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { count } from './format';

// «۱۳۵ نویسه · ۳ پیامک · فارسی (UCS-2)»: counted exactly as the gateways will split the text.
export function smsCountText(text: string): string {
  const plan = planMessage(text);
  const characters = [...text].length;
  const parts = characters === 0 ? 0 : plan.parts.length;
  return `${count(characters)} نویسه · ${count(parts)} پیامک · ${messagingLabels.encoding[plan.encoding]}`;
}

export function SmsCounter({ text, id }: { text: string; id?: string }) {
  return (
    <p className="sms-counter" id={id} data-testid="sms-counter">
      {smsCountText(text)}
    </p>
  );
}
