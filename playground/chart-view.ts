/**
 * A chart the script inserted, as the page draws it: its data read from its first range as
 * Sheets reads a line chart's — the first row names the series, the first column holds the
 * categories along the horizontal axis, each further column is one series. Columns with no
 * header and no number, and rows with no category, are left out, as Sheets leaves them.
 */
import type { Inspector } from '../emulation/inspect';
import type { ChartModel } from '../emulation/sheet-model';
import type { ChartView } from './view';

/** The size Sheets gives a chart inserted without one. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

export function chartView(inspect: Inspector, chart: ChartModel): ChartView {
  const [range] = chart.ranges;
  const values = range ? inspect.values(range.sheet, range.a1) : [];
  const shown = range ? inspect.displayValues(range.sheet, range.a1) : [];
  const [header = [], ...rows] = values;
  const kept = rows.flatMap((row, i) => (row[0] === '' ? [] : [{ row, shown: shown[i + 1] }]));
  const series = header.slice(1).flatMap((name, j) => {
    const points = kept.map(({ row }) => row[j + 1]);
    if (name === '' && !points.some((v) => typeof v === 'number')) return [];
    return [
      {
        name: String(name),
        values: points.map((v) => (typeof v === 'number' ? v : null)),
      },
    ];
  });
  const { options, position } = chart;
  return {
    type: chart.type,
    title: typeof options.title === 'string' ? options.title : '',
    row: position.row,
    column: position.column,
    offsetX: position.offsetX,
    offsetY: position.offsetY,
    width: typeof options.width === 'number' ? options.width : DEFAULT_WIDTH,
    height: typeof options.height === 'number' ? options.height : DEFAULT_HEIGHT,
    categories: kept.map(({ shown: text }) => text?.[0] ?? ''),
    series,
  };
}
