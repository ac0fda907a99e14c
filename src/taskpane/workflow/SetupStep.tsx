import { useEffect, useState } from 'react';
import { Body1, Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { generateWorkbook } from '../../app/generate';
import { sampleMembers } from '../../app/sampleMembers';
import { type IsoWeekday, WEEKDAY_NAMES } from '../../domain/date';
import type { FixedDayReading } from '../../domain/fixedDays';
import type { ShiftPolicy } from '../../domain/settings';
import { SCHEDULE_YEARS } from '../../domain/schedule';
import { defaultSettings, type WorkbookSettings } from '../../workbook/sheets/settings';
import { parseOrdinals } from '../../workbook/sheets/settingsText';
import { fill } from '../format';
import { PaneInputError } from './errors';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { type StepProps, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

interface Form {
  unit: string;
  branches: string;
  year: string;
  weekday: IsoWeekday;
  ordinals: string;
  reading: FixedDayReading;
  policy: ShiftPolicy;
  threshold: string;
  sample: boolean;
}

function formOf(settings: WorkbookSettings | null, fallbackYear: number): Form {
  const s = settings ?? defaultSettings(fallbackYear);
  return {
    unit: s.unit,
    branches: s.branches.map((branch) => branch.name).join('\n'),
    year: String(s.year),
    weekday: s.weekday,
    ordinals: s.ordinals.join(','),
    reading: s.reading,
    policy: s.policy,
    threshold: String(Math.round(s.threshold * 100)),
    sample: false,
  };
}

/** The settings the form describes, keeping what only the 设置 sheet holds (signatories…). */
function settingsOf(
  form: Form,
  base: WorkbookSettings | null,
  strings: StepProps['strings'],
): WorkbookSettings {
  const year = Number(form.year.trim());
  if (!/^\d{4}$/.test(form.year.trim()) || year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to)
    throw new PaneInputError(strings.setupBadYear);
  const threshold = Number(form.threshold.trim());
  if (!Number.isFinite(threshold) || threshold < 1 || threshold > 100)
    throw new PaneInputError(strings.setupBadThreshold);
  const ordinals = parseOrdinals(form.ordinals);
  if (ordinals === null || ordinals.length === 0) throw new PaneInputError(strings.setupBadOrdinals);
  const names = [
    ...new Set(
      form.branches
        .split(/[\n,，、;；]/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length === 0 && !form.sample) throw new PaneInputError(strings.setupNoBranches);
  // It heads every print: a blank would leave the summaries without their unit.
  if (form.unit.trim() === '') throw new PaneInputError(strings.setupNoUnit);
  const start = base ?? defaultSettings(year);
  const kept = new Map(start.branches.map((branch) => [branch.name, branch]));
  return {
    ...start,
    unit: form.unit.trim(),
    year,
    weekday: form.weekday,
    ordinals,
    reading: form.reading,
    policy: form.policy,
    threshold: threshold / 100,
    branches: names.map((name) => kept.get(name) ?? { name, secretary: '', recorder: '' }),
  };
}

/** Rows for the 党支部 field: its lines plus one, at least 4, at most 10 (then it scrolls). */
export function branchRows(text: string): number {
  const lines = text.split('\n').length;
  return Math.min(Math.max(lines + 1, 4), 10);
}

const SAMPLE_BRANCHES = ['第一党支部', '第二党支部'];

/** The roster's branch names, one a line, when they are not what the form lists already. */
function rosterOffer(info: StepProps['info'], branches: string): string | null {
  if (info.rosterBranches.length === 0) return null;
  const names = info.rosterBranches.map((branch) => branch.branch);
  const typed = branches
    .split(/[\n,，、;；]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const same = names.length === typed.length && names.every((name, i) => name === typed[i]);
  return same ? null : names.join('\n');
}

export function SetupStep({ strings, access, info, refresh, now }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const [form, setForm] = useState<Form>(() => formOf(info.settings, now().getFullYear()));
  // A newly opened workbook brings its own settings.
  useEffect(() => setForm(formOf(info.settings, now().getFullYear())), [info.settings, now]);
  const offer = rosterOffer(info, form.branches);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((old) => ({ ...old, [key]: value }));

  const submit = () =>
    action.run(strings.setupStepRead, async (progress) => {
      let settings = settingsOf(form, info.settings, strings);
      if (form.sample && settings.branches.length === 0)
        settings = {
          ...settings,
          branches: SAMPLE_BRANCHES.map((name) => ({ name, secretary: '', recorder: '' })),
        };
      const members = form.sample ? sampleMembers(settings.branches.map((branch) => branch.name)) : undefined;
      progress(strings.setupStepWrite);
      const result = await access.run((port) =>
        generateWorkbook(port, { settings, members, requireUnit: true }),
      );
      await refresh();
      action.setOutcome({
        intent: result.problems.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.setupDone, {
          year: result.settings.year,
          branches: result.settings.branches.length,
          members: result.memberCount,
          activities: result.activityCount,
        })}${writtenText(strings, result.report)}`,
        lines: [...result.report.notices, ...result.problems.map((problem) => problem.message)],
      });
    });

  // A native <select> hands back the option's text value; each list maps it back to its typed value.
  const weekdays = WEEKDAY_NAMES.map((name, index) => {
    const weekday = (index + 1) as IsoWeekday;
    return { weekday, value: String(weekday), name };
  });
  const readings: Array<[FixedDayReading, string]> = [
    ['nth-weekday', strings.setupReadingNth],
    ['calendar-week', strings.setupReadingWeek],
  ];
  const policies: Array<[ShiftPolicy, string]> = [
    ['postpone', strings.setupPolicyPostpone],
    ['advance', strings.setupPolicyAdvance],
  ];
  return (
    <StepSection heading={strings.setupHeading}>
      <Field label={strings.setupUnit} hint={strings.setupUnitHint} required>
        <Input value={form.unit} onChange={(_, data) => set('unit', data.value)} />
      </Field>
      {offer !== null && (
        <div className={styles.offer}>
          <Body1 as="p" className={styles.text}>
            {fill(strings.setupRosterBranches, {
              sheet: info.rosterSheet ?? '',
              n: info.rosterBranches.length,
              branches: info.rosterBranches
                .map((branch) => fill(strings.setupRosterBranch, { branch: branch.branch, n: branch.count }))
                .join('、'),
            })}
          </Body1>
          <div className={styles.buttons}>
            <Button size="small" onClick={() => set('branches', offer)}>
              {strings.setupUseRosterBranches}
            </Button>
          </div>
        </div>
      )}
      <Field label={strings.setupBranches} hint={strings.setupBranchesHint}>
        <Textarea
          value={form.branches}
          resize="vertical"
          // Every branch in view with a free line for the next one (Fluent's default of two rows
          // scrolled the first branch out of sight); the user can drag it taller still.
          rows={branchRows(form.branches)}
          onChange={(_, data) => set('branches', data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Field label={strings.setupYear} className={styles.grow}>
          <Input inputMode="numeric" value={form.year} onChange={(_, data) => set('year', data.value)} />
        </Field>
        <Field label={strings.setupThreshold} className={styles.grow}>
          <Input
            inputMode="numeric"
            value={form.threshold}
            onChange={(_, data) => set('threshold', data.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={strings.setupWeekday} className={styles.grow}>
          <Select
            value={String(form.weekday)}
            onChange={(_, data) => {
              const day = weekdays.find((d) => d.value === data.value);
              if (day !== undefined) set('weekday', day.weekday);
            }}
          >
            {weekdays.map((day) => (
              <option key={day.value} value={day.value}>
                {day.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.setupOrdinals} hint={strings.setupOrdinalsHint} className={styles.grow}>
          <Input value={form.ordinals} onChange={(_, data) => set('ordinals', data.value)} />
        </Field>
      </div>
      <Field label={strings.setupReading}>
        <Select
          value={form.reading}
          onChange={(_, data) => {
            const reading = readings.find(([value]) => value === data.value);
            if (reading !== undefined) set('reading', reading[0]);
          }}
        >
          {readings.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.setupPolicy}>
        <Select
          value={form.policy}
          onChange={(_, data) => {
            const policy = policies.find(([value]) => value === data.value);
            if (policy !== undefined) set('policy', policy[0]);
          }}
        >
          {policies.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={form.sample}
        label={strings.setupSample}
        onChange={(_, data) => set('sample', data.checked === true)}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy} onClick={() => void submit()}>
          {strings.setupRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
    </StepSection>
  );
}
