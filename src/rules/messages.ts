import type { Locale, LocalizedText } from './types.js';

/** Fill `{name}` placeholders; unknown names are left visible rather than silently dropped. */
export function render(template: LocalizedText, locale: Locale, data: Record<string, string | number | boolean> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
