import './club.css';

export { CardScanListener } from './CardScanListener';
export { isClubTable, refreshClubOnChange, resetClub } from './club-lists';
export { ClubScreen } from './ClubScreen';
export { CLUB_PATH } from './paths';
// Numbers typed as text in forms (Persian digits, «٫» for decimals); the printing templates' millimetres too.
export { numberOf, textOf } from './config-values';
export { Choices } from './Choices';
