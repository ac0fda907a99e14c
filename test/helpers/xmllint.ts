/** Well-formedness (namespaces included) of XML parts, checked by xmllint (Debian libxml2-utils). */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** xmllint's complaints about the parts, by part name; an empty list when every part is well-formed. */
export async function notWellFormed(parts: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-xmllint-'));
  try {
    const files: string[] = [];
    let n = 0;
    for (const [name, bytes] of parts) {
      const file = path.join(dir, `${n++}-${name.replace(/[^\w.]/g, '_')}`);
      await fs.writeFile(file, bytes);
      files.push(file);
    }
    if (files.length === 0) return [];
    const output = await new Promise<string>((resolve) => {
      execFile('xmllint', ['--noout', ...files], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) =>
        resolve(
          error
            ? `${stderr}${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'xmllint not installed' : ''}`
            : '',
        ),
      );
    });
    return output === '' ? [] : output.split('\n').filter((line) => line.trim() !== '');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
