// Types for manifest-check.js, for the TypeScript tests.
export interface ValidateManifestOptions {
  /** Validate a built manifest: pages and icons are looked up in this folder, localhost is refused. */
  distDir?: string;
  /** Source mode: the folder the dev base URL maps to and that holds webpack.config.js (default: the repository). */
  projectDir?: string;
  /** Source mode: the page file names the build emits (default: read from webpack.config.js). */
  pages?: string[];
  /** The base URL every add-in file lives under (default: https://localhost:3000/, or inferred from SourceLocation for a built manifest). */
  baseUrl?: string;
  /** The xmllint executable (default: "xmllint" on PATH). */
  xmllint?: string;
}

export interface ManifestReport {
  /** Problems that stop Office from loading the add-in, in Chinese, each naming the element. */
  errors: string[];
  /** Things worth a look that do not stop it (an unused resource, a URL outside the base URL). */
  warnings: string[];
}

export declare function validateManifest(
  manifestPath: string,
  options?: ValidateManifestOptions,
): Promise<ManifestReport>;

export declare const NS: { app: string; bt: string; xsi: string };
