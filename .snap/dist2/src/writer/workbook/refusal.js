import { InputError } from '../../source/errors.js';
/** `一般公共预算支出表!D7`, or the sheet alone, or `:12` for a line. */
export function refusalPlace(r) {
    if (r.sheet && r.cell)
        return `${r.sheet}!${r.cell}`;
    if (r.sheet)
        return r.sheet;
    return r.line !== undefined ? `第 ${r.line} 行 / line ${r.line}` : '';
}
export class InputRefused extends InputError {
    refusals;
    constructor(refusals, file) {
        super(`输入有 ${refusals.length} 处问题，未写出任何文件`, `the input has ${refusals.length} problem${refusals.length === 1 ? '' : 's'}; nothing was written`, file);
        this.refusals = refusals;
        this.name = 'InputRefused';
    }
    line() {
        const items = this.refusals.map((r) => {
            const place = refusalPlace(r);
            return `  ${place ? `${place}: ` : ''}${r.zh} / ${r.en}`;
        });
        return [super.line(), ...items].join('\n');
    }
}
//# sourceMappingURL=refusal.js.map