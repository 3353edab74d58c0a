import { useEffect } from 'react';
import { OUT_STATUSES, type OutStatus } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { Field } from '../../ui';
import { ListError } from './ListError';
import { OutboxTable } from './OutboxTable';
import { useOutboxStore } from './outbox-store';
import { Pager } from './Pager';

// «صندوق خروجی»: every message sent or waiting, newest first, filtered by status.
export function OutboxPage() {
  const { rows, total, offset, filter, error, load, setFilter, setOffset, release } = useOutboxStore();
  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  return (
    <>
      <div className="filters-row">
        <Field label="وضعیت">
          {(control) => (
            <select
              className="input"
              {...control}
              value={filter.status ?? ''}
              onChange={(event) => void setFilter({ status: (event.target.value || null) as OutStatus | null })}
            >
              <option value="">همه</option>
              {OUT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {messagingLabels.outStatus[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ListError error={error} />
      <OutboxTable
        caption="صندوق خروجی"
        rows={rows}
        onChanged={() => void load()}
        emptyText="پیامکی با این وضعیت نیست."
        printout={{ title: 'صندوق خروجی پیامک', filterLine: filter.status ? `وضعیت: ${messagingLabels.outStatus[filter.status]}` : '' }}
      />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}
