/** Fill `{name}` placeholders; unknown names are left visible rather than silently dropped. */
export function render(template, locale, data = {}) {
    return template[locale].replace(/\{(\w+)\}/g, (whole, key) => (key in data ? String(data[key]) : whole));
}
//# sourceMappingURL=messages.js.map