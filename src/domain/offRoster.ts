/**
 * Entries typed for a member at activities when the member was not on the branch's roster: before
 * 在册起 (joined, transferred in, or came back) or after 在册止 (left, transferred out). A member who
 * leaves and comes back has a gap the secretary may go on marking by habit. Such an entry is kept
 * in the 出勤 sheet (marks are written back by member and activity id, whatever they are) and
 * counts for nothing (the member is not due that day: src/domain/standing.ts); this says so, one
 * warning per member and month, naming each entry, so it is neither lost nor silently ignored.
 */
import { type CalendarDate, monthKeyOf } from './date';
import type { Ledger } from './ledger';
import type { Mark } from './attendance';
import { memberLabels } from './memberLabels';
import { rowSpan, standingAt } from './standing';
import type { DomainWarning } from './warning';
import { offRosterMessages } from '../strings/attendance';

function markText(mark: Mark): string | null {
  switch (mark.kind) {
    case 'blank':
      return null;
    case 'code':
      return mark.code;
    case 'unknown':
      return mark.text;
    case 'conflict':
      return mark.texts.join(' / ');
  }
}

export function offRosterWarnings(ledger: Ledger): DomainWarning[] {
  const warnings: DomainWarning[] = [];
  for (const branch of ledger.branches) {
    const dates = branch.activities.map((activity) => activity.date);
    const labels = memberLabels(branch.rows.map((row) => row.member));
    for (const row of branch.rows) {
      const span = rowSpan(row.member, dates);
      const byMonth = new Map<string, Array<{ date: CalendarDate; text: string }>>();
      row.marks.forEach((recorded, column) => {
        const text = recorded === undefined ? null : markText(recorded.mark);
        if (text === null || standingAt(span, column) !== 'off-roster') return;
        const month = monthKeyOf(dates[column]);
        const list = byMonth.get(month) ?? [];
        list.push({ date: dates[column], text });
        byMonth.set(month, list);
      });
      for (const [month, entries] of byMonth)
        warnings.push({
          code: 'off-roster-entry',
          message: offRosterMessages.entries({
            branch: branch.branch,
            name: labels.get(row.member.id) ?? row.member.name,
            memberId: row.member.id,
            from: row.member.onRosterFrom,
            to: row.member.onRosterTo,
            entries,
          }),
          branch: branch.branch,
          memberId: row.member.id,
          month,
          date: entries[0].date,
        });
    }
  }
  return warnings;
}
