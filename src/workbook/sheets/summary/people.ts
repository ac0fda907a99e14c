/**
 * 月度汇总's list of people: everyone on leave, absent, late, left early or not recorded, with the
 * reason recorded — one row per person, or (when that would not fit the page) one row per day and
 * situation with the names grouped by reason. An activity with nothing recorded is one line, not
 * every name of the branch.
 */
import type { ActivityLine, PersonMark, PersonRef } from '../../../domain/summaries';
import { CODE_LABELS } from '../../../strings/attendance';
import { MONTH_SUMMARY as T } from '../../../strings/summary';
import type { SheetCanvas, Span } from './canvas';
import { BELOW_COLOR, BODY_FONT, drawBodyRow, drawHeader, drawParagraph } from './parts';

const one = (column: number): Span => [column, column];
const PEOPLE_SPANS: Span[] = [one(1), one(2), one(3), one(4), [5, 16]];
/** The compact list: 日期, 情况 (with the count), then the people of that day and situation by reason. */
const GROUP_SPANS: Span[] = [[1, 2], one(3), [4, 16]];

interface PersonLine {
  line: ActivityLine;
  situation: string;
  /** The person as printed, or who a line of many stands for (全体应到人员). */
  name: string;
  reason: string;
  /** People the line stands for. */
  count: number;
}

function peopleOf(lines: readonly ActivityLine[]): PersonLine[] {
  const people: PersonLine[] = [];
  for (const line of lines) {
    const mark = (person: PersonMark): PersonLine => ({
      line,
      situation: CODE_LABELS[person.code],
      name: nameOf(person),
      reason: person.reason ?? T.noReason,
      count: 1,
    });
    people.push(...line.absentees.map(mark), ...line.lateOrEarly.map(mark));
    // Nothing recorded: one line for the activity, not every name of the branch.
    if (line.figures.held && line.figures.recording === 'none') {
      people.push({
        line,
        situation: T.unrecordedSituation,
        name: T.everyoneDue,
        reason: T.nothingRecordedHint(line.figures.due),
        count: line.figures.due,
      });
      continue;
    }
    people.push(
      ...line.unrecorded.map((person) => ({
        line,
        situation: T.unrecordedSituation,
        name: nameOf(person),
        reason: T.unrecordedHint,
        count: 1,
      })),
    );
  }
  return people;
}

/** The name as shown (namesakes told apart), with the 类别 when it is not 正式党员. */
function nameOf(person: PersonRef): string {
  if (person.category === '正式党员' || person.label.includes(person.category)) return person.label;
  return `${person.label}（${person.category}）`;
}

export function drawPeople(canvas: SheetCanvas, lines: readonly ActivityLine[]): void {
  const people = peopleOf(lines);
  drawHeader(canvas, PEOPLE_SPANS, T.peopleHeader);
  if (people.length === 0) {
    drawParagraph(canvas, T.nobody, true);
    return;
  }
  const first = canvas.lastRow + 1;
  people.forEach((entry, i) => {
    const row = drawBodyRow(
      canvas,
      PEOPLE_SPANS,
      [i + 1, { date: entry.line.date }, entry.situation, entry.name, entry.reason],
      new Set([4]),
    );
    if (entry.situation === CODE_LABELS['×'])
      canvas.style(row, 3, row, 3, { font: { ...BODY_FONT, color: BELOW_COLOR } });
  });
  canvas.style(first, 2, canvas.lastRow, 2, { numberFormat: 'm"月"d"日"' });
}

/**
 * The same people, one row per day and situation (事假, 病假, 缺席, 迟到, 早退, 未登记, in the order
 * they come), the count beside the situation, the names grouped by reason: “住院治疗：张三、李四；
 * 外出培训：王五”.
 */
export function drawPeopleGrouped(canvas: SheetCanvas, lines: readonly ActivityLine[]): void {
  const people = peopleOf(lines);
  drawHeader(canvas, GROUP_SPANS, T.groupedHeader);
  if (people.length === 0) {
    drawParagraph(canvas, T.nobody, true);
    return;
  }
  const groups = new Map<
    string,
    { line: ActivityLine; situation: string; count: number; byReason: Map<string, string[]> }
  >();
  for (const entry of people) {
    const key = `${entry.line.activityId}\u0000${entry.situation}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { line: entry.line, situation: entry.situation, count: 0, byReason: new Map() };
      groups.set(key, group);
    }
    const names = group.byReason.get(entry.reason) ?? [];
    names.push(entry.name);
    group.byReason.set(entry.reason, names);
    group.count += entry.count;
  }
  const first = canvas.lastRow + 1;
  for (const { line, situation, count, byReason } of groups.values()) {
    const text = [...byReason]
      .map(([reason, names]) => (names[0] === T.everyoneDue ? reason : `${reason}：${names.join('、')}`))
      .join('；');
    const row = drawBodyRow(
      canvas,
      GROUP_SPANS,
      [{ date: line.date }, T.groupedSituation(situation, count), text],
      new Set([2]),
    );
    if (situation === CODE_LABELS['×'])
      canvas.style(row, 3, row, 3, { font: { ...BODY_FONT, color: BELOW_COLOR } });
  }
  canvas.style(first, 1, canvas.lastRow, 2, { numberFormat: 'm"月"d"日"' });
}
