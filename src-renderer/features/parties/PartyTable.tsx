import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { PartyRow } from '../../../src-shared/api/parties';
import type { PartyColumn } from './party-columns';
import { BLOCK_SIZE, type PartySort } from './party-store';

const ROW_HEIGHT = 44;
const OVERSCAN = 6;
// Browsers stop laying out elements somewhere above 16–33 million pixels; a longer list scrolls a scaled track.
const MAX_TRACK_PX = 12_000_000;

interface PartyTableProps {
  caption: string;
  columns: PartyColumn[];
  total: number;
  blocks: ReadonlyMap<number, PartyRow[]>;
  sort: PartySort;
  descending: boolean;
  // Changes when the filter or sort does: back to the top.
  queryKey: number;
  rowHref(row: PartyRow): string;
  onSort(sort: PartySort): void;
  onShow(first: number, last: number): void;
  onOpen(row: PartyRow): void;
}

function rowAt(blocks: ReadonlyMap<number, PartyRow[]>, index: number): PartyRow | undefined {
  return blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE];
}

// Only the rows in view (plus a few) are in the DOM; the rest of the list is a tall empty track.
export function PartyTable({ caption, columns, total, blocks, sort, descending, queryKey, rowHref, onSort, onShow, onOpen }: PartyTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [headHeight, setHeadHeight] = useState(ROW_HEIGHT);

  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    const measure = () => {
      setViewport(node.clientHeight);
      setHeadHeight(head.current?.offsetHeight ?? ROW_HEIGHT);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [queryKey]);

  const bodyViewport = Math.max(ROW_HEIGHT, viewport - headHeight);
  const fullHeight = total * ROW_HEIGHT;
  const trackHeight = Math.min(fullHeight, MAX_TRACK_PX);
  const trackRange = Math.max(0, trackHeight - bodyViewport);
  const fullRange = Math.max(0, fullHeight - bodyViewport);
  const virtualTop = trackRange > 0 ? Math.min(scrollTop, trackRange) * (fullRange / trackRange) : 0;
  const firstInView = Math.floor(virtualTop / ROW_HEIGHT);
  const first = Math.max(0, firstInView - OVERSCAN);
  const last = Math.min(total - 1, firstInView + Math.ceil(bodyViewport / ROW_HEIGHT) + OVERSCAN);
  const windowTop = Math.min(scrollTop, trackRange) - (virtualTop - firstInView * ROW_HEIGHT) - (firstInView - first) * ROW_HEIGHT;

  useEffect(() => {
    onShow(first, Math.max(first, last));
  }, [first, last, onShow]);

  const template = columns.map((column) => `minmax(${column.width}px, ${column.width}fr)`).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.width, 0);
  const rowStyle: CSSProperties = { gridTemplateColumns: template, minInlineSize: `${minWidth}px` };

  const indexes = [];
  for (let index = first; index <= last; index++) indexes.push(index);

  return (
    <div className="vtable" role="table" aria-label={caption} aria-rowcount={total + 1}>
      <div
        ref={scroller}
        className="vtable__scroll"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        // Keyboard users scroll the list with the arrow and page keys.
        tabIndex={0}
      >
        <div ref={head} role="rowgroup" className="vtable__head">
          <div role="row" aria-rowindex={1} className="vtable__row vtable__row--head" style={rowStyle}>
            {columns.map((column) => {
              const sorted = column.sort === sort;
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  className="vtable__cell"
                  aria-sort={column.sort ? (sorted ? (descending ? 'descending' : 'ascending') : 'none') : undefined}
                >
                  {column.sort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
                      {column.header}
                      <span className="sort-button__arrow" aria-hidden="true">
                        {sorted ? (descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="vtable__body" style={{ blockSize: `${trackHeight}px`, minInlineSize: `${minWidth}px` }}>
          <div className="vtable__window" style={{ transform: `translateY(${windowTop}px)` }}>
            {indexes.map((index) => {
              const row = rowAt(blocks, index);
              if (!row) {
                return (
                  <div key={`loading-${index}`} role="row" aria-rowindex={index + 2} aria-busy="true" className="vtable__row vtable__row--loading" style={rowStyle}>
                    {columns.map((column) => (
                      <div key={column.key} role="cell" className="vtable__cell">
                        <span className="vtable__placeholder" />
                      </div>
                    ))}
                  </div>
                );
              }
              const tone = row.deletedAt !== null ? ' row--deleted' : row.active ? '' : ' row--inactive';
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={index + 2}
                  className={`vtable__row vtable__row--data${tone}`}
                  style={rowStyle}
                  onClick={(event) => {
                    // The name is a real link (new tab, keyboard); the rest of the row opens the record too.
                    if (!(event.target instanceof HTMLAnchorElement)) onOpen(row);
                  }}
                >
                  {columns.map((column) => (
                    <div
                      key={column.key}
                      role="cell"
                      className={column.ltr ? 'vtable__cell vtable__cell--ltr' : 'vtable__cell'}
                      dir={column.ltr ? 'ltr' : undefined}
                      title={column.text(row) || undefined}
                    >
                      {column.fixed ? (
                        <a className="vtable__link" href={`#${rowHref(row)}`}>
                          {row.color ? <span className="color-dot" style={{ background: row.color }} aria-hidden="true" /> : null}
                          {row.displayName}
                        </a>
                      ) : column.render ? (
                        column.render(row)
                      ) : (
                        column.text(row) || '—'
                      )}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
