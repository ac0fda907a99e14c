/**
 * Two small sheet descriptions used by the file-port tests: a settings sheet (a table with defined names),
 * and an attendance grid with codes, live formulas, a drop-down, conditional formats,
 * frozen headers and a print setup. The expected figures are worked out by hand in the comments.
 */
import { dateOf } from '../../src/domain/date';
import { ALL_EDGES, sheetToken, type Cell, type SheetDescription } from '../../src/workbook/description';

export const CODES = ['√', '迟', '早', '事', '病', '×', '免'] as const;

export const settingsSheet: SheetDescription = {
  kind: 'settings',
  name: '设置',
  tabColor: '#C00000',
  columns: [
    { column: 1, width: 16 },
    { column: 2, width: 30 },
  ],
  blocks: [
    {
      anchor: 'A1',
      cells: [
        ['项目', '内容'],
        ['到会率下限', 0.8],
        ['单位名称', '张店分局机关党总支'],
        ['年度', 2027],
      ],
    },
  ],
  styles: [
    { range: 'A1:B1', style: { font: { bold: true }, fill: '#D9E1F2' } },
    { range: 'B2', style: { numberFormat: '0%' } },
  ],
  tables: [{ name: 'PD_Settings', range: 'A1:B4', style: 'TableStyleLight9', showRowStripes: true }],
  names: [
    { name: 'PD_Threshold', range: 'B2' },
    { name: 'PD_Unit', range: 'B3' },
  ],
};

/**
 * Members × activities. Column C (2027-01-08): √ 事 迟 免 → 应到 3 (免 not due), 实到 2 (√ 迟),
 * rate 2/3. Column D (2027-01-22): √ × √ √ → 应到 4, 实到 3, rate 0.75. Column E: nobody recorded
 * → 应到 0, and the rate formula's IFERROR gives "".
 */
export function attendanceSheet(): SheetDescription {
  const countRow = (label: string, formula: (col: string) => string): Cell[] => [
    label,
    null,
    ...['C', 'D', 'E'].map((col) => ({ formula: formula(col) })),
  ];
  return {
    kind: 'attendance.b01',
    name: '出勤登记',
    tabColor: '#2F5597',
    columns: [
      { column: 1, width: 10 },
      { column: 2, width: 14 },
      { column: 3, width: 12 },
      { column: 4, width: 12 },
      { column: 5, width: 12 },
    ],
    rows: [{ row: 1, height: 28 }],
    blocks: [
      { anchor: 'A1', cells: [[{ formula: `=${sheetToken('settings')}!$B$3&" 出勤登记"` }]] },
      {
        anchor: 'A2',
        cells: [
          [
            '编号',
            '姓名',
            { date: dateOf(2027, 1, 8) },
            { date: dateOf(2027, 1, 22) },
            { date: dateOf(2027, 2, 12) },
          ],
          ['D0001', '阎平', '√', '√', null],
          ['D0002', '汪磊', '事', '×', null],
          ['D0003', '=SUM(1,2)', '迟', '√', null],
          ['D0004', '+86 138', '免', '√', null],
        ],
      },
      {
        anchor: 'A8',
        cells: [
          countRow('应到', (c) => `=COUNTA(${c}3:${c}6)-COUNTIF(${c}3:${c}6,"免")`),
          countRow(
            '实到',
            (c) => `=COUNTIF(${c}3:${c}6,"√")+COUNTIF(${c}3:${c}6,"迟")+COUNTIF(${c}3:${c}6,"早")`,
          ),
          countRow('到会率', (c) => `=IFERROR(${c}9/${c}8,"")`),
          countRow('达标', (c) => `=IF(${c}10="","",IF(${c}10>=PD_Threshold,"达标","未达标"))`),
        ],
      },
      { anchor: 'A13', cells: [['@备注：以上为示例'], ['-1 不是公式']] },
    ],
    styles: [
      { range: 'A1', style: { font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'center' } },
      {
        range: 'A2:E11',
        style: { borders: [{ edges: ALL_EDGES, line: 'thin', color: '#808080' }], horizontal: 'center' },
      },
      { range: 'A2:E2', style: { font: { bold: true, color: '#FFFFFF' }, fill: '#2F5597' } },
      { range: 'C2:E2', style: { numberFormat: 'm"月"d"日"' } },
      { range: 'C10:E10', style: { numberFormat: '0.0%' } },
    ],
    merges: ['A1:E1'],
    validations: [
      {
        range: 'C3:E6',
        rule: { type: 'list', values: [...CODES] },
        allowBlank: true,
        errorTitle: '出勤代码',
        error: '请从下拉列表中选择出勤代码：√ 迟 早 事 病 × 免。',
        prompt: '√出席 迟迟到 早早退 事事假 病病假 ×缺席 免免参加',
      },
    ],
    conditionalFormats: [
      {
        range: 'C3:E6',
        rule: { type: 'cellValue', operator: 'equal', formulas: ['="×"'] },
        format: { fill: '#FFC7CE', fontColor: '#9C0006' },
      },
      {
        range: 'C3:E6',
        rule: { type: 'expression', formula: '=OR(C3="事",C3="病")' },
        format: { fill: '#FFEB9C' },
      },
      {
        range: 'C10:E10',
        rule: { type: 'expression', formula: `=AND(C10<>"",C10<PD_Threshold)` },
        format: { fontColor: '#C00000', bold: true },
      },
    ],
    freeze: { rows: 2, columns: 2 },
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitTo: { width: 1, height: 0 },
      titleRows: { first: 1, last: 2 },
      area: 'A1:E14',
      margins: { top: 1.9, bottom: 1.9, left: 1.8, right: 1.8, header: 0.8, footer: 0.8 },
      header: { center: '张店分局机关党总支' },
      footer: { center: '第 &P 页 共 &N 页' },
      centerHorizontally: true,
    },
  };
}
