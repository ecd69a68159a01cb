/**
 * A claim with nothing to check it against names no inconsistency: it is a note (info), one per
 * narrative section listing the claims, so a reviewer's page is not filled with them.
 */
export function reportUnverified(context, messageId, claims) {
    const bySection = new Map();
    for (const { section, item } of claims)
        bySection.set(section, [...(bySection.get(section) ?? []), item]);
    for (const [section, items] of bySection) {
        context.report({
            messageId,
            severity: 'info',
            data: { heading: section.heading, count: items.length, items: items.join('；') },
            source: section.source,
        });
    }
}
//# sourceMappingURL=unverified.js.map