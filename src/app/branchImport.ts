/**
 * The branches of an imported roster, reconciled with 设置 before anything is written: names 设置
 * knows (or remembers as 花名册中的名称) are used as they are; for the others the secretary's
 * decisions apply — map to a branch of 设置 (remembered there, so the next import needs no
 * decision), leave the people out, or add the branch. Without a decision a name is added, and the
 * report says so (with the branch it probably means), so nothing happens silently.
 */
import {
  type BranchDecision,
  branchAliasMap,
  reconcileBranches,
  type RosterBranch,
} from '../domain/branchMatch';
import type { Member } from '../domain/member';
import type { BranchSettings } from '../workbook/sheets/settings';

export interface BranchImportReport {
  /** Roster names added as new branches (by decision, or for want of one). */
  added: Array<{ roster: string; count: number; suggestion: string | null; decided: boolean }>;
  /** Roster names mapped to a branch of 设置 (now remembered there). */
  mapped: Array<{ roster: string; to: string; count: number }>;
  /** Roster names whose people were left out. */
  skipped: Array<{ roster: string; count: number }>;
  /** Branches of 设置 that get nobody from this roster (they keep the members they had). */
  notInRoster: string[];
  /**
   * Decisions that could not apply: the roster does not use the name, 设置 already knows it, or the
   * branch to map to is not in 设置.
   */
  unused: Array<{ decision: BranchDecision; reason: 'not-in-roster' | 'known' | 'no-target' }>;
}

export interface BranchImport {
  members: Member[];
  /** 设置's branches with the aliases the decisions add. */
  branches: BranchSettings[];
  report: BranchImportReport;
}

/** Members per roster branch, in the order the roster first names each. */
export function rosterBranchCounts(members: readonly Member[]): RosterBranch[] {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.branch, (counts.get(member.branch) ?? 0) + 1);
  return [...counts].map(([branch, count]) => ({ branch, count }));
}

export function importBranches(
  members: readonly Member[],
  branches: readonly BranchSettings[],
  decisions: readonly BranchDecision[] = [],
): BranchImport {
  const reconciliation = reconcileBranches(rosterBranchCounts(members), branches);
  const known = branchAliasMap(branches);
  const decisionOf = new Map(decisions.map((decision) => [decision.roster, decision]));
  const names = new Set(branches.map((branch) => branch.name));
  const report: BranchImportReport = { added: [], mapped: [], skipped: [], notInRoster: [], unused: [] };
  const rosterNames = new Set(members.map((member) => member.branch));
  for (const decision of decisions) {
    if (!rosterNames.has(decision.roster)) report.unused.push({ decision, reason: 'not-in-roster' });
    else if (known.has(decision.roster)) report.unused.push({ decision, reason: 'known' });
    else if (decision.action === 'map' && !names.has(decision.to))
      report.unused.push({ decision, reason: 'no-target' });
  }
  const target = new Map<string, string | null>();
  const newAliases = new Map<string, string[]>();
  for (const entry of reconciliation.unknown) {
    const decision = decisionOf.get(entry.roster);
    if (decision?.action === 'skip') {
      target.set(entry.roster, null);
      report.skipped.push({ roster: entry.roster, count: entry.count });
    } else if (decision?.action === 'map' && names.has(decision.to)) {
      target.set(entry.roster, decision.to);
      newAliases.set(decision.to, [...(newAliases.get(decision.to) ?? []), entry.roster]);
      report.mapped.push({ roster: entry.roster, to: decision.to, count: entry.count });
    } else {
      target.set(entry.roster, entry.roster);
      // Before 设置 has any branch the roster's are the branches: nothing to decide.
      report.added.push({ ...entry, decided: decision?.action === 'add' || branches.length === 0 });
    }
  }
  const reached = new Set<string>();
  const imported: Member[] = [];
  for (const member of members) {
    const branch = known.get(member.branch) ?? target.get(member.branch);
    if (branch === null || branch === undefined) continue;
    reached.add(branch);
    imported.push(branch === member.branch ? member : { ...member, branch });
  }
  report.notInRoster = branches.map((branch) => branch.name).filter((name) => !reached.has(name));
  const updated = branches.map((branch) => {
    const added = newAliases.get(branch.name);
    return added === undefined ? branch : { ...branch, aliases: [...(branch.aliases ?? []), ...added] };
  });
  return { members: imported, branches: updated, report };
}
