import { useEffect, useId, useState } from 'react';
import type { Group } from '../../../src-shared/api/groups';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, toast } from '../../ui';
import { useCan } from '../auth';
import { GroupDialog, type GroupDialogMode } from './GroupDialog';
import { groupTree, type GroupNode } from './group-tree';
import { useGroupsStore } from './groups-store';
import './groups.css';

export function GroupsPage() {
  const titleId = useId();
  const can = useCan();
  const editable = can('people.edit');
  const { groups, loaded, error, load } = useGroupsStore();
  const [dialog, setDialog] = useState<GroupDialogMode | null>(null);
  const [removing, setRemoving] = useState<Group | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (group: Group) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await call('groups.remove', { id: group.id });
      toast.success(`گروه «${group.name}» حذف شد.`);
      setRemoving(null);
      await load();
    } catch (failure) {
      setConfirmError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const parentName = (group: Group) => groups.find((g) => g.id === group.parentId)?.name;

  const renderNodes = (nodes: GroupNode[]) => (
    <ul className="group-tree__level">
      {nodes.map((node) => (
        <li key={node.group.id} className="group-tree__node">
          <div className="group-tree__row">
            <span className="group-tree__name">{node.group.name}</span>
            <span className="badge" aria-label={`${toPersianDigits(node.group.memberCount)} عضو`}>
              {toPersianDigits(node.group.memberCount)} عضو
            </span>
            {editable ? (
              <span className="row-actions group-tree__actions">
                <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'create', parentId: node.group.id })}>
                  زیرگروه
                </button>
                <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'rename', group: node.group })}>
                  تغییر نام
                </button>
                <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'move', group: node.group })}>
                  انتقال
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-text"
                  onClick={() => {
                    setConfirmError(null);
                    setRemoving(node.group);
                  }}
                >
                  حذف
                </button>
              </span>
            ) : null}
          </div>
          {node.children.length > 0 ? renderNodes(node.children) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <section className="page" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          گروه‌ها
        </h1>
        {editable ? (
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create', parentId: null })}>
            گروه جدید
          </button>
        ) : null}
      </header>
      <p className="page__lead">گروه‌ها میان اشخاص و شرکت‌ها مشترک‌اند و هر رکورد می‌تواند در چند گروه باشد. عدد کنار هر گروه، اعضای خود آن گروه است.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {!loaded && !error ? (
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      ) : null}
      {loaded && groups.length === 0 ? <p className="empty-state">هنوز گروهی تعریف نشده است.</p> : null}
      {groups.length > 0 ? (
        <section className="card group-tree" aria-label="درخت گروه‌ها">
          {renderNodes(groupTree(groups))}
        </section>
      ) : null}
      {dialog ? <GroupDialog mode={dialog} onClose={() => setDialog(null)} /> : null}
      {removing ? (
        <ConfirmDialog
          title="حذف گروه"
          message={
            <p>
              گروه «{removing.name}» حذف شود؟ زیرگروه‌های آن به {parentName(removing) ? `«${parentName(removing)}»` : 'بالاترین سطح'} منتقل
              می‌شوند و اعضای آن در گروه‌های دیگرشان می‌مانند.
            </p>
          }
          confirmLabel="حذف گروه"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
