// Print layouts are specified in millimetres (what users measure on paper); pdfkit works in points.
export const PT_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

export function ptToMm(pt: number): number {
  return pt / PT_PER_MM;
}

/** A rectangle in millimetres, its corner at the top left, measured from the page's top-left corner. */
export interface Rect {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

/** The rectangle in pdfkit's terms: points from the page's top-left corner. */
export function toPoints(rect: Rect): { x: number; y: number; width: number; height: number } {
  return { x: mmToPt(rect.xMm), y: mmToPt(rect.yMm), width: mmToPt(rect.widthMm), height: mmToPt(rect.heightMm) };
}
