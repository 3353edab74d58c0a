import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { PAGE_SIZE } from './paged-store';

interface PagerProps {
  offset: number;
  total: number;
  onOffset(offset: number): void;
}

// «۱ تا ۵۰ از ۱۲۰» and the previous / next buttons, under a list longer than a page.
export function Pager({ offset, total, onOffset }: PagerProps) {
  if (total <= PAGE_SIZE) return null;
  const to = Math.min(total, offset + PAGE_SIZE);
  return (
    <nav className="pager" aria-label="صفحه‌ها">
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}>
        صفحهٔ قبل
      </button>
      <span className="muted">
        <bdi>{toPersianDigits(offset + 1)}</bdi> تا <bdi>{toPersianDigits(to)}</bdi> از <bdi>{toPersianDigits(total)}</bdi>
      </span>
      <button type="button" className="button" disabled={to >= total} onClick={() => onOffset(offset + PAGE_SIZE)}>
        صفحهٔ بعد
      </button>
    </nav>
  );
}
