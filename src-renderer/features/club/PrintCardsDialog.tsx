import { useState, type FormEvent } from 'react';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { Dialog, FormActions } from '../../ui';
import { downloadFile } from '../exports';
import { count, useSaveForm } from '../messaging';
import { Choices } from './Choices';
import { membersQuery, type MembersFilter } from './club-lists';

type Barcode = keyof typeof clubLabels.barcode;
type Paper = keyof typeof clubLabels.paper;

interface PrintCardsDialogProps {
  // Ticked members; empty: the whole filtered list.
  memberIds: readonly number[];
  filter: MembersFilter;
  total: number;
  onClose(): void;
}

// «چاپ کارت»: a PDF of membership cards with their barcodes, for a card printer or A4 sheets to cut.
export function PrintCardsDialog({ memberIds, filter, total, onClose }: PrintCardsDialogProps) {
  const [barcode, setBarcode] = useState<Barcode>('code128');
  const [paper, setPaper] = useState<Paper>('cr80');
  const form = useSaveForm();
  const picked = memberIds.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.save(async () => {
      const file = await call('club.printCards', { ...(picked ? { memberIds: [...memberIds] } : { filter: membersQuery(filter) }), barcode, paper });
      downloadFile(file);
    }, 'پروندهٔ کارت‌ها آماده شد.');
    if (saved) onClose();
  };

  return (
    <Dialog title="چاپ کارت عضویت" onClose={onClose} size="md">
      <form onSubmit={submit} noValidate aria-label="چاپ کارت عضویت">
        <p>
          {picked ? <>کارت {count(memberIds.length)} عضو انتخاب‌شده</> : <>کارت همهٔ {count(total)} عضو این فهرست (با همین جستجو و فیلتر)</>} چاپ می‌شود.
        </p>
        <Choices<Barcode> legend="بارکد" name="barcode" options={clubLabels.barcode} value={barcode} onChange={setBarcode} />
        <Choices<Paper> legend="کاغذ" name="paper" options={clubLabels.paper} value={paper} onChange={setPaper} />
        <FormActions submitLabel="ساختن پروندهٔ چاپ" busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
