// Types for manifest-urls.js, for the TypeScript tests.
export declare const DEV_BASE_URL: string;

/** Rewrites https://localhost:3000/ to baseUrl; in production refuses a missing, non-https or local baseUrl. */
export declare function rewriteManifestUrls(
  xml: string,
  baseUrl: string | undefined,
  options: { production: boolean },
): string;
