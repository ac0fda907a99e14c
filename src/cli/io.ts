/** What a command may do to the outside world, so commands can be run in tests without a process. */
import { readFileSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's bytes; throws a Node error (with `code`, e.g. 'ENOENT') when it cannot be read. */
  readFile(path: string): Uint8Array;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path),
  };
}
