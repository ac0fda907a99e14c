/**
 * The layering of docs/architecture.md is enforced by lint: these probes are linted as if they
 * were files in each layer, and the pure layers must refuse what the outer layers may import.
 * ESLint loads its flat config with a dynamic import, which jest's VM cannot do, so the probes are
 * linted in one child Node process through the ESLint API.
 */
import { execFileSync } from 'node:child_process';

interface Probe {
  filePath: string;
  source: string;
}

const lintProbes = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const probe of probes) {
    const [result] = await eslint.lintText(probe.source, { filePath: probe.filePath });
    out.push(result.messages
      .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
      .map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function restrictedMessages(probes: Probe[]): string[][] {
  const output = execFileSync(process.execPath, ['-e', lintProbes], {
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const sources: Record<string, string> = {
  exceljs: "import ExcelJS from 'exceljs';\nexport const probe = ExcelJS;\n",
  react: "import { useState } from 'react';\nexport const probe = useState;\n",
  fluent: "import { Button } from '@fluentui/react-components';\nexport const probe = Button;\n",
  nodeFs: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  bareFs: "import { readFileSync } from 'fs';\nexport const probe = readFileSync;\n",
  officeGlobal: 'export const probe = (): unknown => Office.context;\n',
  outerLayer: "import { createFilePort } from '../file/port';\nexport const probe = createFilePort;\n",
  workbook: "import { columnLetters } from '../workbook/address';\nexport const probe = columnLetters;\n",
  excelPort: "import { createExcelPort } from '../excel/port';\nexport const probe = createExcelPort;\n",
  appAction: "import { generateWorkbook } from '../app/generate';\nexport const probe = generateWorkbook;\n",
  appPort: "import type { WorkbookPort } from '../app/port';\nexport type Probe = WorkbookPort;\n",
  taskpane: "import { App } from '../taskpane/App';\nexport const probe = App;\n",
};

describe('layering lint rules', () => {
  const pureLayerCases = ['domain', 'workbook'].flatMap((layer) =>
    Object.keys(sources)
      .filter((name) => name !== 'workbook')
      .map((name) => ({
        name: `src/${layer} refuses ${name}`,
        filePath: `src/${layer}/probe.ts`,
        source: sources[name],
      })),
  );
  const allowedCases = [
    { name: 'src/domain refuses src/workbook', filePath: 'src/domain/probe.ts', source: sources.workbook },
    { name: 'src/app may import src/workbook', filePath: 'src/app/probe.ts', source: sources.workbook },
    { name: 'src/file may import exceljs', filePath: 'src/file/probe.ts', source: sources.exceljs },
    { name: 'src/taskpane may import Fluent UI', filePath: 'src/taskpane/probe.tsx', source: sources.fluent },
    { name: 'src/cli may import node:fs', filePath: 'src/cli/probe.ts', source: sources.nodeFs },
    { name: 'src/excel refuses src/file', filePath: 'src/excel/probe.ts', source: sources.outerLayer },
    { name: 'src/file refuses src/excel', filePath: 'src/file/probe.ts', source: sources.excelPort },
    { name: 'src/excel refuses an app action', filePath: 'src/excel/probe.ts', source: sources.appAction },
    { name: 'src/file refuses the UI', filePath: 'src/file/probe.ts', source: sources.taskpane },
    { name: 'src/excel may implement app/port', filePath: 'src/excel/probe.ts', source: sources.appPort },
    { name: 'src/file may implement app/port', filePath: 'src/file/probe.ts', source: sources.appPort },
    { name: 'src/app refuses a port', filePath: 'src/app/probe.ts', source: sources.excelPort },
    { name: 'src/app refuses the UI', filePath: 'src/app/probe.ts', source: sources.taskpane },
  ];
  let results: string[][];

  beforeAll(() => {
    results = restrictedMessages([...pureLayerCases, ...allowedCases]);
  }, 120_000);

  it('refuses Office.js, React, Fluent UI, ExcelJS, Node built-ins and outer layers in domain/ and workbook/', () => {
    const refused = pureLayerCases.map((probe, index) => [probe.name, results[index].length > 0]);
    expect(refused).toEqual(pureLayerCases.map((probe) => [probe.name, true]));
  });

  it('keeps domain/ below workbook/, the ports apart and app/ on the port interface, and lets the outer layers import what they render with', () => {
    const offset = pureLayerCases.length;
    const counts = allowedCases.map((probe, index) => [probe.name, results[offset + index].length]);
    expect(counts).toEqual([
      ['src/domain refuses src/workbook', 1],
      ['src/app may import src/workbook', 0],
      ['src/file may import exceljs', 0],
      ['src/taskpane may import Fluent UI', 0],
      ['src/cli may import node:fs', 0],
      ['src/excel refuses src/file', 1],
      ['src/file refuses src/excel', 1],
      ['src/excel refuses an app action', 1],
      ['src/file refuses the UI', 1],
      ['src/excel may implement app/port', 0],
      ['src/file may implement app/port', 0],
      ['src/app refuses a port', 1],
      ['src/app refuses the UI', 1],
    ]);
  });
});
