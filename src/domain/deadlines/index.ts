export {
  type DeadlineRule,
  type DeadlineInput,
  type DueDateOptions,
  type Punctuality,
  dueDate,
  punctuality,
} from './deadlines'
export {
  type BudgetReportFamily,
  type BudgetDeadlineSpec,
  type BudgetDeadline,
  type BudgetRuleSet,
  BUDGET_RULE_SETS,
  budgetRuleSetFor,
  budgetRuleName,
  BUDGET_REPORT_FAMILIES,
  BUDGET_DEADLINE_RULES,
  isBudgetReportFamily,
  periodEnd,
  budgetDeadline,
} from './budget'
export { reportDatedBeforePeriodEnd } from './sanity'
