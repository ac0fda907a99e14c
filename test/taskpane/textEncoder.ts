/**
 * jsdom has no TextEncoder, which the Office.js port uses to size its requests, nor TextDecoder,
 * which reads a CSV roster (every browser and Office webview has both). Imported first by the tests
 * that load the pane's Excel path or read a CSV in the pane.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined')
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
