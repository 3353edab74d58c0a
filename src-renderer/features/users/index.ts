export { TemplatesPage } from './TemplatesPage';
export { UsersPage } from './UsersPage';
export { refreshUsersOnChange, useTemplatesStore, userName, useUsersStore } from './users-store';
