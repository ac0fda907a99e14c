/**
 * Writes sheet descriptions into a workbook file, touching only what the add-in owns.
 *
 * An owned sheet (found by its mark) is replaced in place, keeping its name, position and
 * visibility; any other sheet is never changed, and a sheet of the user's that holds a wanted name
 * keeps it (the add-in writes under a free name and says so). Defined names and table names of
 * the user's are never replaced. The sheets are rendered on their own (scratchSheets.ts) and
 * spliced into the package (spliceSheets.ts), so every part of the user's keeps its bytes.
 */
import { parseSheetReference, quoteSheetName, sheetReference } from '../workbook/address';
import { assertDescriptions } from '../workbook/checkDescription';
import { resolveSheetTokens, type SheetDescription } from '../workbook/description';
import { markName, ownAreasName } from '../workbook/marks';
import { planSheets, type PlanReason } from '../workbook/sheetPlan';
import { fileStrings } from '../strings/file';
import type { NewDefinedName } from './definedNamesXml';
import { WorkbookFileError } from './errors';
import { isRelationshipType, type OpcPackage } from './opcPackage';
import { findOwnedSheets } from './ownedMark';
import { renderScratch } from './scratchSheets';
import { spliceSheets } from './spliceSheets';
import { ensurePackage, type WorkbookFile } from './workbookFile';
import { readWorkbookIndex, type SheetEntry, type WorkbookIndex } from './workbookIndex';
import { findStartTag, parseAttributes } from './xmlText';

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

