/**
 * The shapes the API answers, as zod schemas the OpenAPI document is generated from. They follow
 * the command-line contract (`check --format json`) and docs/model.md; each route file holds the
 * schema of its own request.
 */
import { z } from '@hono/zod-openapi';
export declare const Lang: z.ZodDefault<z.ZodEnum<{
    zh: "zh";
    en: "en";
}>>;
export declare const Origin: z.ZodObject<{
    file: z.ZodString;
    line: z.ZodOptional<z.ZodNumber>;
    page: z.ZodOptional<z.ZodNumber>;
    box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
    sheet: z.ZodOptional<z.ZodString>;
    cell: z.ZodOptional<z.ZodString>;
    ocr: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export declare const Finding: z.ZodObject<{
    rule: z.ZodString;
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>;
    message: z.ZodString;
    table: z.ZodOptional<z.ZodString>;
    row: z.ZodOptional<z.ZodString>;
    column: z.ZodOptional<z.ZodString>;
    expected: z.ZodOptional<z.ZodString>;
    actual: z.ZodOptional<z.ZodString>;
    difference: z.ZodOptional<z.ZodString>;
    source: z.ZodOptional<z.ZodObject<{
        file: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        ocr: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    cell: z.ZodOptional<z.ZodObject<{
        file: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        ocr: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const Summary: z.ZodObject<{
    errors: z.ZodNumber;
    warnings: z.ZodNumber;
    infos: z.ZodNumber;
}, z.core.$strip>;
export declare const DocumentMeta: z.ZodObject<{
    title: z.ZodString;
    department: z.ZodNullable<z.ZodString>;
    year: z.ZodNullable<z.ZodNumber>;
    phase: z.ZodEnum<{
        budget: "budget";
        final_account: "final_account";
    }>;
    unit: z.ZodString;
    source: z.ZodObject<{
        file: z.ZodString;
        format: z.ZodEnum<{
            text: "text";
            pdf: "pdf";
            docx: "docx";
            xlsx: "xlsx";
            html: "html";
        }>;
        sha256: z.ZodString;
    }, z.core.$strip>;
}, z.core.$loose>;
/** One checked file: `check --format json`, with the id its report is kept under. */
export declare const CheckResult: z.ZodObject<{
    id: z.ZodString;
    stored: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        id: z.ZodNumber;
        version: z.ZodNumber;
        new: z.ZodBoolean;
    }, z.core.$strip>>>;
    document: z.ZodObject<{
        title: z.ZodString;
        department: z.ZodNullable<z.ZodString>;
        year: z.ZodNullable<z.ZodNumber>;
        phase: z.ZodEnum<{
            budget: "budget";
            final_account: "final_account";
        }>;
        unit: z.ZodString;
        source: z.ZodObject<{
            file: z.ZodString;
            format: z.ZodEnum<{
                text: "text";
                pdf: "pdf";
                docx: "docx";
                xlsx: "xlsx";
                html: "html";
            }>;
            sha256: z.ZodString;
        }, z.core.$strip>;
    }, z.core.$loose>;
    findings: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>;
        message: z.ZodString;
        table: z.ZodOptional<z.ZodString>;
        row: z.ZodOptional<z.ZodString>;
        column: z.ZodOptional<z.ZodString>;
        expected: z.ZodOptional<z.ZodString>;
        actual: z.ZodOptional<z.ZodString>;
        difference: z.ZodOptional<z.ZodString>;
        source: z.ZodOptional<z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        cell: z.ZodOptional<z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    summary: z.ZodObject<{
        errors: z.ZodNumber;
        warnings: z.ZodNumber;
        infos: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
/** A narrative claim the rules compared with a cell, true or not (the check result's `claims`). */
export declare const CheckedClaim: z.ZodObject<{
    rule: z.ZodString;
    source: z.ZodObject<{
        file: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        ocr: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>;
    heading: z.ZodString;
    label: z.ZodString;
    stated: z.ZodString;
    table: z.ZodString;
    tableTitle: z.ZodString;
    row: z.ZodString;
    column: z.ZodString;
    cell: z.ZodObject<{
        file: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        ocr: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>;
    printed: z.ZodNullable<z.ZodString>;
    unit: z.ZodString;
    agrees: z.ZodBoolean;
}, z.core.$strip>;
/** The report page's data: the check result and the document as read (`extract --format json`). */
export declare const Report: z.ZodObject<{
    id: z.ZodString;
    stored: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        id: z.ZodNumber;
        version: z.ZodNumber;
        new: z.ZodBoolean;
    }, z.core.$strip>>>;
    document: z.ZodObject<{
        title: z.ZodString;
        department: z.ZodNullable<z.ZodString>;
        year: z.ZodNullable<z.ZodNumber>;
        phase: z.ZodEnum<{
            budget: "budget";
            final_account: "final_account";
        }>;
        unit: z.ZodString;
        source: z.ZodObject<{
            file: z.ZodString;
            format: z.ZodEnum<{
                text: "text";
                pdf: "pdf";
                docx: "docx";
                xlsx: "xlsx";
                html: "html";
            }>;
            sha256: z.ZodString;
        }, z.core.$strip>;
    }, z.core.$loose>;
    findings: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>;
        message: z.ZodString;
        table: z.ZodOptional<z.ZodString>;
        row: z.ZodOptional<z.ZodString>;
        column: z.ZodOptional<z.ZodString>;
        expected: z.ZodOptional<z.ZodString>;
        actual: z.ZodOptional<z.ZodString>;
        difference: z.ZodOptional<z.ZodString>;
        source: z.ZodOptional<z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        cell: z.ZodOptional<z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    summary: z.ZodObject<{
        errors: z.ZodNumber;
        warnings: z.ZodNumber;
        infos: z.ZodNumber;
    }, z.core.$strip>;
    pdf: z.ZodNullable<z.ZodString>;
    pdfFile: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    tables: z.ZodArray<z.ZodObject<{
        kind: z.ZodString;
        title: z.ZodString;
        rows: z.ZodArray<z.ZodObject<{}, z.core.$loose>>;
    }, z.core.$loose>>;
    narrative: z.ZodArray<z.ZodObject<{
        heading: z.ZodString;
        text: z.ZodString;
    }, z.core.$loose>>;
    overview: z.ZodArray<z.ZodObject<{}, z.core.$loose>>;
    toc: z.ZodArray<z.ZodObject<{}, z.core.$loose>>;
    claims: z.ZodOptional<z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        source: z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>;
        heading: z.ZodString;
        label: z.ZodString;
        stated: z.ZodString;
        table: z.ZodString;
        tableTitle: z.ZodString;
        row: z.ZodString;
        column: z.ZodString;
        cell: z.ZodObject<{
            file: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            ocr: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>;
        printed: z.ZodNullable<z.ZodString>;
        unit: z.ZodString;
        agrees: z.ZodBoolean;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export declare const ErrorBody: z.ZodObject<{
    error: z.ZodObject<{
        code: z.ZodString;
        message: z.ZodString;
        zh: z.ZodString;
        en: z.ZodString;
        file: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
}, z.core.$strip>;
/** A file of several that could not be read: its place in the answer, as in the CLI's JSON array. */
export declare const FileFailure: z.ZodObject<{
    file: z.ZodString;
    error: z.ZodObject<{
        code: z.ZodString;
        status: z.ZodNumber;
        message: z.ZodString;
        zh: z.ZodString;
        en: z.ZodString;
    }, z.core.$strip>;
}, z.core.$strip>;
/** A PDF's bytes, shown in the browser (the uploaded file, or a stored document's original). */
export declare const pdfResponse: {
    description: string;
    content: {
        'application/pdf': {
            schema: z.ZodString;
        };
    };
};
/** The headers a PDF is answered with. */
export declare const PDF_HEADERS: {
    'Content-Type': string;
    'Content-Disposition': string;
    'Cache-Control': string;
};
/** Error answers every route may give, for the OpenAPI document. */
export declare const errorResponses: (...statuses: number[]) => {
    [k: string]: {
        description: string;
        content: {
            'application/json': {
                schema: z.ZodObject<{
                    error: z.ZodObject<{
                        code: z.ZodString;
                        message: z.ZodString;
                        zh: z.ZodString;
                        en: z.ZodString;
                        file: z.ZodOptional<z.ZodString>;
                    }, z.core.$strip>;
                }, z.core.$strip>;
            };
        };
    };
};
