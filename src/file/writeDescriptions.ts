/**
 * Writes sheet descriptions into a workbook file, touching only what the add-in owns.
 *
 * An owned sheet (found by its mark) is cleared and rewritten in place; any other sheet is never
 * changed, and a sheet of the user's that holds a wanted name keeps it (the add-in writes under a
 * free name and says so). Defined names and table names of the user's are never replaced.
 */
import type * as ExcelJS from 'exceljs';
import { parseSheetReference, quoteSheetName, sheetReference } from '../workbook/address';
import { assertDescriptions } from '../workbook/checkDescription';
import { resolveSheetTokens, type SheetDescription } from '../workbook/description';
import { planSheets, type PlanReason } from '../workbook/sheetPlan';
import { fileStrings } from '../strings/file';
import { parseDefinedNames } from './definedNamesXml';
import { markName } from '../workbook/marks';
import { findOwnedSheets, removeDefinedName, setMark } from './ownedMark';
import { clearWorksheet, renderSheet } from './renderSheet';
import type { WorkbookFile } from './workbookFile';

export interface SheetWriteResult {
  kind: string;
  /** The sheet's name in the workbook. */
  name: string;
  wantedName: string;
  /** False when an owned sheet was updated in place. */
  created: boolean;
  reason: PlanReason;
}

export interface WriteReport {
  sheets: SheetWriteResult[];
  /** Chinese notices for the user: names that were taken, and what was done instead. */
  notices: string[];
}

export function writeDescriptions(
  file: WorkbookFile,
  descriptions: readonly SheetDescription[],
): WriteReport {
  assertDescriptions(descriptions);
  const { workbook } = file;
  const owned = findOwnedSheets(workbook);
  const kindBySheet = new Map([...owned].map(([kind, sheet]) => [sheet, kind]));
  const plan = planSheets(
    descriptions,
    workbook.worksheets.map((sheet) => ({ name: sheet.name, ownedKind: kindBySheet.get(sheet) ?? null })),
  );
  const notices: string[] = [];
  for (const entry of plan) {
    if (entry.reason === 'name-taken') notices.push(fileStrings.sheetNameTaken(entry.wantedName, entry.name));
  }

  const ownedSheetNames = new Set([
    ...[...owned.values()].map((sheet) => sheet.name),
    ...plan.map((entry) => entry.name),
  ]);
  const nameOwner = definedNameOwnership(file, ownedSheetNames);
  const tableNames = new TableNames(
    workbook,
    new Set(plan.filter((entry) => entry.exists).map((entry) => entry.name)),
    nameOwner,
  );

  const sheets = plan.map((entry) => {
    const existing = entry.exists ? owned.get(entry.kind) : undefined;
    const worksheet = existing ?? workbook.addWorksheet(entry.name);
    if (existing) clearWorksheet(existing);
    setMark(workbook, entry.kind, worksheet);
    file.ownedNames.add(markName(entry.kind));
    file.writtenSheets.add(worksheet.name);
    return worksheet;
  });

  const sheetOfKind = new Map(owned);
  plan.forEach((entry, index) => sheetOfKind.set(entry.kind, sheets[index]));
  const resolve = (text: string) =>
    resolveSheetTokens(text, (kind) => {
      const sheet = sheetOfKind.get(kind);
      return sheet ? quoteSheetName(sheet.name) : undefined;
    });

  descriptions.forEach((description, index) => {
    renderSheet(sheets[index], description, {
      resolve,
      tableName: (wanted) => {
        const name = tableNames.claim(wanted);
        if (name !== wanted) notices.push(fileStrings.tableNameTaken(wanted, name));
        return name;
      },
    });
    for (const name of description.names ?? []) {
      if (nameOwner(name.name) === 'user') {
        notices.push(fileStrings.definedNameTaken(name.name));
        continue;
      }
      removeDefinedName(workbook, name.name);
      workbook.definedNames.add(sheetReference(sheets[index].name, name.range), name.name);
      file.ownedNames.add(name.name);
    }
  });

  return {
    sheets: plan.map((entry) => ({
      kind: entry.kind,
      name: entry.name,
      wantedName: entry.wantedName,
      created: !entry.exists,
      reason: entry.reason,
    })),
    notices,
  };
}

type NameOwner = 'none' | 'addin' | 'user';

/**
 * Who a workbook-scope name belongs to: the add-in's when it was written in this session or every
 * range of it lies on an owned sheet; the user's otherwise, including names ExcelJS could not read
 * (formulas, constants), which only the original workbook.xml shows.
 */
function definedNameOwnership(
  file: WorkbookFile,
  ownedSheetNames: ReadonlySet<string>,
): (name: string) => NameOwner {
  const model = new Map(
    file.workbook.definedNames.model.map((entry) => [entry.name.toUpperCase(), entry.ranges]),
  );
  const original = new Set(
    (file.originalWorkbookXml === null ? [] : parseDefinedNames(file.originalWorkbookXml))
      .filter((entry) => entry.localSheetId === null)
      .map((entry) => entry.name.toUpperCase()),
  );
  const written = new Set([...file.ownedNames].map((name) => name.toUpperCase()));
  return (name) => {
    const key = name.toUpperCase();
    if (written.has(key)) return 'addin';
    const ranges = model.get(key);
    if (ranges === undefined) return original.has(key) ? 'user' : 'none';
    const onOwned = ranges.every((range) => {
      const reference = parseSheetReference(range);
      return reference !== null && ownedSheetNames.has(reference.sheetName);
    });
    return onOwned && ranges.length > 0 ? 'addin' : 'user';
  };
}

/** Table names are unique in a workbook and share their namespace with defined names. */
class TableNames {
  private readonly taken = new Set<string>();

  constructor(
    workbook: ExcelJS.Workbook,
    clearedSheets: ReadonlySet<string>,
    private readonly nameOwner: (name: string) => NameOwner,
  ) {
    for (const sheet of workbook.worksheets) {
      if (clearedSheets.has(sheet.name)) continue;
      // ExcelJS's typings say [Table, void][]; at run time getTables() returns the tables.
      for (const table of sheet.getTables() as unknown as ExcelJS.Table[])
        this.taken.add(tableModelName(table).toUpperCase());
    }
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toUpperCase()) || this.nameOwner(name) !== 'none'; n++)
      name = `${wanted}_${n}`;
    this.taken.add(name.toUpperCase());
    return name;
  }
}

function tableModelName(table: ExcelJS.Table): string {
  // ExcelJS keeps a loaded table's model in `table.table`; its typings only expose `name` on it.
  const model = (table as unknown as { table?: { name?: string } }).table;
  return model?.name ?? '';
}
