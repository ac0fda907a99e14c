/**
 * Every formula the fake is given — a cell's (through values, formulas or formulasR1C1), a
 * conditional format's, a validation's, a name's — is parsed as Excel (en-US) reads it, by a real
 * Excel-formula parser (@borgar/fx), and refused with InvalidArgument when Excel would not take it
 * as the formula meant:
 *
 * - en-US syntax: arguments separated by ',' (";" is the list separator of many locales, and
 *   "=SUM(A1;B1)" is not a formula in en-US Excel). Range.formulas "Represents the formula in
 *   A1-style notation" and the Office.js API is locale-independent, unlike `formulasLocal`
 *   ("Represents the formula in A1-style notation, in the user's language and number-formatting
 *   locale", Range.formulasLocal).
 * - English function names (functionNames.ts): a localized name such as 求和 is, in en-US Excel, a
 *   call of an undefined name (#NAME?).
 * - references to sheets, defined names and tables that exist when the formula is entered: a
 *   reference to a missing sheet is not a reference into this workbook (Excel takes it for an
 *   external link or gives #REF!), and a missing name gives #NAME?. Stricter than Excel for names
 *   (it accepts the formula and shows #NAME?), so a writer must define a name before a formula
 *   uses it.
 */
import { parse, parseA1Ref, parseStructRef, tokenize, type AstExpression, type Node } from '@borgar/fx';
import { fakeError } from './errors';
import { EXCEL_FUNCTION_NAMES } from './functionNames';
import type { WorkbookState } from './state';

/** What a formula may refer to (upper case): the workbook as it is when the formula is entered. */
export interface FormulaScope {
  sheets: ReadonlySet<string>;
  names: ReadonlySet<string>;
  tables: ReadonlySet<string>;
  /** Problems found so far, by formula text and form (a write repeats formulas). */
  seen: Map<string, string | null>;
}

const upper = (values: readonly string[]) => new Set(values.map((value) => value.toUpperCase()));

export function scopeOf(state: WorkbookState): FormulaScope {
  return {
    sheets: upper(state.sheets.map((sheet) => sheet.name)),
    names: upper(state.names.map((name) => name.name)),
    tables: upper(state.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))),
    seen: new Map(),
  };
}

/**
 * Why Excel (en-US) would not take `formula` ('=…') as written, or null when it would. A name's
 * reference may be a union of areas ("=S!$A$1:$B$2,S!$D$1"), as Excel's Refers To box allows:
 * `union` parses it so.
 */
export function formulaProblem(formula: string, scope: FormulaScope, union = false): string | null {
  const key = `${union ? 'u' : 'f'}${formula}`;
  const known = scope.seen.get(key);
  if (known !== undefined) return known;
  const problem = problemOf(formula, scope, union);
  scope.seen.set(key, problem);
  return problem;
}

function problemOf(formula: string, scope: FormulaScope, union: boolean): string | null {
  if (!formula.startsWith('=')) return `'${formula}' does not start with '='`;
  const text = union ? `=(${formula.slice(1)})` : formula;
  let ast: AstExpression;
  try {
    ast = parse(tokenize(text, { mergeRefs: true, negativeNumbers: true }));
  } catch (error) {
    return `'${formula}' is not an en-US Excel formula (${error instanceof Error ? error.message : String(error)})`;
  }
  return nodeProblem(ast, scope, new Set(), formula);
}

/** Throws InvalidArgument at `location` when the formula is not one Excel would take as meant. */
export function checkFormula(formula: string, scope: FormulaScope, location: string, union = false): void {
  const problem = formulaProblem(formula, scope, union);
  if (problem !== null) throw fakeError('InvalidArgument', location, `The formula is not valid: ${problem}.`);
}

function nodeProblem(
  node: Node,
  scope: FormulaScope,
  bound: ReadonlySet<string>,
  formula: string,
): string | null {
  const record = node as unknown as Record<string, unknown>;
  switch (node.type) {
    case 'CallExpression': {
      const callee = record.callee as Node & { name?: string; value?: string };
      if (callee.type !== 'Identifier')
        return `'${callee.value ?? '?'}' in '${formula}' is not an Excel function (a localized name?)`;
      const name = String(callee.name)
        .toUpperCase()
        .replace(/^_XLFN\./, '');
      if (!EXCEL_FUNCTION_NAMES.has(name))
        return `'${callee.name}' in '${formula}' is not an English Excel function name`;
      return childrenProblem(record.arguments as Node[], scope, bound, formula);
    }
    case 'LetExpression': {
      const names = new Set(bound);
      for (const declaration of record.declarations as Array<{ id: { name: string }; init: Node | null }>) {
        if (declaration.init) {
          const problem = nodeProblem(declaration.init, scope, names, formula);
          if (problem) return problem;
        }
        names.add(declaration.id.name.toUpperCase());
      }
      return record.body ? nodeProblem(record.body as Node, scope, names, formula) : null;
    }
    case 'LambdaExpression': {
      const names = new Set(bound);
      for (const parameter of record.params as Array<{ name: string }>)
        names.add(parameter.name.toUpperCase());
      return record.body ? nodeProblem(record.body as Node, scope, names, formula) : null;
    }
    case 'ReferenceIdentifier':
      return referenceProblem(String(record.value), String(record.kind), scope, bound, formula);
    case 'ArrayExpression':
      return childrenProblem((record.elements as Node[][]).flat(), scope, bound, formula);
    case 'UnaryExpression':
    case 'BinaryExpression':
      return childrenProblem(record.arguments as Node[], scope, bound, formula);
    default:
      return null;
  }
}

function childrenProblem(
  nodes: readonly Node[],
  scope: FormulaScope,
  bound: ReadonlySet<string>,
  formula: string,
): string | null {
  for (const child of nodes) {
    const problem = nodeProblem(child, scope, bound, formula);
    if (problem) return problem;
  }
  return null;
}

function referenceProblem(
  value: string,
  kind: string,
  scope: FormulaScope,
  bound: ReadonlySet<string>,
  formula: string,
): string | null {
  if (kind === 'table') {
    const table = parseStructRef(value)?.table;
    if (table !== undefined && !scope.tables.has(table.toUpperCase()))
      return `table '${table}' in '${formula}' does not exist`;
    return null;
  }
  const reference = parseA1Ref(value, { allowNamed: true });
  if (!reference) return `'${value}' in '${formula}' is not a reference`;
  const sheets = reference.context ?? [];
  for (const sheet of sheets)
    if (!scope.sheets.has(sheet.toUpperCase())) return `sheet '${sheet}' in '${formula}' does not exist`;
  if ('name' in reference && typeof reference.name === 'string') {
    const name = reference.name.toUpperCase();
    if (sheets.length === 0 && bound.has(name)) return null;
    if (!scope.names.has(name)) return `name '${reference.name}' in '${formula}' is not defined`;
  }
  return null;
}
