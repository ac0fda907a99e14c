/**
 * Sends each message of the run to the receiver that served this page (scripts/lib/receiver.js):
 * a POST of JSON to /results on the page's own origin, so nothing leaves this computer and no
 * cross-origin request is made. The body carries the result whole (Microsoft's
 * office-addin-test-server reads results from the URL's query string instead: see
 * docs/excel-verification.md for why it is not used).
 */
import type { RunMessage } from './report';

export async function postMessage(
  message: RunMessage,
  endpoint = new URL('results', window.location.href),
): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(message),
  });
  if (!response.ok) throw new Error(`接收端回答 HTTP ${response.status}：${await response.text()}`);
}
