import { useEffect } from 'react';
import type { Campaign } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { DataTable, type Column } from '../../ui';
import { useCampaignsStore } from './campaigns-store';
import { count, When } from './format';
import { ListError } from './ListError';
import { Pager } from './Pager';
import { campaignPath } from './paths';

export function doneOf(campaign: Campaign): number {
  const { sent, delivered, failed, unknown, cancelled, dismissed } = campaign.counts;
  return sent + delivered + failed + unknown + cancelled + dismissed;
}

// «ارسال‌های گروهی»: every campaign with its progress; a name opens its page.
export function CampaignsPage() {
  const { rows, total, offset, error, load, setOffset, release } = useCampaignsStore();
  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const columns: Column<Campaign>[] = [
    { key: 'name', header: 'نام', value: (c) => c.name, render: (c) => <a href={`#${campaignPath(c.id)}`}>{c.name}</a> },
    { key: 'audience', header: 'گیرندگان', value: (c) => c.audienceLabel },
    { key: 'status', header: 'وضعیت', value: (c) => messagingLabels.campaignStatus[c.status] },
    {
      key: 'progress',
      header: 'پیشرفت',
      value: (c) => doneOf(c),
      render: (c) => (
        <bdi className="nowrap">
          {count(doneOf(c))} از {count(c.recipients)}
        </bdi>
      ),
    },
    { key: 'failed', header: 'ناموفق', value: (c) => c.counts.failed + c.counts.unknown, render: (c) => count(c.counts.failed + c.counts.unknown) },
    { key: 'gateway', header: 'راه ارسال', value: (c) => messagingLabels.gateway[c.gateway] },
    { key: 'createdAt', header: 'زمان ایجاد', value: (c) => c.createdAt, render: (c) => <When at={c.createdAt} /> },
  ];

  return (
    <>
      <ListError error={error} />
      <DataTable
        caption="فهرست ارسال‌های گروهی"
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        emptyText="هنوز ارسال گروهی‌ای انجام نشده است. از «ارسال گروهی» آغاز کنید."
      />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}
