import { parseAmount } from '../../../src-shared/domain/money';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { TextField, type FieldErrors } from '../../ui';
import { DigitsField, newRowKey } from '../parties';
import { Money } from './format';

export interface ItemRow {
  key: string;
  product: string;
  group: string;
  quantity: string;
  unitPrice: string;
}

export function emptyItem(): ItemRow {
  return { key: newRowKey(), product: '', group: '', quantity: '۱', unitPrice: '' };
}

// «۱٫۵» (kilograms) as well as whole units.
function quantityOf(text: string): number {
  const value = Number(toAsciiDigits(text).replace(/[٫/]/g, '.').trim());
  return Number.isFinite(value) && value > 0 ? value : 1;
}

// Rows with a product name, as the API takes them; quantities and prices typed in any digits.
export function itemsOf(rows: readonly ItemRow[]) {
  return rows
    .filter((row) => row.product.trim())
    .map((row) => ({
      product: row.product.trim(),
      group: row.group.trim() || null,
      quantity: quantityOf(row.quantity),
      unitPriceRials: parseAmount(row.unitPrice) ?? 0,
    }));
}

export function itemsTotal(rows: readonly ItemRow[]): number {
  return Math.round(itemsOf(rows).reduce((sum, item) => sum + item.quantity * item.unitPriceRials, 0));
}

interface PurchaseItemsProps {
  rows: readonly ItemRow[];
  onChange(rows: ItemRow[]): void;
  // Keyed items.<index>.<field> by the server.
  errors: FieldErrors;
}

// The optional lines of a purchase: product and group rules earn their points from these.
export function PurchaseItems({ rows, onChange, errors }: PurchaseItemsProps) {
  const update = (key: string, patch: Partial<ItemRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset club-items">
      <legend className="field__label">اقلام خرید (اختیاری؛ برای امتیاز کالا و گروه کالا)</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="club-items__row" role="group" aria-label={`قلم ${toPersianDigits(index + 1)}`}>
          <TextField label="کالا" value={row.product} onChange={(product) => update(row.key, { product })} error={errors[`items.${index}.product`]} maxLength={120} />
          <TextField label="گروه کالا" value={row.group} onChange={(group) => update(row.key, { group })} error={errors[`items.${index}.group`]} maxLength={80} />
          <DigitsField label="تعداد" value={row.quantity} onChange={(quantity) => update(row.key, { quantity })} error={errors[`items.${index}.quantity`]} inputMode="decimal" />
          <DigitsField label="قیمت واحد (ریال)" value={row.unitPrice} onChange={(unitPrice) => update(row.key, { unitPrice })} error={errors[`items.${index}.unitPriceRials`]} inputMode="numeric" />
          <button
            type="button"
            className="button button--small button--danger-text club-items__remove"
            aria-label={`حذف قلم ${toPersianDigits(index + 1)}`}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            حذف
          </button>
        </div>
      ))}
      <div className="club-items__footer">
        <button type="button" className="button button--small" onClick={() => onChange([...rows, emptyItem()])}>
          افزودن قلم
        </button>
        {rows.length > 0 ? (
          <span className="muted">
            جمع اقلام: <Money rials={itemsTotal(rows)} />
          </span>
        ) : null}
      </div>
    </fieldset>
  );
}
