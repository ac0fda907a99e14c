/**
 * How the work grows with the unit (issue 17 §4): the time at 5,000 members over the time at 500
 * (linear is about 10; the goal is at most 12), for the rules engine over ten years and for a year
 * in file mode, and the peak memory of the file-mode year at 5,000 members.
 * - scale.engine: bench/engine.ts's ten years of schedules, ledger, warnings and summaries, for 50
 *   branches, every attendance cell filled; the median of a few runs after a warm-up.
 * - scale.xlsx: bench/scaleChild.ts — generate, save, reopen, regenerate, annual summary, save and
 *   read back — each run in a fresh process, so its peak resident memory is its own; the best of a
 *   few runs.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { makeWorkload, median, runEngine } from './engine';
import type { Figures } from './run';

const SMALL = 500;
const LARGE = 5000;
const ENGINE_RUNS = 3;
const XLSX_RUNS = 2;

function engineMs(members: number): number {
  const work = makeWorkload(members);
  runEngine(work); // warm-up
  const times: number[] = [];
  for (let run = 0; run < ENGINE_RUNS; run += 1) {
    const started = performance.now();
    runEngine(work);
    times.push(performance.now() - started);
  }
  return median(times);
}

interface ChildResult {
  ms: number;
  peakMB: number;
  bytes: number;
  members: number;
  activities: number;
}

/** The fastest run's figures, with the lowest peak memory of the runs. */
function xlsxYear(members: number): ChildResult {
  const runs = Array.from({ length: XLSX_RUNS }, () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'scaleChild.ts'), String(members)],
      { encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    return JSON.parse(output.trim().split('\n').pop() ?? '{}') as ChildResult;
  });
  const fastest = runs.reduce((best, run) => (run.ms < best.ms ? run : best));
  return { ...fastest, peakMB: Math.min(...runs.map((run) => run.peakMB)) };
}

const ratio = (large: number, small: number) => Math.round((large / small) * 100) / 100;

export async function scaleBench(): Promise<Figures> {
  const engineSmall = engineMs(SMALL);
  const engineLarge = engineMs(LARGE);
  const xlsxSmall = xlsxYear(SMALL);
  const xlsxLarge = xlsxYear(LARGE);
  return Promise.resolve({
    'scale.engine.500members.ms': Math.round(engineSmall),
    'scale.engine.5000members.ms': Math.round(engineLarge),
    'scale.engine.5000over500.ratio': ratio(engineLarge, engineSmall),
    'scale.xlsx.500members.ms': xlsxSmall.ms,
    'scale.xlsx.5000members.ms': xlsxLarge.ms,
    'scale.xlsx.5000over500.ratio': ratio(xlsxLarge.ms, xlsxSmall.ms),
    'scale.xlsx.500members.peakMB': xlsxSmall.peakMB,
    'scale.xlsx.5000members.peakMB': xlsxLarge.peakMB,
    'scale.xlsx.5000members.bytes': xlsxLarge.bytes,
  });
}
