export { ChangePasswordDialog } from './ChangePasswordDialog';
export { LoginPage } from './LoginPage';
export { SetupWizard } from './SetupWizard';
export { hasPermission, useCan, useSessionStore, type SessionPhase } from './session-store';
