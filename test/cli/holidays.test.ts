/**
 * `party-day holidays --notice 通知.txt [--json]` and `party-day schedule --year 2027 --notice
 * 通知.txt`, in-process with a fake terminal: the notice in UTF-8, GB18030 and UTF-16; its days and
 * findings; a notice with errors, of another year, a file that is not text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as iconv from 'iconv-lite';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

const NOTICES = path.join(__dirname, '..', 'fixtures', 'holiday-notices');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(NOTICES, name)));
const EXAMPLE = readFileSync(path.join(NOTICES, 'example-2027.txt'), 'utf8');

function fakeIo(files: Record<string, Uint8Array>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readFile: (file: string) => {
      const content = files[file];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return content;
    },
  };
  return io;
}

async function cli(args: string[], files: Record<string, Uint8Array> = {}) {
  const io = fakeIo(files);
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

interface NoticeJson {
  year: number;
  days: { date: string; kind: 'off' | 'work'; holiday: string; sentence: string }[];
  problems: {
    severity: string;
    kind: string;
    message: string;
    sentence: string | null;
    item: number | null;
  }[];
}

describe('party-day holidays --notice', () => {
  const utf8 = bytes('example-2027.txt');
  const encodings: Array<[string, Uint8Array]> = [
    ['UTF-8', utf8],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ['GB18030', new Uint8Array(iconv.encode(EXAMPLE.replace(/\n/g, '\r\n'), 'gb18030'))],
    ['UTF-16 (Notepad “Unicode”)', new Uint8Array(iconv.encode(EXAMPLE, 'utf-16le', { addBOM: true }))],
  ];

  it.each(encodings)('prints the calendar as JSON from a notice in %s', async (_, content) => {
    const { code, out, err } = await cli(['holidays', '--notice', '通知.txt', '--json'], {
      '通知.txt': content,
    });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const json = JSON.parse(out) as NoticeJson;
    expect(json.year).toBe(2027);
    expect(json.days).toHaveLength(33);
    expect(json.days[0]).toEqual({
      date: '2027-01-01',
      kind: 'off',
      holiday: '元旦',
      sentence: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
    });
    expect(json.days.find((day) => day.date === '2027-02-20')).toEqual({
      date: '2027-02-20',
      kind: 'work',
      holiday: '春节',
      sentence: '2月20日（周六）、2月21日（周日）上班。',
    });
    expect(json.problems).toEqual([]);
  });

  it('prints a table and says the notice checked out', async () => {
    const { code, out } = await cli(['holidays', '--notice', 'a.txt'], { 'a.txt': utf8 });
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('2027年节假日安排（据通知）');
    expect(lines[4]).toBe('2027-01-01  星期五  放假  元旦');
    expect(lines).toContain('2027-02-20  星期六  上班  春节');
    expect(lines).toContain('放假 28 天，调休上班 5 天。');
    expect(lines).toContain('核对无误：每一项的日期、星期、天数与《全国年节及纪念日放假办法》相符。');
  });

  it('prints the findings with their sentence; a notice with errors exits 2', async () => {
    const warned = await cli(['holidays', '--notice', 'w.txt'], {
      'w.txt': bytes('variant-2015-wrong-lunar.txt'),
    });
    expect(warned.code).toBe(0);
    expect(warned.out).toContain(
      '- 提示：第二项（春节）：2015-02-15 是农历腊月廿七，括号里写的是“除夕”。已按日期 2015-02-15 读取，请核对原文。\n  原文：2月15日(除夕)、2月28日(大年初六)上班。\n',
    );
    const wrong = await cli(['holidays', '--notice', 'e.txt', '--json'], {
      'e.txt': bytes('variant-2016-dashes.txt'),
    });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe('错误：通知文件“e.txt”有 2 处需要先改正的问题：\n');
    const json = JSON.parse(wrong.out) as NoticeJson;
    expect(json.problems.map((problem) => `${problem.severity} ${problem.kind}`)).toEqual([
      'error unknown-heading',
      'error holiday-missing',
    ]);
  });

  it('uses --year for a notice that names none, and refuses a notice of another year', async () => {
    const items = new TextEncoder().encode('一、元旦：1月1日（周五）至3日（周日）放假，共3天。');
    const given = await cli(['holidays', '--notice', 'i.txt', '--year', '2027', '--json'], {
      'i.txt': items,
    });
    const json = JSON.parse(given.out) as NoticeJson;
    expect(json.year).toBe(2027);
    expect(json.problems.map((problem) => problem.kind)).toContain('year-assumed');
    const none = await cli(['holidays', '--notice', 'i.txt'], { 'i.txt': items });
    expect(none.code).toBe(2);
    expect(none.out).toContain('通知中没有写明年份');
    const other = await cli(['holidays', '--notice', 'n.txt', '--year', '2027'], {
      'n.txt': bytes('2026.txt'),
    });
    expect(other.code).toBe(2);
    expect(other.out).toContain('这是 2026 年的通知，不是 2027 年的');
  });

  it('refuses a missing file and a file that is not text', async () => {
    const missing = await cli(['holidays', '--notice', 'x.txt']);
    expect(missing).toEqual({ code: 2, out: '', err: '错误：找不到通知文件“x.txt”，请检查文件路径。\n' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const binary = await cli(['holidays', '--notice', '通知.docx'], { '通知.docx': zip });
    expect(binary.code).toBe(2);
    expect(binary.err).toContain('通知文件“通知.docx”不是文本文件');
  });

  it('without --notice lists the calendar the add-in has for --year', async () => {
    const shipped = await cli(['holidays', '--year', '2026', '--json']);
    const days = (JSON.parse(shipped.out) as { days: { date: string; source: string }[] }).days;
    expect(days).toHaveLength(39);
    expect(new Set(days.map((day) => day.source))).toEqual(new Set(['official']));
    const estimated = await cli(['holidays', '--year', '2027']);
    expect(estimated.out.split('\n')[0]).toBe('2027年节假日安排（预估）');
    expect(estimated.out).toContain('放假 13 天，调休上班 0 天。');
    expect(await cli(['holidays'])).toMatchObject({
      code: 2,
      err: '错误：请用 --notice 指定通知文件，或用 --year 指定年份。\n',
    });
  });
});

interface ScheduleJson {
  activities: {
    id: string;
    date: string;
    plannedDate: string;
    shifted: boolean;
    provisional: boolean;
    reason: string | null;
  }[];
  warnings: { code: string }[];
}

describe('party-day schedule --notice', () => {
  it('plans 2027 with the notice: the activity on 12 February moves, nothing is estimated', async () => {
    const without = JSON.parse((await cli(['schedule', '--year', '2027', '--json'])).out) as ScheduleJson;
    const before = without.activities.find((activity) => activity.id === '2027-02-1');
    expect(before).toMatchObject({ date: '2027-02-12', shifted: false, provisional: true });
    expect(without.warnings.map((warning) => warning.code)).toContain('provisional-holidays');

    const run = await cli(['schedule', '--year', '2027', '--notice', 'n.txt', '--json'], {
      'n.txt': bytes('example-2027.txt'),
    });
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const planned = JSON.parse(run.out) as ScheduleJson;
    expect(planned.activities.find((activity) => activity.id === '2027-02-1')).toEqual({
      id: '2027-02-1',
      date: '2027-02-15',
      plannedDate: '2027-02-12',
      shifted: true,
      reason: '原定 2027-02-12（春节假期），顺延至 2027-02-15（星期一）',
      theme: expect.any(String),
      provisional: false,
    });
    expect(planned.activities.filter((activity) => activity.shifted)).toHaveLength(1);
    expect(planned.warnings.map((warning) => warning.code)).not.toContain('provisional-holidays');
  });

  it('prints the notice’s findings on stderr, refuses one with errors or of another year', async () => {
    const warned = await cli(['schedule', '--year', '2015', '--notice', 'w.txt', '--json'], {
      'w.txt': bytes('variant-2015-wrong-lunar.txt'),
    });
    expect(warned.code).toBe(0);
    expect(warned.err.split('\n')[0]).toBe('核对结果：');
    expect(() => JSON.parse(warned.out) as unknown).not.toThrow();
    const other = await cli(['schedule', '--year', '2026', '--notice', 'n.txt'], {
      'n.txt': bytes('example-2027.txt'),
    });
    expect(other).toMatchObject({
      code: 2,
      err: '错误：通知文件“n.txt”是 2027 年的通知，与 --year 2026 不符。\n',
    });
    const wrong = await cli(['schedule', '--year', '2017', '--notice', 't.txt'], {
      't.txt': bytes('variant-2017-typo.txt'),
    });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe(
      '错误：通知文件“t.txt”有 1 处需要先改正的问题：\n  第六项（中秋节、国庆节）：“0月1日”不是有效的日期，请对照原文改正。\n',
    );
  });
});
