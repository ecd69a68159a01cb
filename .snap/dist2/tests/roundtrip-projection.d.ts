/** What a round trip must keep: the document's identity, every table's rows and amounts, the narrative and overview headings. */
import type { BudgetDocument } from '../src/model/types.js';
export declare function projection(doc: BudgetDocument): {
    department: string | null;
    year: number | null;
    phase: import("../src/model/types.js").Phase;
    unit: import("../src/model/types.js").MoneyUnit;
    tables: {
        kind: "income_expenditure_summary" | "income_summary" | "expenditure_summary" | "fiscal_appropriation_summary" | "general_budget_expenditure" | "general_budget_basic_expenditure" | "three_public" | "gov_fund_income" | "gov_fund_expenditure" | "state_capital" | "project_expenditure" | "agency_operating" | "entrusted_business" | "performance_targets" | "unit_performance" | "procurement" | "service_purchase" | "assets" | "organization_units" | "fiscal_appropriation_expenditure" | "general_budget_economic_expenditure" | "general_budget_project_expenditure" | "unknown";
        title: string;
        unit: import("../src/model/types.js").MoneyUnit;
        empty: boolean;
        columns: string;
        rows: string[];
    }[];
    sections: string[];
    overview: string[];
};
