// Types of scripts/lib/csp.js for the TypeScript that uses it (its jest test).
export const POLICY_META: string;
export function contentSecurityPolicy(options?: { scriptHashes?: string[]; connectSrc?: string[] }): string;
export function inlineScripts(html: string): string[];
export function scriptHash(text: string): string;
export function withPolicy(html: string, options?: { connectSrc?: string[] }): string;
export function policyOf(html: string): string | null;
export class ContentSecurityPolicyPlugin {
  constructor(options?: { connectSrc?: string[] });
  apply(compiler: unknown): void;
}
