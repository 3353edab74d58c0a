// «ویرایش» and «حذف» at the end of a list row; removing usually opens a confirmation first.
export function EditRemoveActions({ onEdit, onRemove }: { onEdit: () => void; onRemove: () => void }) {
  return (
    <div className="row-actions">
      <button type="button" className="button button--small" onClick={onEdit}>
        ویرایش
      </button>
      <button type="button" className="button button--small button--danger-text" onClick={onRemove}>
        حذف
      </button>
    </div>
  );
}
