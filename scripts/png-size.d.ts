// Types for png-size.js, for the TypeScript tests.
/** The pixel size in a PNG's header; undefined when the file is not a PNG. */
export declare function readPngSize(file: string): { width: number; height: number } | undefined;
