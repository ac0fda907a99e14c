/**
 * `npm run bench`: runs the benchmark areas and prints their figures as a table.
 * `npm run bench -- --json`: one flat JSON object (figure name → number) on stdout, nothing else.
 * `npm run bench -- --only engine[,other]`: only the named areas.
 *
 * Each area is a file exporting an async function that returns { figureName: number }; add a line
 * to AREAS for a new one. Progress goes to stderr so stdout stays clean for --json.
 */
export type Figures = Record<string, number>;
export type BenchArea = () => Promise<Figures>;

const AREAS: Record<string, () => Promise<BenchArea>> = {
  engine: async () => (await import('./engine')).engineBench,
  xlsx: async () => (await import('./xlsx')).xlsxBench,
  office: async () => (await import('./office')).officeBench,
  pane: async () => (await import('./pane')).paneBench,
  merge: async () => (await import('./merge')).mergeBench,
  scale: async () => (await import('./scale')).scaleBench,
};

interface Options {
  json: boolean;
  only: string[] | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, only: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--only') options.only = splitNames(argv[++i] ?? '');
    else if (arg.startsWith('--only=')) options.only = splitNames(arg.slice('--only='.length));
    else throw new Error(`Unknown argument "${arg}". Use --json and --only NAME[,NAME].`);
  }
  return options;
}

function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function selectAreas(only: string[] | null): string[] {
  if (only === null) return Object.keys(AREAS);
  const unknown = only.filter((name) => !(name in AREAS));
  if (unknown.length > 0)
    throw new Error(`Unknown bench area(s): ${unknown.join(', ')}. Known: ${Object.keys(AREAS).join(', ')}.`);
  return only;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function table(figures: Figures): string {
  const names = Object.keys(figures);
  const width = Math.max('figure'.length, ...names.map((name) => name.length));
  const lines = [`${'figure'.padEnd(width)}  value`, `${'-'.repeat(width)}  ${'-'.repeat(10)}`];
  for (const name of names) lines.push(`${name.padEnd(width)}  ${formatValue(figures[name]).padStart(10)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const figures: Figures = {};
  for (const name of selectAreas(options.only)) {
    process.stderr.write(`bench: ${name}…\n`);
    const area = await AREAS[name]();
    Object.assign(figures, await area());
  }
  process.stdout.write(options.json ? `${JSON.stringify(figures)}\n` : `${table(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
