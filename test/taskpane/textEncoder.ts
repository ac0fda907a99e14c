/**
 * jsdom has no TextEncoder, which the Office.js port uses to size its requests (every browser and
 * Office webview has one). Imported first by the tests that load the pane's Excel path.
 */
import { TextEncoder as NodeTextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined')
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
