/**
 * Which worksheet each description goes to, decided the same way by both ports.
 *
 * An owned sheet (found by its mark) is updated in place under whatever name it has now, so a
 * sheet the user renamed keeps the new name. Otherwise a new sheet is added under the wanted name,
 * or, when a sheet of the user's (or another owned sheet) already has that name, under a free one
 * such as 党员名册(2): the user's sheet is never overwritten.
 */
import { freeSheetName, isSheetNameTaken } from './sheetNames';

export interface ExistingSheet {
  name: string;
  /** The kind whose mark points at this sheet, or null for a sheet of the user's. */
  ownedKind: string | null;
}

export type PlanReason = 'owned' | 'new' | 'name-taken';

export interface PlannedSheet {
  kind: string;
  /** The name the sheet has or will have. */
  name: string;
  wantedName: string;
  /** True when an owned sheet exists and is updated in place. */
  exists: boolean;
  reason: PlanReason;
}

export function planSheets(
  descriptions: ReadonlyArray<{ kind: string; name: string }>,
  existing: readonly ExistingSheet[],
): PlannedSheet[] {
  const kinds = new Set<string>();
  for (const { kind } of descriptions) {
    if (kinds.has(kind)) throw new RangeError(`Two descriptions of kind ${kind}`);
    kinds.add(kind);
  }
  const taken = existing.map((sheet) => sheet.name);
  return descriptions.map(({ kind, name }) => {
    const owned = existing.find((sheet) => sheet.ownedKind === kind);
    if (owned) return { kind, name: owned.name, wantedName: name, exists: true, reason: 'owned' };
    const reason: PlanReason = isSheetNameTaken(name, taken) ? 'name-taken' : 'new';
    const chosen = freeSheetName(name, taken);
    taken.push(chosen);
    return { kind, name: chosen, wantedName: name, exists: false, reason };
  });
}
