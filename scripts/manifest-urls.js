// Rewrites the development base URL in manifest.xml to the deployment base URL.
const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * @param {string} xml the manifest as written for development
 * @param {string | undefined} baseUrl where dist/ is served, e.g. https://oa.example.gov.cn/party-day/
 * @param {{ production: boolean }} options
 */
function rewriteManifestUrls(xml, baseUrl, { production }) {
  if (!production) return xml;
  if (!baseUrl) {
    throw new Error(
      '生产构建需要部署地址：请设置环境变量 ADDIN_BASE_URL，例如 ADDIN_BASE_URL=https://oa.example.gov.cn/party-day/ npm run build' +
        '\n(production build needs ADDIN_BASE_URL, the https URL where dist/ is served)',
    );
  }
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址: ${baseUrl}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头（Office 只加载 HTTPS 加载项）: ${baseUrl}`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/i.test(url.hostname)) {
    throw new Error(
      `ADDIN_BASE_URL 指向本机 (${url.hostname})，不能用于生产清单；请填写用户能访问的服务器地址。`,
    );
  }
  const normalised = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const rewritten = xml.split(DEV_BASE_URL).join(normalised);
  if (/localhost/i.test(rewritten)) throw new Error('生产清单仍含有 localhost 地址，请检查 manifest.xml。');
  return rewritten;
}

module.exports = { DEV_BASE_URL, rewriteManifestUrls };
