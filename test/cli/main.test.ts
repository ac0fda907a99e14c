/** The command line in-process, with a fake terminal: help, errors and the file reader. */
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { displayWidth, formatTable } from '../../src/cli/table';

function fakeIo(files: Record<string, Uint8Array> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readFile: (path: string) => {
      const bytes = files[path];
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes;
    },
  };
  return io;
}

describe('runCli', () => {
  it('prints Chinese help and exits 0', async () => {
    const io = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toContain('用法： party-day <命令> [选项]');
    expect(io.out).toContain('schedule');
    const sub = fakeIo();
    expect(await runCli(['schedule', '--help'], sub)).toBe(0);
    expect(sub.out).toContain('--holidays <file>');
    expect(sub.out).toContain('选项：');
  });

  it('asks for a command when there is none, and rejects unknown ones', async () => {
    const none = fakeIo();
    expect(await runCli([], none)).toBe(2);
    expect(none.err).toContain('错误：请指定命令');
    const unknown = fakeIo();
    expect(await runCli(['plan'], unknown)).toBe(2);
    expect(unknown.err).toBe('错误：不认识的命令“plan”。用 --help 查看可用的命令。\n');
    const missing = fakeIo();
    expect(await runCli(['schedule', '--year'], missing)).toBe(2);
    expect(missing.err).toBe('错误：选项 --year <year> 缺少取值。\n');
  });

  it.each([
    [['schedule', '--year', '1990'], '年份 1990 超出范围，请指定 2000 到 2099 之间的年份。'],
    [['schedule', '--year', '20233'], '年份“20233”不是有效的年份，请写成四位数字，如 --year 2023。'],
    [['schedule'], '请用 --year 指定年份，如 --year 2023。'],
    [['schedule', '--year', '2023', '--bogus'], '不认识的选项“--bogus”。用 --help 查看可用的选项。'],
    [
      ['schedule', '--year', '2023', '--reading', 'weekly'],
      '“weekly”无法识别，请用 nth-weekday（第N个星期五）或 calendar-week（第N周的星期五）。',
    ],
    [['schedule', '--year', '2023', 'extra'], '多余的参数。用 --help 查看用法。'],
  ])('%j → exit 2 and a Chinese message', async (args, message) => {
    const io = fakeIo();
    expect(await runCli(args, io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toBe(`错误：${message}\n`);
  });

  it('refuses a holiday file that is not UTF-8 (a GBK export from Excel)', async () => {
    const gbk = Uint8Array.from([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc0, 0xe0, 0xd0, 0xcd, 0x0a]); // 日期,类型 in GBK
    const io = fakeIo({ 'gbk.csv': gbk });
    expect(await runCli(['schedule', '--year', '2027', '--holidays', 'gbk.csv'], io)).toBe(2);
    expect(io.err).toBe(
      '错误：节假日文件“gbk.csv”不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试。\n',
    );
  });

  it('reads the reading and the weekday', async () => {
    const io = fakeIo();
    expect(
      await runCli(
        ['schedule', '--year', '2023', '--reading', 'calendar-week', '--weekday', '周五', '--json'],
        io,
      ),
    ).toBe(0);
    const result = JSON.parse(io.out) as { reading: string; activities: { date: string }[] };
    expect(result.reading).toBe('calendar-week');
    expect(result.activities.slice(0, 2).map((a) => a.date)).toEqual(['2023-01-06', '2023-01-20']);
    const bad = fakeIo();
    expect(await runCli(['schedule', '--year', '2023', '--weekday', '周八'], bad)).toBe(2);
    expect(bad.err).toContain('星期“周八”无法识别');
  });

  it('lists warnings under the table', async () => {
    const io = fakeIo();
    expect(await runCli(['schedule', '--year', '2027'], io)).toBe(0);
    expect(io.out).toContain('（预估）');
    expect(io.out).toContain('提示：\n- 2027年的节假日安排尚无官方数据');
  });
});

describe('table', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('2023-01-13')).toBe(10);
    expect(displayWidth('学习教育日')).toBe(10);
    expect(displayWidth('（预估）')).toBe(8);
    expect(displayWidth('a、b')).toBe(4);
  });

  it('pads every column but the last', () => {
    expect(
      formatTable(
        ['序号', '主题'],
        [
          ['1', '学习教育日'],
          ['10', 'x'],
        ],
      ),
    ).toBe(['序号  主题', '----  ----------', '1     学习教育日', '10    x', ''].join('\n'));
  });
});
