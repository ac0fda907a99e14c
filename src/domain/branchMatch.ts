/**
 * Reconciling the branch names a roster uses with those of 设置: the same name, a remembered alias
 * (花名册中的名称: the roster says 第一党支部 for 机关第一党支部), or neither — then the secretary
 * decides at import: add it as a new branch, map it to one of 设置 (remembered as an alias), or leave
 * its people out. Nothing is decided silently.
 */

/** A branch of 设置 as far as matching goes. */
export interface SettingsBranch {
  name: string;
  /** Names a roster uses for this branch. */
  aliases?: readonly string[];
}

export interface RosterBranch {
  /** The name as the roster writes it. */
  branch: string;
  count: number;
}

export type BranchDecision =
  | { roster: string; action: 'add' }
  | { roster: string; action: 'map'; to: string }
  | { roster: string; action: 'skip' };

export interface BranchReconciliation {
  /** Roster names that are a branch of 设置, or a remembered alias of one. */
  matched: Array<{ roster: string; branch: string; count: number; viaAlias: boolean }>;
  /** Roster names 设置 does not know, with a branch of 设置 they probably mean (or null). */
  unknown: Array<{ roster: string; count: number; suggestion: string | null }>;
  /** Branches of 设置 no roster name reaches: they would have nobody on their roster. */
  empty: string[];
}

/** The name a roster branch stands for in 设置, by name or alias; undefined when none. */
export function branchAliasMap(branches: readonly SettingsBranch[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const branch of branches) map.set(branch.name, branch.name);
  for (const branch of branches)
    for (const alias of branch.aliases ?? []) if (!map.has(alias)) map.set(alias, branch.name);
  return map;
}

/** Words that differ between the way a roster and 设置 write one branch. */
const NOISE = /^(中共|中国共产党)|(委员会)$/g;

function core(name: string): string {
  return name.replace(NOISE, '').replace(/党支部$|支部$/, '');
}

/**
 * The branch of 设置 a roster name probably means: the only one, among those no roster name
 * reaches yet, whose name contains it or is contained in it once 中共/党支部 are set aside
 * (第一党支部 → 机关第一党支部). Null when none or several fit.
 */
export function suggestBranch(roster: string, candidates: readonly string[]): string | null {
  const a = core(roster);
  if (a === '') return null;
  const fits = candidates.filter((candidate) => {
    const b = core(candidate);
    return b !== '' && (b.endsWith(a) || a.endsWith(b) || b.startsWith(a) || a.startsWith(b));
  });
  return fits.length === 1 ? fits[0] : null;
}

export function reconcileBranches(
  roster: readonly RosterBranch[],
  settings: readonly SettingsBranch[],
): BranchReconciliation {
  const aliases = branchAliasMap(settings);
  const matched: BranchReconciliation['matched'] = [];
  const unmatched: RosterBranch[] = [];
  for (const entry of roster) {
    const branch = aliases.get(entry.branch);
    if (branch === undefined) unmatched.push(entry);
    else
      matched.push({ roster: entry.branch, branch, count: entry.count, viaAlias: branch !== entry.branch });
  }
  const reached = new Set(matched.map((entry) => entry.branch));
  const empty = settings.map((branch) => branch.name).filter((name) => !reached.has(name));
  const unknown = unmatched.map((entry) => ({
    roster: entry.branch,
    count: entry.count,
    suggestion: suggestBranch(entry.branch, empty),
  }));
  return { matched, unknown, empty };
}

/** The decisions the pane offers first: map where a branch is suggested, else add. */
export function defaultDecisions(reconciliation: BranchReconciliation): BranchDecision[] {
  return reconciliation.unknown.map((entry) =>
    entry.suggestion === null
      ? { roster: entry.roster, action: 'add' }
      : { roster: entry.roster, action: 'map', to: entry.suggestion },
  );
}
