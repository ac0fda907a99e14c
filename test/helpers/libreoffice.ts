/**
 * LibreOffice headless as a test oracle: recalculates an .xlsx and exports every sheet to CSV, and
 * prints it to PDF (checked with pdfinfo, rendered to PNG with pdftoppm).
 *
 * Each call gets a fresh user profile (-env:UserInstallation), so calls run in parallel and never
 * depend on a profile left by another run. The CSV filter is the one that keeps Chinese (UTF-8)
 * and exports all sheets: field separator ',', text delimiter '"', charset 76 (UTF-8), values at
 * full precision rather than as shown (a percentage keeps its '%': 66.6666666666667%; dates come
 * out as MM/DD/YYYY), token 12 = -1 for one file per sheet named <file>-<sheet>.csv.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const SOFFICE_TIMEOUT_MS = 90_000;

export interface PdfInfo {
  pdfPath: string;
  pages: number;
  /** Size of each page in points (1/72 inch). */
  pageSizes: Array<{ width: number; height: number }>;
}

/** Every sheet of the workbook, recalculated by LibreOffice, as rows of cell texts. */
export async function recalcAllToCsv(xlsxPath: string): Promise<Map<string, string[][]>> {
  return withWorkDir(async (dir) => {
    const outDir = path.join(dir, 'out');
    await soffice(dir, ['--convert-to', CSV_FILTER, '--outdir', outDir, path.resolve(xlsxPath)]);
    const base = path.basename(xlsxPath).replace(/\.[^.]+$/, '');
    const sheets = new Map<string, string[][]>();
    for (const file of await fs.readdir(outDir)) {
      if (!file.startsWith(`${base}-`) || !file.endsWith('.csv')) continue;
      const sheetName = file.slice(base.length + 1, -'.csv'.length);
      sheets.set(sheetName, parseCsv(await fs.readFile(path.join(outDir, file), 'utf8')));
    }
    if (sheets.size === 0) throw new Error(`LibreOffice exported no sheet of ${xlsxPath}`);
    return sheets;
  });
}

/** One sheet of the workbook, recalculated by LibreOffice, as rows of cell texts. */
export async function recalcToCsv(xlsxPath: string, sheetName: string): Promise<string[][]> {
  const sheets = await recalcAllToCsv(xlsxPath);
  const rows = sheets.get(sheetName);
  if (!rows)
    throw new Error(`No sheet '${sheetName}' in ${xlsxPath}; found ${[...sheets.keys()].join(', ')}`);
  return rows;
}

/**
 * Prints the workbook to PDF (as `outDir`/<name>.pdf) and reads its pages with pdfinfo. LibreOffice
 * writes into its own work folder and the PDF is then copied: a run stopped part-way (Ctrl+C) leaves
 * LibreOffice's lock file where it was writing, and a lock left in `outDir` would stop every later
 * print of that name there.
 */
export async function toPdf(xlsxPath: string, outDir: string): Promise<PdfInfo> {
  await fs.mkdir(outDir, { recursive: true });
  const name = path.basename(xlsxPath).replace(/\.[^.]+$/, '') + '.pdf';
  const pdfPath = path.join(outDir, name);
  await withWorkDir(async (dir) => {
    const printed = path.join(dir, 'pdf');
    await soffice(dir, ['--convert-to', 'pdf', '--outdir', printed, path.resolve(xlsxPath)]);
    await fs.copyFile(path.join(printed, name), pdfPath);
  });
  return { pdfPath, ...(await pdfInfo(pdfPath)) };
}

export async function pdfInfo(pdfPath: string): Promise<Omit<PdfInfo, 'pdfPath'>> {
  const summary = await run('pdfinfo', [pdfPath], 30_000);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(summary)?.[1]);
  if (!Number.isInteger(pages) || pages < 1)
    throw new Error(`pdfinfo found no pages in ${pdfPath}:\n${summary}`);
  const detail = await run('pdfinfo', ['-f', '1', '-l', String(pages), pdfPath], 30_000);
  const pageSizes = [...detail.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { pages, pageSizes };
}

/** Renders each page to PNG (for a person to look at); returns the files in page order. */
export async function pdfToPngs(pdfPath: string, outDir: string, dpi = 60): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const prefix = path.join(outDir, path.basename(pdfPath, '.pdf'));
  await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, prefix], 60_000);
  const base = path.basename(prefix);
  return (await fs.readdir(outDir))
    .filter((file) => file.startsWith(`${base}-`) && file.endsWith('.png'))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((file) => path.join(outDir, file));
}

/** A4 in points, portrait. */
export const A4_POINTS = { width: 595.3, height: 841.9 };

export function isA4(
  size: { width: number; height: number },
  orientation: 'portrait' | 'landscape',
): boolean {
  const [w, h] =
    orientation === 'portrait' ? [A4_POINTS.width, A4_POINTS.height] : [A4_POINTS.height, A4_POINTS.width];
  return Math.abs(size.width - w) < 2 && Math.abs(size.height - h) < 2;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function soffice(workDir: string, args: string[]): Promise<void> {
  const profile = path.join(workDir, 'profile');
  await run(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', ...args],
    SOFFICE_TIMEOUT_MS,
    { HOME: workDir },
  );
}

async function withWorkDir<T>(action: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-lo-'));
  try {
    return await action(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  timeout: number,
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout, killSignal: 'SIGKILL', env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const hint =
            (error as NodeJS.ErrnoException).code === 'ENOENT' ? ` (is ${command} installed?)` : '';
          reject(new Error(`${command} failed${hint}: ${error.message}\n${stderr}`));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

function pageNumber(file: string): number {
  return Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 0);
}
