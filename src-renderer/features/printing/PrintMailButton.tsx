import type { PartyFilter } from '../../../src-shared/api/parties';
import { navigate } from '../../app/router';
import { useCan } from '../auth';
import { count } from '../messaging';
import type { PartyKindSpec } from '../parties';
import { subpagePath } from './paths';
import { usePrintRunStore } from './print-run-store';

interface PrintMailButtonProps {
  spec: PartyKindSpec;
  filter: PartyFilter;
  // The list's count as the screen shows it; null while counting.
  total: number | null;
}

// «چاپ نامه / برچسب / پاکت» on the people and companies lists: the list as filtered now goes to «چاپ گروهی».
export function PrintMailButton({ spec, filter, total }: PrintMailButtonProps) {
  const can = useCan();
  if (!can('printing.print')) return null;
  const handOver = () => {
    usePrintRunStore.getState().handOver({
      audience: { kind: 'filter', partyKind: spec.kind, filter },
      label: `${spec.title} این فهرست، با همین جستجو و فیلترها (${count(total ?? 0)} ${spec.noun})`,
    });
    navigate(subpagePath('run'));
  };
  return (
    <button type="button" className="button" disabled={!total || filter.deleted} onClick={handOver}>
      چاپ نامه / برچسب / پاکت
    </button>
  );
}
