import { useState } from 'react';
import { calendarLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { useCan } from '../auth';
import { MeetingDialog } from './MeetingDialog';
import type { PartyRef } from './meeting-form';

// «قرار ملاقات» on a person's or company's record: a new meeting with them.
export function MeetingAction({ party }: { party: PartyRef }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('tasks.create')) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {calendarLabels.meetingAction}
      </button>
      {open ? <MeetingDialog meeting={null} prefill={{ party }} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
