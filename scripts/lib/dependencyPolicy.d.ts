// Types of scripts/lib/dependencyPolicy.js for the TypeScript that uses it (its jest test).
export interface LockEntry {
  name?: string;
  version?: string;
  license?: string;
  deprecated?: string;
  dev?: boolean;
  link?: boolean;
}
export interface Lock {
  packages: Record<string, LockEntry>;
}
export interface ProductionPackage {
  path: string;
  name: string;
  version: string;
  license?: string;
  deprecated?: string;
}
export interface Deprecation {
  message: string;
  source: string;
}
export const ALLOWED_LICENCES: string[];
export const LICENCE_ALIASES: Record<string, string>;
export const ACCEPTED_LICENCES: Record<string, string>;
export const ACCEPTED_DEPRECATIONS: Record<string, string>;
export const TELEMETRY_PACKAGES: string[];
export function nameOfPath(lockPath: string): string;
export function productionPackages(lock: Lock): ProductionPackage[];
export function licenceOfManifest(manifest: unknown): string | undefined;
export function licenceAllowed(expression: string, allowed?: string[]): boolean;
export function isTelemetryPackage(name: string): boolean;
export function dependencyProblems(input: {
  lock: Lock;
  manifestOf?: (lockPath: string) => unknown;
  deprecations?: Record<string, Deprecation>;
  acceptedLicences?: Record<string, string>;
  acceptedDeprecations?: Record<string, string>;
}): string[];
