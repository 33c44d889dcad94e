/**
 * The subset of the Excel JavaScript API (Office.js) the add-in uses, as plain interfaces.
 *
 * Everything in src/excel/ is written against these interfaces instead of the `Excel.*` classes,
 * so the same code runs on the real API and on the typed recording fake in test/excel/. The
 * assignment checks at the bottom make the compiler prove that the real `Excel.RequestContext`
 * satisfies this subset: a property or method spelled or typed differently from Office.js fails
 * `tsc`, so the fake cannot drift away from the real API.
 *
 * Requirement sets (ExcelApi) of what is used, checked with `isSetSupported` before use:
 * 1.4 names.add, settings, getItemOrNullObject, getUsedRangeOrNullObject · 1.5 customXmlParts ·
 * 1.6 conditional formats, suspendApiCalculationUntilNextSync · 1.7 chart series and ids, NamedItem.formula ·
 * 1.8 data validation · 1.9 copyFrom (fill a column from its first row) · 1.10 comments ·
 * 1.13 Table.resize (refresh grows a table in place) · 1.18 notes · 1.20 one undo group per run.
 */

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlLoadable {
  load(propertyNames?: string): unknown;
}

export interface XlNullable {
  readonly isNullObject: boolean;
}

export interface XlFont extends XlLoadable {
  bold: boolean;
  size: number;
  color: string;
}

export interface XlRangeFormat extends XlLoadable {
  /** Width of every column in the range, in points. */
  columnWidth: number;
  font: XlFont;
}

export interface XlListValidation {
  inCellDropDown: boolean;
  source: unknown;
}

export interface XlDataValidationRule {
  list?: XlListValidation;
}

export interface XlDataValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: string;
  title: string;
}

export interface XlDataValidation extends XlLoadable {
  rule: XlDataValidationRule;
  errorAlert: XlDataValidationErrorAlert;
  clear(): void;
}

export interface XlConditionalFormatRule extends XlLoadable {
  formula: string;
}

export interface XlCustomConditionalFormat {
  readonly rule: XlConditionalFormatRule;
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
}

/** One end (or the middle) of a color scale. */
export interface XlColorScaleCriterion {
  /** Excel.ConditionalFormatColorCriterionType: 'LowestValue', 'HighestValue', 'Percentile' … */
  type: string;
  formula?: string | null;
  color?: string;
}

export interface XlColorScaleConditionalFormat {
  criteria: { minimum: XlColorScaleCriterion; midpoint?: XlColorScaleCriterion; maximum: XlColorScaleCriterion };
}

export interface XlConditionalFormat extends XlLoadable {
  readonly type: string;
  readonly custom: XlCustomConditionalFormat;
  readonly colorScale: XlColorScaleConditionalFormat;
  priority: number;
  stopIfTrue: boolean;
  getRange(): XlRange;
  delete(): void;
}

export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: 'Custom' | 'ColorScale'): XlConditionalFormat;
  clearAll(): void;
}

export interface XlRange extends XlLoadable, XlNullable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly worksheet: XlWorksheet;
  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link'): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
}

export interface XlTable extends XlLoadable, XlNullable {
  readonly id: string;
  name: string;
  style: string;
  readonly worksheet: XlWorksheet;
  getRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
  convertToRange(): XlRange;
  resize(newRange: string): void;
}

export interface XlTableCollection extends XlLoadable {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItemOrNullObject(key: string): XlTable;
}

export interface XlNamedItem extends XlLoadable, XlNullable {
  readonly name: string;
  formula: unknown;
  /** For a name that refers to cells, their address ("Settings!$B$3"); "#REF!" when they are gone. */
  readonly value: unknown;
  getRangeOrNullObject(): XlRange;
  delete(): void;
}

export interface XlNamedItemCollection extends XlLoadable {
  readonly items: XlNamedItem[];
  add(name: string, reference: string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlSetting extends XlLoadable, XlNullable {
  value: unknown;
  delete(): void;
}

export interface XlSettingCollection {
  add(key: string, value: unknown): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlCustomXmlPart extends XlLoadable, XlNullable {
  readonly id: string;
  getXml(): XlClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): { getOnlyItemOrNullObject(): XlCustomXmlPart };
}

export interface XlChartSeries {
  name: string;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChart extends XlLoadable {
  readonly id: string;
  name: string;
  readonly title: { text: string };
  readonly series: { add(name?: string, index?: number): XlChartSeries; getItemAt(index: number): XlChartSeries };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlChartCollection extends XlLoadable {
  readonly items: XlChart[];
  add(type: 'ColumnClustered' | 'BarClustered' | 'Line' | 'Pie', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
}

export interface XlHeaderFooter extends XlLoadable {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Page setup (ExcelApi 1.9). */
export interface XlPageLayout extends XlLoadable {
  /** 'Portrait' | 'Landscape'; 'A4' | 'Letter' … (Excel's enums are strings). */
  orientation: string;
  paperSize: string;
  /** Set as a whole object; a fit omitted is automatic (as many pages as needed). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
  setPrintTitleRows(rows: string): void;
  setPrintArea(area: string): void;
  getPrintTitleRowsOrNullObject(): XlLoadable & XlNullable & { readonly address: string };
  getPrintAreaOrNullObject(): XlLoadable & XlNullable & { readonly address: string };
}

/** Manual page breaks above rows (ExcelApi 1.9). */
export interface XlPageBreaks extends XlLoadable {
  readonly items: { readonly rowIndex: number }[];
  add(pageBreakRange: string): unknown;
  removePageBreaks(): void;
}

export interface XlWorksheet extends XlLoadable, XlNullable {
  readonly id: string;
  name: string;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlFreezePanes;
  readonly comments: { add(cellAddress: string, content: string): unknown };
  readonly notes: { add(cellAddress: string, content: string): unknown };
  /** ExcelApi 1.2: a closed statement is protected; reopening unprotects it. */
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  readonly horizontalPageBreaks: XlPageBreaks;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetProtection extends XlLoadable {
  readonly protected: boolean;
  protect(options?: { allowFormatColumns?: boolean; allowFormatRows?: boolean }): void;
  unprotect(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly names: XlNamedItemCollection;
  readonly settings: XlSettingCollection;
  readonly customXmlParts: XlCustomXmlPartCollection;
  getSelectedRange(): XlRange;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<unknown>;
}

/**
 * Where the add-in meets Office: `Excel.run`, the requirement-set check and the display
 * language. `officeEnv()` is the real one; tests pass a fake.
 */
export interface ExcelRunOptions {
  /** Merge every sync of the run into one undo step (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
}

export interface ExcelEnv {
  run<T>(batch: (context: XlRequestContext) => Promise<T>, options?: ExcelRunOptions): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  displayLanguage(): string;
}

export function officeEnv(): ExcelEnv {
  return {
    run: <T>(batch: (context: XlRequestContext) => Promise<T>, options?: ExcelRunOptions) =>
      options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, (context) => batch(context)) : Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage ?? 'en-US',
  };
}

// Compile-time proof that the real API satisfies the subset (never called).
export const _realContextFitsSubset = (context: Excel.RequestContext): XlRequestContext => context;
export const _realRangeFitsSubset = (range: Excel.Range): XlRange => range;
