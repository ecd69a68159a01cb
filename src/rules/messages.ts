import type { Locale, LocalizedText, MessageValue } from './types.js';

/** Fill `{name}` placeholders; unknown names are left visible rather than silently dropped. */
export function render(template: LocalizedText, locale: Locale, data: Record<string, MessageValue> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    return typeof value === 'object' ? value[locale] : String(value);
  });
}
