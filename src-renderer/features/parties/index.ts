export { ClassificationSection, ContactSection, MoreSection } from './CommonSections';
export { formatContactValue } from './contact-format';
export { DigitsField } from './DigitsField';
export { Facts } from './Facts';
export { useLookup } from './lookups-store';
export { catchUpParties, PARTY_TABLES, refreshPartiesOnChange, resetPartyStores } from './live';
export {
  checkMobiles,
  commonDraft,
  commonOf,
  emptyCommon,
  keyContactErrors,
  newRowKey,
  similarCommon,
  type CommonValues,
} from './party-form-values';
export { listPath, recordPath, right, type PartyKindSpec } from './party-kind';
export { createPartyStore } from './party-store';
export { PartyEditor } from './PartyEditor';
export { FormSection } from './PartyFormShell';
export { PartyPicker } from './PartyPicker';
export { RialsInput } from './RialsInput';
export { useDebouncedValue } from './use-debounced-value';
export { PartyRecordPage } from './PartyRecordPage';
export { PartyScreen } from './PartyScreen';
export { clearNewPartyPrefill, prefillNewParty, useNewPartyPrefill, withPrefilledNumber } from './new-party-prefill';
export { useDirectoryStore } from './directory-store';
