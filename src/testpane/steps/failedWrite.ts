/**
 * A write that Excel stops part-way, and the retry. The test-only wrapper of ../stopWrapper.ts
 * makes Excel stop 生成活动安排's batch right after one of its operations, as Excel stops at the
 * first operation that fails: everything before it is in the workbook, nothing after. At each stop,
 * every entry typed in (the codes on 出勤, 活动内容, 地点 and 主持人 on 活动安排) must still be in the
 * workbook, every sheet too, the user's own 花名册 untouched, and the error must say the write
 * stopped part-way (ExcelPortError.interrupted: the pane then offers 完成更新); running the action
 * again must then give exactly the workbook a clean run gave.
 */
import { generateWorkbook } from '../../app/generate';
import { ExcelPortError } from '../../excel/errors';
import { readSheet, readSheets, sheetNames } from '../readBack';
import type { Step, StepEnv } from '../step';
import { typedCodes } from './attendance';
import {
  ATTENDANCE,
  ATTENDANCE_SHEET,
  FIRST,
  OWNED_SHEETS,
  ROSTER_SHEET,
  SCHEDULE_SHEET,
  SCHEDULE_TYPED,
} from './data';
import { scheduleCells, scheduleRow } from './schedule';

/** Where the batch is stopped, as fractions of its operations (after the first, …, before the last). */
const STOPS = [0, 0.25, 0.5, 0.75, 1];

type Content = Record<string, Record<string, unknown>>;

async function ownedContent(env: StepEnv): Promise<Content> {
  const sheets = await readSheets(env.host.run, OWNED_SHEETS);
  return Object.fromEntries([...sheets].map(([name, cells]) => [name, cells.content()]));
}

/** The cells that differ between two readings, as 'sheet!A1: before → now' (at most `limit`). */
export function differingCells(
  before: Content,
  now: Content,
  limit = 10,
): { count: number; first: string[] } {
  const lines: string[] = [];
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = before[sheet] ?? {};
    const b = now[sheet] ?? {};
    for (const address of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (JSON.stringify(a[address]) !== JSON.stringify(b[address]))
        lines.push(
          `${sheet}!${address}: ${JSON.stringify(a[address] ?? null)} → ${JSON.stringify(b[address] ?? null)}`,
        );
  }
  return { count: lines.length, first: lines.slice(0, limit) };
}

/** What was typed, as the workbook holds it now: the codes, and 活动安排's typed cells. */
async function entered(env: StepEnv): Promise<{ codes: Array<string | null>; schedule: unknown[] | null }> {
  const attendance = await readSheet(env.host.run, ATTENDANCE_SHEET);
  const schedule = await readSheet(env.host.run, SCHEDULE_SHEET);
  const row = scheduleRow(schedule, FIRST, '2026-01-1');
  return {
    codes: typedCodes(env, attendance),
    schedule: row === null ? null : scheduleCells(schedule, row, Object.keys(SCHEDULE_TYPED)),
  };
}

const ENTERED = { codes: ATTENDANCE.map((entry) => entry.code), schedule: Object.values(SCHEDULE_TYPED) };

/** Operation numbers to stop after: 1 … total − 1, spread as STOPS says. */
export function stopPoints(total: number): number[] {
  if (total < 2) return [];
  return [...new Set(STOPS.map((at) => Math.min(total - 1, Math.max(1, Math.round(at * (total - 1))))))];
}

export const failedWriteStep: Step = {
  id: 'failed-write',
  kind: 'workflow',
  title: '写入中途被 Excel 中止后重试（已登记的内容不丢，结果与正常一次相同）',
  async run(env) {
    // A clean run of the same input again: the reference, and how many operations its write has.
    let total = 0;
    await env.act((port) => generateWorkbook(port, {}), { onOperations: (count) => (total = count) });
    const clean = await ownedContent(env);
    env.checks.equal('正常再生成一次：已登记的内容都在', await entered(env), ENTERED);
    const stops = stopPoints(total);
    if (!env.checks.that('写入由多项操作组成', stops.length >= 3, total, '≥ 4 项')) return;
    const sheetsBefore = await sheetNames(env.host.run);
    const rosterBefore = (await readSheet(env.host.run, ROSTER_SHEET)).content();

    for (const after of stops) {
      const where = `第 ${after}/${total} 项操作后中止`;
      let failure: unknown = null;
      try {
        await env.act((port) => generateWorkbook(port, {}), { stopAfter: after });
      } catch (error) {
        failure = error;
      }
      env.checks.equal(
        `${where}：报告为 Excel 的错误，且为中途中止的写入（可“完成更新”）`,
        failure instanceof ExcelPortError
          ? [failure.code, failure.excelCode, failure.interrupted]
          : String(failure),
        ['item-not-found', 'ItemNotFound', true],
      );
      env.checks.equal(`${where}：已登记的内容都还在工作簿中`, await entered(env), ENTERED);
      env.checks.equal(`${where}：工作表一张不少、一张不多`, await sheetNames(env.host.run), sheetsBefore);
      env.checks.equal(
        `${where}：用户自己的“${ROSTER_SHEET}”原样未动`,
        (await readSheet(env.host.run, ROSTER_SHEET)).content(),
        rosterBefore,
      );
      await env.act((port) => generateWorkbook(port, {}));
      env.checks.equal(
        `${where}，重试：与正常一次的结果逐格相同（不同的格）`,
        differingCells(clean, await ownedContent(env)),
        {
          count: 0,
          first: [],
        },
      );
    }
  },
};
