import type { Locale, LocalizedText } from './types.js';
/** Fill `{name}` placeholders; unknown names are left visible rather than silently dropped. */
export declare function render(template: LocalizedText, locale: Locale, data?: Record<string, string | number | boolean>): string;
