/** Excel.PageLayout (ExcelApi 1.9): paper, orientation, fit to pages, print titles/area, margins, headers and footers. */

import { formatLocal, parseLocalAddress, splitSheet } from './address';
import { zoomProblem } from './documentedForms';
import { fakeError } from './errors';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';
import type { PageLayoutState } from './state';
import type { FakeWorksheet } from './worksheet';

const paperSizes = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
];
const marginNames = [
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
] as const;
const headerFooterParts = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];

export class FakePageLayout extends FakeClientObject {
  readonly typeName = 'PageLayout';
  protected readonly scalarNames = [
    'orientation',
    'paperSize',
    'zoom',
    'centerHorizontally',
    'centerVertically',
    'printGridlines',
    'printHeadings',
    ...marginNames,
  ] as const;
  private readonly sheet: FakeWorksheet;
  private hf?: FakeHeaderFooterGroup;

  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
    this.reachedBy(sheet, 'pageLayout');
  }

  layout(location: string): PageLayoutState {
    return this.sheet.sheetOrThrow(location).pageLayout;
  }

  protected override isMissing(): boolean {
    return this.sheet.resolveSheet() === undefined;
  }
  protected override snapshot(): Record<string, unknown> {
    const p = this.layout('PageLayout.load');
    return { ...p, zoom: { ...p.zoom } };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    super.queueLoad(spec, 'pageLayout');
  }

  private write(
    name: string,
    value: unknown,
    check: (v: unknown) => boolean,
    apply: (p: PageLayoutState) => void,
  ): void {
    this.queueSet(
      name,
      value,
      () => {
        if (!check(value)) throw fakeError('InvalidArgument', `PageLayout.${name}`);
        apply(this.layout(`PageLayout.${name}`));
      },
      'pageLayout',
    );
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.write(
      'orientation',
      v,
      (x) => x === 'Portrait' || x === 'Landscape',
      (p) => void (p.orientation = v),
    );
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.write(
      'paperSize',
      v,
      (x) => paperSizes.includes(String(x)),
      (p) => void (p.paperSize = v),
    );
  }
  get zoom(): PageLayoutState['zoom'] {
    return this.read('zoom');
  }
  set zoom(v: PageLayoutState['zoom']) {
    this.queueSet(
      'zoom',
      v,
      () => {
        // Only the documented values (documentedForms.ts): no 0 pages, no scale beside pages.
        const problem = zoomProblem(v);
        if (problem !== null) throw fakeError('InvalidArgument', 'PageLayout.zoom', problem);
        this.layout('PageLayout.zoom').zoom = { ...v };
      },
      'pageLayout',
    );
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.write(
      'centerHorizontally',
      v,
      (x) => typeof x === 'boolean',
      (p) => void (p.centerHorizontally = v),
    );
  }
  get centerVertically(): boolean {
    return this.read('centerVertically');
  }
  set centerVertically(v: boolean) {
    this.write(
      'centerVertically',
      v,
      (x) => typeof x === 'boolean',
      (p) => void (p.centerVertically = v),
    );
  }
  get printGridlines(): boolean {
    return this.read('printGridlines');
  }
  set printGridlines(v: boolean) {
    this.write(
      'printGridlines',
      v,
      (x) => typeof x === 'boolean',
      (p) => void (p.printGridlines = v),
    );
  }
  get printHeadings(): boolean {
    return this.read('printHeadings');
  }
  set printHeadings(v: boolean) {
    this.write(
      'printHeadings',
      v,
      (x) => typeof x === 'boolean',
      (p) => void (p.printHeadings = v),
    );
  }

  get headersFooters(): FakeHeaderFooterGroup {
    this.hf ??= new FakeHeaderFooterGroup(this);
    return this.hf;
  }

  /** A range or address on this sheet, as the rows/columns/area Excel stores ('$1:$2', 'A1:F20'). */
  private rectOf(
    source: FakeRange | string,
    location: string,
  ): { row: number; column: number; rowCount: number; columnCount: number } {
    if (typeof source !== 'string') return source.where(location).rect;
    const { sheet, local } = splitSheet(source);
    if (sheet !== undefined && sheet !== this.sheet.sheetOrThrow(location).name)
      throw fakeError('InvalidArgument', location);
    return parseLocalAddress(local.replace(/\$/g, ''), location);
  }

  setPrintArea(area: FakeRange | string): void {
    this.queueCall(
      'setPrintArea',
      [typeof area === 'string' ? area : 'Range'],
      () => {
        const rect = this.rectOf(area, 'PageLayout.setPrintArea');
        this.layout('PageLayout.setPrintArea').printArea = formatLocal(rect);
      },
      'pageLayout',
    );
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.queueCall(
      'setPrintTitleRows',
      [typeof rows === 'string' ? rows : 'Range'],
      () => {
        const rect = this.rectOf(rows, 'PageLayout.setPrintTitleRows');
        this.layout('PageLayout.setPrintTitleRows').printTitleRows =
          `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
      },
      'pageLayout',
    );
  }
  setPrintTitleColumns(columns: FakeRange | string): void {
    this.queueCall(
      'setPrintTitleColumns',
      [typeof columns === 'string' ? columns : 'Range'],
      () => {
        const rect = this.rectOf(columns, 'PageLayout.setPrintTitleColumns');
        const local = formatLocal({ ...rect, row: 0, rowCount: 1 }).replace(/\d+/g, '');
        const [a, b] = local.includes(':') ? local.split(':') : [local, local];
        this.layout('PageLayout.setPrintTitleColumns').printTitleColumns = `$${a}:$${b}`;
      },
      'pageLayout',
    );
  }
  setPrintMargins(unit: string, options: Partial<Record<(typeof marginNames)[number], number>>): void {
    this.queueCall(
      'setPrintMargins',
      [unit, options],
      () => {
        const factor =
          unit === 'Points' ? 1 : unit === 'Inches' ? 72 : unit === 'Centimeters' ? 72 / 2.54 : NaN;
        if (Number.isNaN(factor)) throw fakeError('InvalidArgument', 'PageLayout.setPrintMargins');
        const p = this.layout('PageLayout.setPrintMargins');
        for (const name of marginNames) {
          const v = options[name];
          if (v === undefined) continue;
          if (typeof v !== 'number' || v < 0)
            throw fakeError('InvalidArgument', 'PageLayout.setPrintMargins');
          p[name] = v * factor;
        }
      },
      'pageLayout',
    );
  }
}

for (const name of marginNames) {
  Object.defineProperty(FakePageLayout.prototype, name, {
    get(this: FakePageLayout) {
      return (this as unknown as { read(n: string): number }).read(name);
    },
    set(this: FakePageLayout, v: number) {
      (
        this as unknown as {
          write: (n: string, v: unknown, c: (x: unknown) => boolean, a: (p: PageLayoutState) => void) => void;
        }
      ).write(
        name,
        v,
        (x) => typeof x === 'number' && x >= 0 && x <= 1440,
        (p) => void (p[name] = v),
      );
    },
    configurable: true,
  });
}

export class FakeHeaderFooterGroup {
  readonly defaultForAllPages: Record<string, string>;
  readonly firstPage: Record<string, string>;
  readonly evenPages: Record<string, string>;
  readonly oddPages: Record<string, string>;
  constructor(layout: FakePageLayout) {
    const make = (group: string): Record<string, string> => {
      const target: Record<string, string> = {};
      for (const part of headerFooterParts) {
        const key = `${group}.${part}`;
        let local: string | undefined;
        Object.defineProperty(target, part, {
          enumerable: true,
          get: () => {
            if (local === undefined) throw fakeError('PropertyNotLoaded', `HeaderFooter.${part}`);
            return local;
          },
          set: (v: string) => {
            local = v;
            layout.context.enqueue({
              wire: { target: layout, k: 'set', n: part, a: v },
              location: `HeaderFooter.${part}`,
              api: 'pageLayout',
              apply: () => {
                // Excel limits each header/footer section to 255 characters.
                if (typeof v !== 'string' || v.length > 255)
                  throw fakeError('InvalidArgument', `HeaderFooter.${part}`);
                layout.layout(`HeaderFooter.${part}`).headersFooters[key] = v;
              },
            });
          },
        });
      }
      return target;
    };
    this.defaultForAllPages = make('defaultForAllPages');
    this.firstPage = make('firstPage');
    this.evenPages = make('evenPages');
    this.oddPages = make('oddPages');
  }
}
