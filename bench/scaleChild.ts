/**
 * One large unit's year in file mode, in a process of its own so that its peak memory (maxRSS) is
 * its own: generate the workbook for `members` members in 50 branches, save, open the saved bytes,
 * regenerate and write the annual summary, save again, and read the sheets back. Prints one JSON
 * line: { ms, peakMB, bytes, members, activities } — and fails if what is read back is not what was
 * written (so the figure is of work that worked).
 *
 *     tsx bench/scaleChild.ts 5000
 */
import { generateWorkbook } from '../src/app/generate';
import { writeSummarySheets } from '../src/app/summaries';
import { dateOf } from '../src/domain/date';
import type { Member, MemberCategory } from '../src/domain/member';
import { createFilePort } from '../src/file/port';
import { readOwnedGrids } from '../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../src/file/workbookFile';
import { readWorkbookState } from '../src/workbook/state';

const YEAR = 2027;
const BRANCH_COUNT = 50;

function members(count: number): Member[] {
  const categories: MemberCategory[] = [
    '正式党员',
    '正式党员',
    '正式党员',
    '正式党员',
    '预备党员',
    '入党积极分子',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, '0')}`,
    name: `党员${i + 1}`,
    branch: `第${(i % BRANCH_COUNT) + 1}党支部`,
    category: categories[i % categories.length],
  }));
}

async function main(): Promise<void> {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: scaleChild.ts <members>');
  const roster = members(count);
  const started = performance.now();
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), { year: YEAR, unit: '基准测试单位', members: roster });
  const planned = await workbookFileBytes(file);
  const reopened = await openWorkbookBytes(planned, 'scale.xlsx');
  const port = createFilePort(reopened);
  await generateWorkbook(port, {});
  await writeSummarySheets(port, {
    period: { kind: 'year', year: YEAR },
    asOf: dateOf(YEAR, 12, 31),
    generatedAt: `${YEAR}-12-31 09:00`,
  });
  const saved = await workbookFileBytes(reopened);
  const ms = performance.now() - started;
  const state = readWorkbookState(await readOwnedGrids(await openWorkbookBytes(saved, 'scale.xlsx')), YEAR);
  if (state.members.length !== count)
    throw new Error(`read back ${state.members.length} members of ${count}`);
  if (state.problems.some((problem) => problem.severity === 'error'))
    throw new Error(`read back with problems: ${state.problems[0].message}`);
  process.stdout.write(
    `${JSON.stringify({
      ms: Math.round(ms),
      peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
      bytes: saved.byteLength,
      members: state.members.length,
      activities: state.scheduleRows.length,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
