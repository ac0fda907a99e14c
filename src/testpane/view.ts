/** The test page's own display: where it runs, each step as it ends, and the outcome. Plain DOM. */
import type { CheckStatus, RunInfo, StepResult } from './report';

const MARK: Record<CheckStatus, string> = {
  pass: '✓ 通过',
  fail: '✗ 失败',
  fake: '○ 模拟',
  observed: '· 记录',
};

function element(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

export class RunView {
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;

  constructor(private readonly root: HTMLElement) {
    root.textContent = '';
    this.status = element('p', '正在准备…', 'status');
    this.status.setAttribute('role', 'status');
    this.list = element('ol', '', 'steps');
    root.append(this.status, this.list);
  }

  message(text: string): void {
    this.status.textContent = text;
  }

  started(run: RunInfo): void {
    const where =
      run.host === 'excel'
        ? `Excel（${run.platform ?? '未知平台'}，${run.officeVersion ?? '未知版本'}）`
        : 'Excel API 模拟（浏览器）';
    this.root.insertBefore(
      element('p', `运行环境：${where}；ExcelApi ${run.excelApi.at(-1) ?? '—'}`),
      this.list,
    );
    this.message(`正在运行 ${run.steps.length} 个步骤…`);
  }

  step(result: StepResult): void {
    const item = element(
      'li',
      `${MARK[result.status]}  ${result.title}（${(result.ms / 1000).toFixed(1)} 秒）`,
      result.status,
    );
    item.dataset.step = result.id;
    const failed = result.checks.filter((check) => check.status === 'fail');
    if (failed.length > 0) {
      const details = element('ul', '');
      for (const check of failed)
        details.append(
          element(
            'li',
            `${check.what}：读回 ${JSON.stringify(check.actual)}，应为 ${JSON.stringify(check.expected)}`,
          ),
        );
      item.append(details);
    }
    this.list.append(item);
  }

  finished(results: readonly StepResult[], posted: boolean): void {
    const failed = results.filter((result) => result.status === 'fail').length;
    const text = `完成：${results.length} 个步骤，${failed} 个失败。${posted ? '结果已发送到运行 npm run test:excel 的终端。' : '结果未能发送到终端。'}`;
    this.message(text);
    this.root.dataset.done = failed === 0 ? 'passed' : 'failed';
  }
}
