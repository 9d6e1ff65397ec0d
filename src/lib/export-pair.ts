// The exports of the compare and change views: the SVG spec (title, the summary sentence, the
// legend with the same colours and patterns as the map, the same categories) and the CSV (each
// side's evidence rows, with the state's category), from the same view model the map draws.
import type { PairViewModel } from './compare-view-model';
import { PAIR_PALETTE, type PairColored, type PairPatterned } from './compare-palette';
import { the } from './compare-words';
import { CSV_COLUMNS, csvRows, toCsv, type CsvExportInput } from './export-csv';
import { exportSourceLine, type ExportLegendEntry, type ExportSvgSpec, type PatternKind } from './export-svg';
import { PALETTE, type ColorScheme } from './palette';
import type { CompiledAtlas, Dataset, Iso3, IsoDate } from './types';

/** The same pattern as on screen (pair-style.ts; `uncertain` as everywhere). */
const PAIR_PATTERN: Record<string, PatternKind> = { 'first-only': 'hatch', 'second-only': 'dots', 'already-signed': 'stripes', uncertain: 'hatch-fine' };

/** `date`: the view's day (change: the window's end); the source line cites what is shown by then. */
export function pairExportSpec(atlas: CompiledAtlas, dataset: Dataset, vm: PairViewModel<string>, date: IsoDate, scheme: ColorScheme = 'light'): ExportSvgSpec {
  const palette = PALETTE[scheme];
  const pair = PAIR_PALETTE[scheme];
  const legend: ExportLegendEntry[] = vm.legend.map((e) => ({
    key: e.value,
    label: e.label,
    definition: e.definition,
    count: e.count,
    fill: e.value === 'uncertain' ? palette.status.uncertain : pair.fill[e.value as PairColored],
    pattern: PAIR_PATTERN[e.value] ?? null,
    patternInk: e.value === 'uncertain' ? palette.patternInk.uncertain : (pair.ink[e.value as PairPatterned] ?? palette.text),
  }));
  return {
    atlas,
    title: vm.declarations.length > 1 ? `${vm.declarations.map((d) => d.title).join(' compared with ')}` : `Who joined ${the(vm.declarations[0]!)}`,
    subtitle: vm.asOf,
    legend: vm.launched ? legend : [],
    keyOf: vm.categories ?? new Map(),
    notes: [vm.legendNote],
    sourceLine: exportSourceLine(dataset, vm.declarations.map((d) => d.id), date),
    palette,
  };
}

/** Columns after the usual ones: what is compared, the state's category and its words. */
export const PAIR_CSV_COLUMNS = [...CSV_COLUMNS, 'comparison', 'category', 'category_label'] as const;

/**
 * Compare: the first declaration's rows, then the second's; change: the declaration's rows at
 * the window's start, then at its end. Each row ends with the state's category.
 */
export function pairCsv(vm: PairViewModel<string>, inputs: readonly CsvExportInput[]): string {
  const label = new Map(vm.legend.map((e) => [e.value, e.label]));
  const [a, b] = vm.declarations;
  const comparison = b ? `${a!.id} with ${b.id}` : `${a!.id} from ${inputs[0]!.date} to ${inputs[1]?.date ?? ''}`;
  const rows = inputs.flatMap(csvRows).map((row) => {
    const category = vm.table.categories.get(row[3] as Iso3) ?? '';
    return [...row, comparison, category, label.get(category) ?? ''];
  });
  return toCsv([[...PAIR_CSV_COLUMNS], ...rows]);
}

