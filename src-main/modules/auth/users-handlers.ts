import { AppError } from '../../../src-shared/api/errors';
import type { usersApi } from '../../../src-shared/api/users';
import type { Handlers } from '../../core/dispatch';
import type { WriteCtx } from '../../core/context';
import { hashPassword } from './passwords';
import { accessTemplates, users } from './schema';
import { endSessionsOf } from './sessions';
import { countActiveAdmins, findUserByUsername, getTemplate, getUser, listTemplates, listUsers, templateNameTaken } from './users-queries';

// The office must never lose its last way in: keep at least one active admin.
function guardLastAdmin(ctx: WriteCtx, userId: number, staysActiveAdmin: boolean): void {
  const user = getUser(ctx.db, userId);
  if (user.isAdmin && user.active && !staysActiveAdmin && countActiveAdmins(ctx.db, userId) === 0) {
    throw new AppError('users.lastAdmin');
  }
}

function requireLiveTemplate(ctx: WriteCtx, templateId: number | null): void {
  if (templateId !== null) getTemplate(ctx.db, templateId);
}

export const usersHandlers: Handlers<typeof usersApi> = {
  'users.list': ({ includeDeleted }, ctx) => listUsers(ctx.db, includeDeleted),

  'users.create': (input, ctx) => {
    if (findUserByUsername(ctx.db, input.username)) throw new AppError('users.usernameTaken');
    requireLiveTemplate(ctx, input.templateId);
    const user = ctx.records.insert(users, {
      username: input.username,
      displayName: input.displayName,
      passwordHash: hashPassword(input.password),
      isAdmin: input.isAdmin,
      active: true,
      templateId: input.isAdmin ? null : input.templateId,
    });
    return getUser(ctx.db, user.id);
  },

  'users.update': ({ id, version, displayName, isAdmin, templateId }, ctx) => {
    guardLastAdmin(ctx, id, isAdmin);
    requireLiveTemplate(ctx, templateId);
    ctx.records.update(
      users,
      id,
      { displayName, isAdmin, templateId: isAdmin ? null : templateId },
      { expectedVersion: version },
    );
    return getUser(ctx.db, id);
  },

  'users.setActive': ({ id, version, active }, ctx) => {
    if (!active) guardLastAdmin(ctx, id, false);
    ctx.records.update(users, id, { active }, { expectedVersion: version });
    if (!active) endSessionsOf(ctx.db, id);
    return getUser(ctx.db, id);
  },

  'users.resetPassword': ({ id, password }, ctx) => {
    ctx.records.update(users, id, { passwordHash: hashPassword(password) });
    endSessionsOf(ctx.db, id);
    return { ok: true };
  },

  'users.remove': ({ id }, ctx) => {
    guardLastAdmin(ctx, id, false);
    ctx.records.remove(users, id);
    endSessionsOf(ctx.db, id);
    return { ok: true };
  },

  'users.restore': ({ id }, ctx) => {
    ctx.records.restore(users, id);
    return getUser(ctx.db, id);
  },

  'users.purge': ({ id }, ctx) => {
    ctx.records.purge(users, id);
    return { ok: true };
  },

  'users.directory': (_input, ctx) =>
    listUsers(ctx.db, false)
      .filter((user) => user.active)
      .map((user) => ({ id: user.id, name: user.displayName })),
  'users.listTemplates': (_input, ctx) => listTemplates(ctx.db),

  'users.createTemplate': (input, ctx) => {
    if (templateNameTaken(ctx.db, input.name)) throw new AppError('templates.nameTaken');
    const template = ctx.records.insert(accessTemplates, input);
    return getTemplate(ctx.db, template.id);
  },

  'users.updateTemplate': ({ id, version, ...fields }, ctx) => {
    if (templateNameTaken(ctx.db, fields.name, id)) throw new AppError('templates.nameTaken');
    ctx.records.update(accessTemplates, id, fields, { expectedVersion: version });
    return getTemplate(ctx.db, id);
  },

  'users.removeTemplate': ({ id }, ctx) => {
    if (getTemplate(ctx.db, id).userCount > 0) throw new AppError('users.templateInUse');
    ctx.records.remove(accessTemplates, id);
    return { ok: true };
  },
};
