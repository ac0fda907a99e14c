/**
 * A sheet's page layout for printing, as Office.js sets it: paper, orientation, fit to pages,
 * title rows, print area, margins, headers and footers, and page breaks.
 */
import type { HeaderFooterText, PrintSetup } from '../workbook/description';
import { centimetresToPoints } from './formats';

/**
 * Fit to pages as PageLayoutZoomOptions documents it: horizontalFitToPages and verticalFitToPages
 * are each a "Number of pages to fit horizontally/vertically", scale "between 10 and 400". The
 * description's 0 ("as many as needed") has no documented value, so that side is left out.
 */
export function zoomOf(fitTo: PrintSetup['fitTo']): Excel.PageLayoutZoomOptions {
  if (!fitTo || (fitTo.width < 1 && fitTo.height < 1)) return { scale: 100 };
  return {
    ...(fitTo.width >= 1 ? { horizontalFitToPages: fitTo.width } : {}),
    ...(fitTo.height >= 1 ? { verticalFitToPages: fitTo.height } : {}),
  };
}

export function queuePrint(sheet: Excel.Worksheet, print: PrintSetup, pageBreaks: boolean): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = zoomOf(print.fitTo);
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  if (print.area) layout.setPrintArea(print.area);
  if (print.margins) {
    const m = print.margins;
    layout.topMargin = centimetresToPoints(m.top);
    layout.bottomMargin = centimetresToPoints(m.bottom);
    layout.leftMargin = centimetresToPoints(m.left);
    layout.rightMargin = centimetresToPoints(m.right);
    layout.headerMargin = centimetresToPoints(m.header);
    layout.footerMargin = centimetresToPoints(m.footer);
  }
  const pages = layout.headersFooters.defaultForAllPages;
  const set = (text: HeaderFooterText | undefined, place: 'Header' | 'Footer') => {
    if (!text) return;
    if (text.left !== undefined) pages[`left${place}`] = text.left;
    if (text.center !== undefined) pages[`center${place}`] = text.center;
    if (text.right !== undefined) pages[`right${place}`] = text.right;
  };
  set(print.header, 'Header');
  set(print.footer, 'Footer');
  if (pageBreaks) for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
