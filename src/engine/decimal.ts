// The named export: under moduleResolution node16 the default import of this CommonJS-typed package is its
// namespace, and a host's skipLibCheck-false build failed on our declarations (issue 13).
import { Decimal as DecimalBase } from 'decimal.js';

// A private Decimal with half-up rounding (四舍五入) and enough precision that no product of a 分 amount
// and a ratio is ever rounded by decimal.js itself: only toDecimalPlaces rounds, and only where we say.
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Half-up to 分. */
export function toFen(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** '12345.60' — money as the contract prints it. */
export function money(d: Decimal): string {
  return d.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Canonical ratio text: '0.5', '0.55', '1'. */
export function ratioText(d: Decimal): string {
  return d.toString();
}
