import { InputError } from '../source/errors.js';
import { DEFAULT_LIMITS } from '../source/limits.js';
/**
 * Refuse a tree nested deeper than the limit before it is walked: the parsers build any depth
 * without recursion, but the walks that read tables and text recurse once per level.
 */
export function assertNesting(root, limit = DEFAULT_LIMITS.maxNesting) {
    const stack = [[root, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > limit)
            throw new InputError(`元素嵌套过深（超过 ${limit} 层）`, `elements nested too deeply (more than ${limit} levels)`);
        for (const child of node.children)
            if ('children' in child)
                stack.push([child, depth + 1]);
    }
}
//# sourceMappingURL=nesting.js.map