// Types of scripts/lib/systemTools.js for the TypeScript that uses it (its jest test).
export interface SystemTool {
  name: string;
  packages: string[];
  executables: string[];
  usedBy: string;
  present(): boolean;
  note?: () => string;
}
export type Plan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; command: string }
  | { action: 'stop'; command: null; packages: string[] };
export const SYSTEM_PYTHON: string;
export const CHROMIUM_CANDIDATES: string[];
export const TOOLS: SystemTool[];
export function onPath(command: string, env?: NodeJS.ProcessEnv): string | null;
export function chromiumPath(env?: NodeJS.ProcessEnv): string | null;
export function hasCjkFont(): boolean;
export function osIds(osRelease: string): string[];
export function packagesFor(tools: Pick<SystemTool, 'packages'>[], ids: string[]): string[];
export function plan(input: {
  missing: Pick<SystemTool, 'packages'>[];
  isRoot: boolean;
  hasApt: boolean;
  osRelease?: string;
}): Plan;
