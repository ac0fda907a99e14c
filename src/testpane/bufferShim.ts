/**
 * The one Node API the strict fake uses (Buffer.byteLength, to measure requests as Excel on the web
 * limits them), for the fake's run in a browser: webpack's ProvidePlugin gives the test build this
 * instead of Node's Buffer.
 */
export const Buffer = {
  byteLength: (text: string): number => new TextEncoder().encode(text).length,
};
