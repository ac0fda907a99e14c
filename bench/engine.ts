/**
 * The rules engine on a large bureau: ten years of schedules, attendance evaluation, warnings and
 * both summary models for 50 branches and 2,000 members with every attendance cell filled.
 * Input is made from a fixed seed, so every run times the same work.
 */
import type { AttendanceEntry } from '../src/domain/attendance';
import { type CalendarDate, dateOf } from '../src/domain/date';
import { evaluateAttendance } from '../src/domain/ledger';
import type { Member, MemberCategory } from '../src/domain/member';
import { generateSchedule } from '../src/domain/schedule';
import { annualSummary, monthlySummary } from '../src/domain/summaries';
import { collectWarnings } from '../src/domain/warnings';
import type { Figures } from './run';

const FIRST_YEAR = 2017;
const YEARS = 10;
const BRANCH_COUNT = 50;
const MEMBER_COUNT = 2000;
const RUNS = 5;

/** mulberry32: a small seeded generator, enough for reproducible test data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  let r = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

const CATEGORIES: [MemberCategory, number][] = [
  ['正式党员', 85],
  ['预备党员', 5],
  ['发展对象', 3],
  ['入党积极分子', 4],
  ['群众代表', 3],
];

const CODES: [string, number][] = [
  ['√', 85],
  ['迟', 3],
  ['早', 2],
  ['事', 5],
  ['病', 3],
  ['×', 2],
];

function randomDate(random: () => number): CalendarDate {
  return dateOf(
    FIRST_YEAR + Math.floor(random() * YEARS),
    1 + Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
  );
}

function branchNames(): string[] {
  return Array.from({ length: BRANCH_COUNT }, (_, i) => `第${String(i + 1).padStart(2, '0')}党支部`);
}

function makeMembers(random: () => number, branches: readonly string[], count: number): Member[] {
  return Array.from({ length: count }, (_, i) => {
    const member: Member = {
      id: `D${String(i + 1).padStart(5, '0')}`,
      name: `党员${i + 1}`,
      branch: branches[i % branches.length],
      category: pick(random, CATEGORIES),
    };
    const r = random();
    if (r < 0.1) member.onRosterFrom = randomDate(random);
    else if (r < 0.2) member.onRosterTo = randomDate(random);
    if (random() < 0.02)
      member.exemption = {
        reason: '年老体弱',
        approval: '支委会同意',
        contact: '支部委员',
        from: randomDate(random),
      };
    return member;
  });
}

/** Every cell of the grid: each member at each activity of their branch, over the ten years. */
function makeEntries(
  random: () => number,
  members: readonly Member[],
  activityIds: Map<string, string[]>,
): AttendanceEntry[] {
  const entries: AttendanceEntry[] = [];
  for (const member of members) {
    for (const activityId of activityIds.get(member.branch) ?? []) {
      const raw = pick(random, CODES);
      const entry: AttendanceEntry = { memberId: member.id, branch: member.branch, activityId, raw };
      if (raw === '事' || raw === '病') entry.note = raw === '事' ? '外出公务' : '住院治疗';
      entries.push(entry);
    }
  }
  return entries;
}

export interface Workload {
  branches: string[];
  members: Member[];
  entries: AttendanceEntry[];
  asOf: CalendarDate;
}

/** Ten years of a bureau of 50 branches and `memberCount` members, every attendance cell filled. */
export function makeWorkload(memberCount = MEMBER_COUNT): Workload {
  const random = seeded(20170214);
  const branches = branchNames();
  const members = makeMembers(random, branches, memberCount);
  const activityIds = new Map<string, string[]>();
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year += 1) {
    for (const activity of generateSchedule({ year, branches }).activities) {
      const ids = activityIds.get(activity.branch) ?? [];
      ids.push(activity.id);
      activityIds.set(activity.branch, ids);
    }
  }
  return {
    branches,
    members,
    entries: makeEntries(random, members, activityIds),
    asOf: dateOf(FIRST_YEAR + YEARS - 1, 12, 31),
  };
}

/** The timed work: what the add-in does to regenerate ten years of sheets. */
export function runEngine(work: Workload): number {
  const activities = [];
  const scheduleWarnings = [];
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year += 1) {
    const schedule = generateSchedule({ year, branches: work.branches });
    activities.push(...schedule.activities);
    scheduleWarnings.push(...schedule.warnings);
  }
  const ledger = evaluateAttendance({
    activities,
    members: work.members,
    attendance: work.entries,
    asOf: work.asOf,
    branchOrder: work.branches,
  });
  let size = collectWarnings(ledger, scheduleWarnings).length;
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year += 1) {
    for (let month = 1; month <= 12; month += 1) size += monthlySummary(ledger, year, month).branches.length;
    size += annualSummary(ledger, year).branches.length;
  }
  return size;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function engineBench(): Promise<Figures> {
  const work = makeWorkload();
  runEngine(work); // warm-up: JIT and the holiday tables
  const times: number[] = [];
  let heap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    runEngine(work);
    times.push(performance.now() - started);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  return {
    'engine.tenYears.2000members.ms': Math.round(median(times)),
    'engine.tenYears.2000members.heapMB': Math.round(heap / 1048576),
    'engine.tenYears.2000members.cells': work.entries.length,
  };
}
