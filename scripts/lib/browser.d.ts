// Types of scripts/lib/browser.js for the TypeScript that uses it (bench/pane.ts).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const ROOT: string;
export const ARTIFACTS: string;
export const PANE_WIDTH: number;
export const CHROMIUM_FLAGS: readonly string[];
export const BUILD_BASE_URL: string;

export class BrowserTestFailure extends Error {}
export function fail(message: string): never;
export function findChromium(): string;
export function buildProduction(outDir: string): string;
export function productionBuild(tempDir: string, label: string, log?: (line: string) => void): string;

/** A Content-Security-Policy violation, as the page's securitypolicyviolation event told it. */
export interface PolicyViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
  page: string;
}

export interface PageRecord {
  requests: string[];
  errors: string[];
  /** Filled by openPane (watchPolicy); absent on a record from watch() alone. */
  policyViolations?: PolicyViolation[];
}

export interface BrowserTest {
  distDir: string;
  tempDir: string;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A throw-away localhost certificate made offline in tempDir (office-addin-dev-certs). */
export function makeCertificate(tempDir: string): Promise<{ key: Buffer; cert: Buffer }>;
export function startBrowserTest(label: string, log?: (line: string) => void): Promise<BrowserTest>;
export function watch(context: BrowserContext, page: Page): PageRecord;
export function watchPolicy(context: BrowserContext, record: PageRecord): Promise<void>;
export function describeViolations(violations: PolicyViolation[]): string[];
export function openPane(
  browser: Browser,
  url: string,
  contextOptions?: BrowserContextOptions,
  prepare?: (page: Page, context: BrowserContext) => unknown,
): Promise<{ context: BrowserContext; page: Page; record: PageRecord; loadedAt: number }>;
export function settle(page: Page, loadedAt: number): Promise<void>;
export function foreignRequests(record: PageRecord, origin: string): string[];
export function checkRecord(
  name: string,
  record: PageRecord,
  origin: string,
  options?: { officeJs?: boolean },
): void;
export function expectNoHorizontalScroll(page: Page, name: string): Promise<void>;
export function screenshot(page: Page, fileName: string): Promise<string>;
export function runMain(label: string, main: () => Promise<void>): void;
