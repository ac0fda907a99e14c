// Types of scripts/lib/bundleGuard.js for the TypeScript that uses it (its jest test).
import type { Lock } from './dependencyPolicy';
export type ModuleKind =
  | { kind: 'source'; testOnly: boolean }
  | { kind: 'package'; lockPath: string; name: string; dev: boolean | undefined }
  | { kind: 'other' };
export function packagePathOf(relativeFile: string): string | null;
export function classify(file: string, lock: Lock): ModuleKind;
export function bundleProblems(files: string[], lock: Lock): string[];
export class ProductionBundleGuardPlugin {
  constructor(options: { root: string; lockFile?: string; log?: (line: string) => void });
  apply(compiler: unknown): void;
}
