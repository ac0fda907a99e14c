/**
 * Puts text on the clipboard: the Clipboard API where the webview allows it, else the selected
 * text of a textarea and the copy command. False when neither worked: the text is then left
 * selected for the user's Ctrl+C.
 */
export async function copyText(text: string, textarea: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Office's webviews may refuse the Clipboard API; try the selection below.
  }
  if (textarea === null) return false;
  textarea.focus();
  textarea.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
