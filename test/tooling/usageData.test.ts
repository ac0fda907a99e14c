// The Office dev tools (office-addin-dev-certs, -manifest, -lint) report through
// office-addin-usage-data. The installed copies have usage-data collection removed: no prompt,
// nothing sent. This test fails if a lock update brings back a copy that can prompt or send
// (one that depends on an Application Insights client, or that says usage data is on).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};

const copies = Object.entries(lock.packages).filter(([lockPath]) =>
  lockPath.endsWith('node_modules/office-addin-usage-data'),
);

type UsageDataModule = {
  OfficeAddinUsageData: new (options: object) => {
    isUsageDataOn(): boolean;
    getUsageDataLevel(): string;
    usageDataOptIn(testData?: boolean, testResponse?: string): unknown;
  };
};

describe('office-addin-usage-data, under the Office dev tools', () => {
  test('the lock holds the copies this test knows', () => {
    expect(copies.map(([lockPath, entry]) => `${lockPath}@${entry.version}`).sort()).toEqual([
      'node_modules/office-addin-lint/node_modules/office-addin-usage-data@2.1.1',
      'node_modules/office-addin-usage-data@3.0.0',
    ]);
  });

  test.each(copies.map(([lockPath]) => lockPath))('%s sends nothing and asks nothing', (lockPath) => {
    expect(Object.keys(lock.packages[lockPath].dependencies ?? {})).not.toContain('applicationinsights');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const usageData = require(path.join(ROOT, lockPath)) as UsageDataModule;
    const reporter = new usageData.OfficeAddinUsageData({
      projectName: 'party-day-assistant',
      instrumentationKey: 'not-a-key',
      promptQuestion: 'would the tool ask?',
      raisePrompt: true,
      usageDataLevel: 'on',
    });
    expect(reporter.usageDataOptIn(true, 'y')).toBeUndefined();
    expect(reporter.isUsageDataOn()).toBe(false);
    expect(reporter.getUsageDataLevel()).toBe('off');
  });

  test('no Application Insights client anywhere in the tree, dev tools included', () => {
    const clients = Object.keys(lock.packages).filter((lockPath) =>
      /node_modules\/(applicationinsights|@microsoft\/applicationinsights-[^/]+)$/.test(lockPath),
    );
    expect(clients).toEqual([]);
  });
});
