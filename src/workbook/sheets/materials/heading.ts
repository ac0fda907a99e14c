/** The lines every per-activity sheet starts with: unit, branch, 主题, 时间, 地点, 主持人. */
import { MATERIAL_SHEETS as M } from '../../../strings/materials';
import { type SheetCanvas, type Span } from '../summary/canvas';
import { BODY_FONT } from '../summary/parts';

export interface ActivityHeading {
  unit: string;
  branch: string;
  activityId: string;
  /** The theme day's full name (党员学习教育日 …). */
  themeName: string;
  topic?: string;
  /** '2027年3月15日（星期一）14:30'. */
  when: string;
  place?: string;
  host?: string;
  recorder?: string;
}

/** A line of two labelled texts (left and right halves), or one across. */
export function drawLabelled(canvas: SheetCanvas, spans: readonly Span[], texts: readonly string[]): number {
  const row = canvas.addRow();
  canvas.fill(row, spans, texts);
  canvas.styleRows(row, row, {
    font: { ...BODY_FONT, size: 11 },
    vertical: 'center',
    horizontal: 'left',
    wrapText: true,
  });
  canvas.fitRow(row, spans, texts, 11);
  canvas.height(row, 20);
  return row;
}

/** 单位/党支部, 主题, 时间/地点, 主持人/记录人 (the last only when `withRecorder`). */
export function drawActivityHeading(
  canvas: SheetCanvas,
  heading: ActivityHeading,
  halves: readonly [Span, Span],
  withRecorder: boolean,
): void {
  const all: Span = [halves[0][0], halves[1][1]];
  drawLabelled(canvas, halves, [M.unit(heading.unit), M.branch(heading.branch)]);
  drawLabelled(canvas, [all], [M.theme(heading.themeName, heading.topic)]);
  drawLabelled(canvas, halves, [M.time(heading.when), M.place(heading.place)]);
  drawLabelled(canvas, halves, [M.host(heading.host), withRecorder ? M.recorder(heading.recorder) : '']);
}
