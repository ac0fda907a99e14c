/** The command line run in-process, as a user runs `party-day …`: its exit code and what it printed. */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (file) => readFileSync(file),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
