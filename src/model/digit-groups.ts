/**
 * An exact decimal's digits grouped by three, as the disclosures print amounts (9,501,164 元;
 * 44,156.640120 万元): the one copy for the tables `write` prints (src/writer/money.ts) and the web
 * page's amounts (web/src/amount-text.ts). Pure text, no imports: the web build bundles it into the
 * page (scripts/bundle-web.mjs).
 */
/** An exact decimal as the API and the model write one: sign, whole digits, fraction. */
export const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The digits of an exact decimal ("-1234.50") grouped by three ("-1,234.50"); any other text (a 指标值, "—") as it is. */
export function groupDigits(value: string): string {
  const parts = DECIMAL.exec(value);
  if (!parts) return value;
  const [, sign, whole = '', fraction] = parts;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}
