/**
 * 关于与诊断: the add-in's version, where it runs (host and platform), the Office version, the
 * ExcelApi requirement sets this Excel supports and the last error with its codes, with a button
 * that copies them for a bug report. Folded until asked for; read afresh each time it is opened.
 * Nothing is sent anywhere.
 */
import { useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';
import { ADDIN_VERSION } from '../../version';
import {
  collectDiagnostics,
  diagnosticsLines,
  diagnosticsText,
  readOfficeFacts,
  type OfficeFacts,
} from '../diagnostics/collect';
import { copyText } from '../diagnostics/copyText';
import { useLastError } from '../diagnostics/lastError';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0 },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalXXS,
  },
  label: { ...typographyStyles.caption1Strong, margin: 0 },
  value: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface DiagnosticsProps {
  strings: PaneStrings;
  /** Office.context's facts; read from office.js by default. */
  readOffice?: () => OfficeFacts | null;
  version?: string;
  userAgent?: string;
  copy?: (text: string, textarea: HTMLTextAreaElement | null) => Promise<boolean>;
}

export function DiagnosticsSection({
  strings,
  readOffice = readOfficeFacts,
  version = ADDIN_VERSION,
  userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent,
  copy = copyText,
}: DiagnosticsProps) {
  const styles = useStyles();
  const lastError = useLastError();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const diagnostics = useMemo(
    () => (open ? collectDiagnostics(readOffice(), version, userAgent, lastError) : null),
    [open, readOffice, version, userAgent, lastError],
  );
  const text = diagnostics ? diagnosticsText(diagnostics, strings) : '';

  const toggle = () => {
    setOpen((was) => !was);
    setCopied(null);
  };
  const copyAll = async () => setCopied(await copy(text, textarea.current));

  return (
    <section className={styles.section} aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading" className={styles.heading}>
        {strings.diagnosticsHeading}
      </h2>
      <div className={styles.buttons}>
        <Button appearance="subtle" aria-expanded={open} aria-controls="diagnostics-body" onClick={toggle}>
          {open ? strings.diagnosticsHide : strings.diagnosticsShow}
        </Button>
      </div>
      {diagnostics && (
        <div id="diagnostics-body" className={styles.section}>
          <Caption1 as="p" className={styles.text}>
            {strings.diagnosticsIntro}
          </Caption1>
          <dl className={styles.facts}>
            {diagnosticsLines(diagnostics, strings).map(([label, value]) => (
              <div key={label}>
                <dt className={styles.label}>{label}</dt>
                <dd className={styles.value}>
                  <Body1>{value}</Body1>
                </dd>
              </div>
            ))}
          </dl>
          <Textarea
            ref={textarea}
            aria-label={strings.diagnosticsTextLabel}
            value={text}
            readOnly
            resize="vertical"
            rows={4}
          />
          <div className={styles.buttons}>
            <Button onClick={() => void copyAll()}>{strings.diagnosticsCopy}</Button>
          </div>
          <Caption1 as="p" role="status" className={styles.text}>
            {copied === null ? '' : copied ? strings.diagnosticsCopied : strings.diagnosticsCopyFailed}
          </Caption1>
        </div>
      )}
    </section>
  );
}
