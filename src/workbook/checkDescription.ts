/**
 * Consistency checks on a description, run by both ports before the first write so a faulty
 * description never leaves a half-written sheet. Descriptions are built by code, so a failure is a
 * programming error (English, for developers), not a message for the user.
 */
import { boxColumns, boxesIntersect, boxRows, parseCell, parseRange, type RangeBox } from './address';
import {
  isDateCell,
  isFormulaCell,
  KIND_PATTERN,
  type ConditionalRule,
  type SheetDescription,
  type ValidationRule,
} from './description';
import { sheetNameProblem } from './sheetNames';

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const TABLE_NAME = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]{0,254}$/;
const DEFINED_NAME = /^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]{0,254}$/;
/**
 * Names Excel reserves: a cell in A1 ("Names cannot be the same as a cell reference, such as Z$100
 * or R1C1", Microsoft Support, Names in formulas) and the R1C1 forms ("The characters C and R are
 * reserved for use in R1C1 notation, therefore the following cannot be used for defined names: C R
 * RC R1C1", Microsoft KB Q111393): R, C, RC, Rn, Cn, RnC, RCn, RnCn in either case.
 */
export function isReservedName(name: string): boolean {
  return (
    /^(?:[Rr]\d*[Cc]?\d*|[Cc]\d*)$/.test(name) || parseCell(name) !== null || /^(?:true|false)$/i.test(name)
  );
}

/** Excel's limit on a literal list of a validation. */
export const MAX_LIST_LENGTH = 255;

/** Every problem found; empty when the description can be written. */
export function descriptionProblems(description: SheetDescription): string[] {
  const problems: string[] = [];
  const at = `sheet ${description.kind}`;
  const range = (text: string, what: string): RangeBox | null => {
    const box = parseRange(text);
    if (!box) problems.push(`${at}: ${what} has a bad range '${text}'`);
    return box;
  };
  const color = (value: string | undefined, what: string): void => {
    if (value !== undefined && !COLOR.test(value))
      problems.push(`${at}: ${what} colour '${value}' is not #RRGGBB`);
  };

  if (!KIND_PATTERN.test(description.kind)) problems.push(`${at}: bad kind`);
  const nameProblem = sheetNameProblem(description.name);
  if (nameProblem) problems.push(`${at}: ${nameProblem}`);
  color(description.tabColor, 'tab');

  const blockBoxes: RangeBox[] = [];
  description.blocks.forEach((block, index) => {
    const anchor = parseCell(block.anchor);
    const width = block.cells[0]?.length ?? 0;
    if (!anchor) return void problems.push(`${at}: block ${index} has a bad anchor '${block.anchor}'`);
    if (width === 0) return void problems.push(`${at}: block ${index} is empty`);
    if (block.cells.some((row) => row.length !== width)) {
      return void problems.push(`${at}: block ${index} at ${block.anchor} is not rectangular`);
    }
    const box = {
      top: anchor.row,
      left: anchor.column,
      bottom: anchor.row + block.cells.length - 1,
      right: anchor.column + width - 1,
    };
    if (blockBoxes.some((other) => boxesIntersect(other, box)))
      problems.push(`${at}: block ${index} overlaps another block`);
    blockBoxes.push(box);
    block.cells.forEach((row) =>
      row.forEach((cell) => {
        if (isFormulaCell(cell) && !cell.formula.startsWith('='))
          problems.push(`${at}: formula without '=': ${cell.formula}`);
        if (typeof cell === 'number' && !Number.isFinite(cell))
          problems.push(`${at}: non-finite number in block ${index}`);
        if (isDateCell(cell) && !/^\d{4}-\d{2}-\d{2}$/.test(cell.date))
          problems.push(`${at}: bad date ${cell.date}`);
      }),
    );
  });

  for (const { range: text, style } of description.styles ?? []) {
    range(text, 'style');
    color(style.fill, 'fill');
    color(style.font?.color, 'font');
    style.borders?.forEach((border) => color(border.color, 'border'));
  }

  const mergeBoxes: RangeBox[] = [];
  for (const text of description.merges ?? []) {
    const box = range(text, 'merge');
    if (!box) continue;
    if (boxRows(box) === 1 && boxColumns(box) === 1) problems.push(`${at}: merge ${text} is a single cell`);
    if (mergeBoxes.some((other) => boxesIntersect(other, box)))
      problems.push(`${at}: merge ${text} overlaps another`);
    mergeBoxes.push(box);
  }

  for (const validation of description.validations ?? []) {
    range(validation.range, 'validation');
    const problem = validationRuleProblem(validation.rule);
    if (problem) problems.push(`${at}: validation ${validation.range}: ${problem}`);
    if (validation.error.trim() === '')
      problems.push(`${at}: validation ${validation.range} has no error message`);
  }

  for (const format of description.conditionalFormats ?? []) {
    range(format.range, 'conditional format');
    const problem = conditionalRuleProblem(format.rule);
    if (problem) problems.push(`${at}: conditional format ${format.range}: ${problem}`);
    color(format.format.fill, 'conditional fill');
    color(format.format.fontColor, 'conditional font');
  }

  for (const table of description.tables ?? []) {
    if (!TABLE_NAME.test(table.name) || isReservedName(table.name))
      problems.push(`${at}: bad table name '${table.name}'`);
    const box = range(table.range, `table ${table.name}`);
    if (box && boxRows(box) < 2) problems.push(`${at}: table ${table.name} needs a header and a data row`);
    if (box) problems.push(...tableHeaderProblems(description, box, table.name).map((p) => `${at}: ${p}`));
  }

  for (const name of description.names ?? []) {
    if (!DEFINED_NAME.test(name.name) || isReservedName(name.name))
      problems.push(`${at}: bad defined name '${name.name}'`);
    range(name.range, `name ${name.name}`);
  }

  const print = description.print;
  if (print?.area !== undefined) range(print.area, 'print area');
  if (print?.titleRows && (print.titleRows.first < 1 || print.titleRows.last < print.titleRows.first)) {
    problems.push(`${at}: bad print title rows`);
  }
  if (description.freeze && (description.freeze.rows < 0 || description.freeze.columns < 0))
    problems.push(`${at}: bad freeze`);
  return problems;
}

