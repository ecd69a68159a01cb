/**
 * The canonical model's JSON (`extract --format json`) as the writer's input: the model's own
 * reader (model/deserialize.ts) with its complaints turned into a refusal naming the file.
 */
import { documentFromJson, ModelJsonError } from '../../model/deserialize.js';
import { InputRefused } from '../workbook/refusal.js';
/** The document a canonical JSON text holds (one document, or an array of exactly one). */
export function parseCanonicalJson(text, file) {
    const refuse = (zh, en) => new InputRefused([{ reason: 'json', zh, en }], file);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw refuse(`不是有效的 JSON（${detail}）`, `not valid JSON (${detail})`);
    }
    try {
        return documentFromJson(parsed);
    }
    catch (error) {
        if (!(error instanceof ModelJsonError))
            throw error;
        throw refuse(`不是 BudgetLens 的文档 JSON（${error.message}）`, `not a BudgetLens document JSON (${error.message})`);
    }
}
//# sourceMappingURL=canonical.js.map