export { SettingsPage } from './SettingsPage';
export { useSettingsStore } from './settings-store';
