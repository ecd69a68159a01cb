/** `budgetlens template --profile … --out 模板.xlsx`: the workbook a department fills for `write`. */
import { TEMPLATE_PROFILES, templateProfile } from '../writer/workbook/layouts.js';
import { templateBytes } from '../writer/workbook/template.js';
import { UsageError } from './args.js';
import { checkOutPath, writeOut } from './out-file.js';
const PROFILE_IDS = TEMPLATE_PROFILES.map((p) => p.id).join('|');
export async function templateCommand(args, io) {
    if (!args.profile)
        throw new UsageError(`缺少 --profile（${PROFILE_IDS}） / --profile is required (${PROFILE_IDS})`);
    const profile = templateProfile(args.profile);
    if (!profile)
        throw new UsageError(`未知模板 ${args.profile}（${PROFILE_IDS}） / unknown template profile ${args.profile}`);
    if (!args.out)
        throw new UsageError('缺少 --out 输出文件（.xlsx） / --out is required (an .xlsx file)');
    if (!/\.xlsx$/i.test(args.out))
        throw new UsageError('--out 须为 .xlsx 文件 / --out must name an .xlsx file');
    checkOutPath(args.out);
    // Without --year: next year's budget, this year's final account (what a department prepares now).
    const now = new Date().getUTCFullYear();
    const year = args.year ?? (profile.phase === 'budget' ? now + 1 : now - 1);
    writeOut(args.out, templateBytes(profile, { year, department: args.department ?? undefined }));
    io.stdout(`已写出 ${args.out}（${profile.name.zh}，${year}年，${profile.tables.length} 张表） / wrote ${args.out} (${profile.name.en}, ${year}, ${profile.tables.length} tables)\n`);
    return 0;
}
//# sourceMappingURL=template.js.map