import './telephony.css';

export { DialButton, DiallingBar } from './DialButton';
export { IncomingCalls, MissedBadge } from './IncomingCalls';
export { TELEPHONY_PATH } from './paths';
export { handleTelephonyEvent, resetTelephony } from './telephony-live';
export { TelephonyScreen } from './TelephonyScreen';
