import './club.css';

export { CardScanListener } from './CardScanListener';
export { isClubTable, refreshClubOnChange, resetClub } from './club-lists';
export { ClubScreen } from './ClubScreen';
export { CLUB_PATH } from './paths';
