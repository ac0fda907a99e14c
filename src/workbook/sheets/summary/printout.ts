/**
 * A drawn SheetCanvas as a sheet to file on paper: every printout of the add-in (the monthly and
 * annual summaries, the 党总支 roll-up, and per activity the 通知, 签到表 and 活动记录) is A4, one
 * page wide, without grid lines, with the unit centred in the page header and "第 P 页 共 N 页"
 * in the footer. Only what differs between them is passed in.
 */
import { headerFooterLiteral, type PrintSetup, type SheetDescription } from '../../description';
import type { SheetCanvas } from './canvas';
import { SUMMARY_MARGINS } from './parts';

export interface PrintoutOptions {
  kind: string;
  name: string;
  tabColor: string;
  /** The unit's name, printed at the top of every page. */
  unit: string;
  orientation: PrintSetup['orientation'];
  /** True: shrink to one page; false: run on over as many pages as needed. */
  onePage: boolean;
  /** Rows repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  /** A new page starts after each of these rows; none when empty or absent. */
  rowBreaks?: readonly number[];
  freeze?: SheetDescription['freeze'];
}

export const PAGE_FOOTER = '第 &P 页 共 &N 页';

/** The tab colour of the monthly and annual summaries. */
export const SUMMARY_TAB_COLOR = '#C00000';

export function printoutSheet(canvas: SheetCanvas, options: PrintoutOptions): SheetDescription {
  const { rowBreaks = [] } = options;
  return {
    kind: options.kind,
    name: options.name,
    tabColor: options.tabColor,
    showGridLines: false,
    columns: canvas.columns(),
    rows: canvas.rows(),
    blocks: [canvas.block()],
    styles: canvas.styles(),
    merges: canvas.merges(),
    ...(options.freeze ? { freeze: options.freeze } : {}),
    print: {
      paperSize: 'A4',
      orientation: options.orientation,
      fitTo: { width: 1, height: options.onePage ? 1 : 0 },
      ...(options.titleRows ? { titleRows: options.titleRows } : {}),
      margins: SUMMARY_MARGINS,
      header: { center: headerFooterLiteral(options.unit) },
      footer: { center: PAGE_FOOTER },
      centerHorizontally: true,
      ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
    },
  };
}