/** Throws one error listing every problem of every description. */
export function assertDescriptions(descriptions: readonly SheetDescription[]): void {
  const problems = descriptions.flatMap(descriptionProblems);
  if (problems.length > 0) throw new Error(`Invalid sheet description:\n${problems.join('\n')}`);
}

function validationRuleProblem(rule: ValidationRule): string | null {
  switch (rule.type) {
    case 'list':
      if (rule.values.length === 0) return 'empty list';
      if (rule.values.some((value) => value.includes(',') || value.includes('"')))
        return 'list values may not contain , or "';
      if (rule.values.join(',').length > MAX_LIST_LENGTH)
        return `list longer than ${MAX_LIST_LENGTH} characters`;
      return null;
    case 'listFromRange':
      return rule.source.startsWith('=') ? "source must not start with '='" : null;
    case 'whole':
    case 'decimal':
    case 'date':
      return rule.min === undefined && rule.max === undefined ? 'no bound' : null;
  }
}

function conditionalRuleProblem(rule: ConditionalRule): string | null {
  const formulas = rule.type === 'expression' ? [rule.formula] : rule.formulas;
  if (formulas.some((formula) => !formula.startsWith('='))) return "formulas must start with '='";
  if (rule.type === 'cellValue' && (rule.operator === 'between') !== (rule.formulas.length === 2)) {
    return 'between takes two formulas, other operators one';
  }
  return null;
}

/** Header cells of a table must be distinct non-empty texts written by a block. */
function tableHeaderProblems(description: SheetDescription, box: RangeBox, name: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (let column = box.left; column <= box.right; column++) {
    const value = cellAt(description, box.top, column);
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`table ${name}: header in column ${column} is not text`);
    } else if (seen.has(value.toUpperCase())) {
      problems.push(`table ${name}: duplicate header '${value}'`);
    } else {
      seen.add(value.toUpperCase());
    }
  }
  return problems;
}

function cellAt(description: SheetDescription, row: number, column: number): unknown {
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) continue;
    const value = block.cells[row - anchor.row]?.[column - anchor.column];
    if (value !== undefined) return value;
  }
  return undefined;
}