export async function writeDescriptions(
  file: WorkbookFile,
  descriptions: readonly SheetDescription[],
): Promise<WriteReport> {
  assertDescriptions(descriptions);
  const displayName = file.displayName ?? '';
  if (file.strict) throw new WorkbookFileError('not-writable', fileStrings.strictNotWritable(displayName));
  const pkg = await ensurePackage(file);
  const index = await readWorkbookIndex(pkg);
  const owned = findOwnedSheets(index);
  const kindBySheet = new Map([...owned].map(([kind, sheet]) => [sheet, kind]));
  const plan = planSheets(
    descriptions,
    index.sheets.map((sheet) => ({ name: sheet.name, ownedKind: kindBySheet.get(sheet) ?? null })),
  );

  // Whatever would stop the write is found here, before anything is changed.
  if (index.structureProtected && plan.some((entry) => !entry.exists))
    throw new WorkbookFileError('not-writable', fileStrings.structureProtected(displayName));
  for (const entry of plan) {
    const sheet = entry.exists ? owned.get(entry.kind) : undefined;
    if (sheet !== undefined && (await isProtected(pkg, sheet)))
      throw new WorkbookFileError('not-writable', fileStrings.sheetProtected(sheet.name));
  }

  const notices: string[] = [];
  for (const entry of plan) {
    if (entry.reason === 'name-taken') notices.push(fileStrings.sheetNameTaken(entry.wantedName, entry.name));
  }
  const sheetOfKind = new Map([...owned].map(([kind, sheet]) => [kind, sheet.name]));
  for (const entry of plan) sheetOfKind.set(entry.kind, entry.name);
  const resolve = (text: string) =>
    resolveSheetTokens(text, (kind) => {
      const name = sheetOfKind.get(kind);
      return name === undefined ? undefined : quoteSheetName(name);
    });

  const ownedSheetNames = new Set([...owned.values()].map((sheet) => sheet.name));
  for (const entry of plan) ownedSheetNames.add(entry.name);
  const nameOwner = definedNameOwnership(file, index, ownedSheetNames);
  const replaced = new Set(plan.flatMap((entry) => (entry.exists ? [owned.get(entry.kind)] : [])));
  const tableNames = new TableNames(await tableNamesInUse(pkg, index, replaced), nameOwner);

  const scratch = await renderScratch(
    descriptions,
    plan.map((entry) => entry.name),
    {
      resolve,
      date1904: index.date1904,
      tableName: (wanted) => {
        const name = tableNames.claim(wanted);
        if (name !== wanted) notices.push(fileStrings.tableNameTaken(wanted, name));
        return name;
      },
    },
  );

  const names: NewDefinedName[] = [];
  const droppedNames = new Set<string>();
  plan.forEach((entry, position) => {
    names.push({ name: markName(entry.kind), formula: sheetReference(entry.name, 'A1'), hidden: true });
    droppedNames.add(markName(entry.kind).toUpperCase());
    // The sheet is rewritten: the Office.js port's record of its formula areas no longer holds.
    droppedNames.add(ownAreasName(entry.kind).toUpperCase());
    for (const name of descriptions[position].names ?? []) {
      if (nameOwner(name.name) === 'user') {
        notices.push(fileStrings.definedNameTaken(name.name));
        continue;
      }
      droppedNames.add(name.name.toUpperCase());
      names.push({
        name: name.name,
        formula: sheetReference(entry.name, name.range),
        ...(name.comment ? { comment: name.comment } : {}),
      });
    }
  });

  notices.push(
    ...(await spliceSheets({
      pkg,
      index,
      entries: plan.map((entry) => ({
        name: entry.name,
        replaces: entry.exists ? (owned.get(entry.kind) ?? null) : null,
      })),
      scratch,
      names,
      droppedNames,
    })),
  );
  for (const name of names) file.ownedNames.add(name.name);

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
 * Who a workbook-scope name belongs to: the add-in's when it was written in this session or each
 * area it refers to lies on an owned sheet; the user's otherwise (constants, formulas, ranges on
 * the user's sheets).
 */
function definedNameOwnership(
  file: WorkbookFile,
  index: WorkbookIndex,
  ownedSheetNames: ReadonlySet<string>,
): (name: string) => NameOwner {
  const formulas = new Map(
    index.definedNames
      .filter((entry) => entry.localSheetId === null)
      .map((entry) => [entry.name.toUpperCase(), entry.formula]),
  );
  const written = new Set([...file.ownedNames].map((name) => name.toUpperCase()));
  return (name) => {
    const key = name.toUpperCase();
    if (written.has(key)) return 'addin';
    const formula = formulas.get(key);
    if (formula === undefined) return 'none';
    const areas = formula.split(',');
    const onOwned = areas.every((area) => {
      const reference = parseSheetReference(area);
      return reference !== null && ownedSheetNames.has(reference.sheetName);
    });
    return onOwned ? 'addin' : 'user';
  };
}

/** Table names are unique in a workbook and share their namespace with defined names. */
class TableNames {
  private readonly taken: Set<string>;

  constructor(
    inUse: readonly string[],
    private readonly nameOwner: (name: string) => NameOwner,
  ) {
    this.taken = new Set(inUse.map((name) => name.toUpperCase()));
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toUpperCase()) || this.nameOwner(name) !== 'none'; n++)
      name = `${wanted}_${n}`;
    this.taken.add(name.toUpperCase());
    return name;
  }
}

/** Names of the tables on every sheet but those being replaced. */
async function tableNamesInUse(
  pkg: OpcPackage,
  index: WorkbookIndex,
  replaced: ReadonlySet<SheetEntry | undefined>,
): Promise<string[]> {
  const names: string[] = [];
  for (const sheet of index.sheets) {
    if (sheet.partName === null || replaced.has(sheet)) continue;
    for (const relationship of await pkg.relationships(sheet.partName)) {
      if (!isRelationshipType(relationship, 'table') || relationship.partName === null) continue;
      const tag = findStartTag((await pkg.text(relationship.partName)) ?? '', 'table');
      const name = tag === null ? undefined : parseAttributes(tag).get('name');
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}

/** Review → Protect Sheet on a sheet the add-in would rewrite. */
async function isProtected(pkg: OpcPackage, sheet: SheetEntry): Promise<boolean> {
  const xml = sheet.partName === null ? null : await pkg.text(sheet.partName);
  const tag = xml === null ? null : findStartTag(xml, 'sheetProtection');
  const flag = tag === null ? undefined : parseAttributes(tag).get('sheet');
  return flag === '1' || flag === 'true';
}
