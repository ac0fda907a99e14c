/**
 * The .xlsx workbook of a large bureau: generate every owned sheet (设置, 党员名册, 节假日, 活动安排
 * and 50 attendance sheets) for 50 branches and 2,000 members for a year, and write the file bytes.
 * Members come from a fixed seed, so every run times the same work; the best of a few runs is kept.
 */
import { generateWorkbook } from '../src/app/generate';
import type { Member, MemberCategory } from '../src/domain/member';
import { createFilePort } from '../src/file/port';
import { newWorkbookFile, workbookFileBytes } from '../src/file/workbookFile';
import type { Figures } from './run';

const BRANCH_COUNT = 50;
const MEMBER_COUNT = 2000;
const YEAR = 2027;
const RUNS = 3;

function members(): Member[] {
  const categories: MemberCategory[] = [
    '正式党员',
    '正式党员',
    '正式党员',
    '正式党员',
    '预备党员',
    '入党积极分子',
  ];
  return Array.from({ length: MEMBER_COUNT }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, '0')}`,
    name: `党员${i + 1}`,
    branch: `第${(i % BRANCH_COUNT) + 1}党支部`,
    category: categories[i % categories.length],
    ...(i % 97 === 0 ? { exemption: { reason: '年老体弱', approval: '支委会同意', contact: '联系人' } } : {}),
  }));
}

export async function xlsxBench(): Promise<Figures> {
  const roster = members();
  let best = Infinity;
  let bytes = 0;
  // The heap in use while the generated workbook is held, before writing: the largest of the runs
  // (garbage of earlier runs may count too, so it is an upper bound).
  let heap = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: YEAR, unit: '基准测试单位', members: roster });
    heap = Math.max(heap, process.memoryUsage().heapUsed);
    const written = await workbookFileBytes(file);
    best = Math.min(best, performance.now() - start);
    bytes = written.byteLength;
  }
  return {
    'xlsx.generateYear.2000members.ms': Math.round(best),
    'xlsx.generateYear.2000members.bytes': bytes,
    'xlsx.generateYear.2000members.heapMB': Math.round(heap / 2 ** 20),
  };
}
