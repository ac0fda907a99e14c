/**
 * Names as they are shown wherever people are listed (the attendance grid, the summaries, warnings):
 * a name that two or more people of one branch share gets what tells them apart — their 编号 when
 * the roster gave one, else the last four digits of their phone, else their 类别 — and, when none
 * of those differs between them, the 编号 the add-in gave them.
 */
import type { Member } from './member';
import { isGeneratedMemberId } from './roster';
import { SAME_NAME } from '../strings/attendance';

type Distinguisher = (member: Member) => string | null;

const PHONE_DIGITS = 4;

function phoneTail(member: Member): string | null {
  const digits = (member.phone ?? '').replace(/\D/g, '');
  return digits.length >= PHONE_DIGITS ? digits.slice(-PHONE_DIGITS) : null;
}

/** In the order tried: the first whose values are all present and all different is used. */
const DISTINGUISHERS: ReadonlyArray<{ kind: keyof typeof SAME_NAME.label; value: Distinguisher }> = [
  { kind: 'id', value: (member) => (isGeneratedMemberId(member.id) ? null : member.id) },
  { kind: 'phone', value: phoneTail },
  { kind: 'category', value: (member) => member.category },
];

/** How one group of namesakes is told apart. */
export interface NamesakeGroup {
  name: string;
  kind: keyof typeof SAME_NAME.label;
  members: Member[];
  labels: string[];
}

/** Groups of people sharing a name among `members` (one branch), each with its labels. */
export function namesakeGroups(members: readonly Member[]): NamesakeGroup[] {
  const byName = new Map<string, Member[]>();
  for (const member of members) {
    const group = byName.get(member.name);
    if (group === undefined) byName.set(member.name, [member]);
    else group.push(member);
  }
  const groups: NamesakeGroup[] = [];
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    const chosen =
      DISTINGUISHERS.find(({ value }) => {
        const values = group.map(value);
        return values.every((v) => v !== null) && new Set(values).size === values.length;
      }) ?? null;
    const kind = chosen?.kind ?? 'id';
    const value: Distinguisher = chosen?.value ?? ((member) => member.id);
    groups.push({
      name,
      kind,
      members: group,
      labels: group.map((member) => SAME_NAME.label[kind](name, value(member) ?? member.id)),
    });
  }
  return groups;
}

/** Each member's label by id: the name itself, or the name with what tells its namesakes apart. */
export function memberLabels(members: readonly Member[]): Map<string, string> {
  const labels = new Map(members.map((member) => [member.id, member.name]));
  for (const group of namesakeGroups(members))
    group.members.forEach((member, i) => labels.set(member.id, group.labels[i]));
  return labels;
}

/** Labels for the members of several branches: namesakes are told apart within their branch. */
export function memberLabelsByBranch(members: readonly Member[]): Map<string, string> {
  const byBranch = new Map<string, Member[]>();
  for (const member of members) {
    const list = byBranch.get(member.branch);
    if (list === undefined) byBranch.set(member.branch, [member]);
    else list.push(member);
  }
  const labels = new Map<string, string>();
  for (const list of byBranch.values()) for (const [id, label] of memberLabels(list)) labels.set(id, label);
  return labels;
}
