/**
 * Loads file mode's ExcelJS code on first use. webpack emits it as the chunk "file-mode", so the
 * pane inside Excel never downloads ExcelJS.
 */
import type { FileSessionModule } from './session';

export async function loadFileSession(): Promise<FileSessionModule> {
  const loaded = await import(/* webpackChunkName: "file-mode" */ './fileSession');
  return loaded.default;
}
