/**
 * A chart drawn as Sheets draws an embedded line chart: a white card, the title above, the
 * value axis from 0 to a round number with light grid lines, the categories along the bottom,
 * one line per series in Sheets' palette (a blank value breaks the line, as Sheets' default
 * leaves gaps), and the legend on the right. Other chart types are named, not drawn.
 */
import type { ChartView } from '../view';

const SVG = 'http://www.w3.org/2000/svg';
/** Sheets' default series colours, in order. */
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7'];
const LEGEND_WIDTH = 170;
const MARGIN = { top: 40, right: 16, bottom: 36, left: 44 };
/** Characters of a legend entry before it is cut with "…", as Sheets cuts long names. */
const LEGEND_CHARS = 24;
const TICKS = 5;

export function chartSvg(chart: ChartView): SVGSVGElement {
  const svg = node('svg', {
    width: chart.width,
    height: chart.height,
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    role: 'img',
    class: 'chart',
    'aria-label': chart.title || chart.series.map((s) => s.name).join(', '),
  });
  svg.appendChild(node('rect', { width: chart.width, height: chart.height, class: 'chart-card' }));
  if (chart.title) text(svg, chart.title, { x: 16, y: 24, class: 'chart-title' });
  if (chart.type !== 'LINE') {
    text(svg, `${chart.type} chart`, {
      x: chart.width / 2,
      y: chart.height / 2,
      class: 'chart-axis',
      'text-anchor': 'middle',
    });
    return svg;
  }
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: chart.width - MARGIN.left - MARGIN.right - LEGEND_WIDTH,
    height: chart.height - MARGIN.top - MARGIN.bottom,
  };
  const numbers = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const low = Math.min(0, ...numbers);
  const step = niceStep((Math.max(0, ...numbers) - low) / (TICKS - 1) || 0.2);
  const high = low + step * (TICKS - 1);
  const y = (v: number) => plot.top + plot.height - ((v - low) / (high - low)) * plot.height;
  const slots = Math.max(chart.categories.length, 1);
  const x = (i: number) => plot.left + ((i + 0.5) / slots) * plot.width;

  for (let t = 0; t < TICKS; t++) {
    const value = low + step * t;
    svg.appendChild(
      node('line', {
        x1: plot.left,
        x2: plot.left + plot.width,
        y1: y(value),
        y2: y(value),
        class: t === 0 ? 'chart-baseline' : 'chart-grid',
      }),
    );
    text(svg, String(Number(value.toPrecision(6))), {
      x: plot.left - 6,
      y: y(value) + 4,
      class: 'chart-axis',
      'text-anchor': 'end',
    });
  }
  // As many category labels as fit under the plot, evenly spread.
  const every = Math.ceil(slots / Math.max(1, Math.floor(plot.width / 70)));
  chart.categories.forEach((label, i) => {
    if (i % every === 0)
      text(svg, label, {
        x: x(i),
        y: plot.top + plot.height + 18,
        class: 'chart-axis',
        'text-anchor': 'middle',
      });
  });
  chart.series.forEach((series, k) => {
    const color = PALETTE[k % PALETTE.length] ?? '#4285f4';
    svg.appendChild(
      node('path', {
        d: linePath(series.values, x, y),
        stroke: color,
        class: 'chart-line',
        'data-series': series.name,
      }),
    );
    const legendY = plot.top + 8 + k * 20;
    const legendX = plot.left + plot.width + 20;
    svg.appendChild(
      node('line', {
        x1: legendX,
        x2: legendX + 14,
        y1: legendY,
        y2: legendY,
        stroke: color,
        class: 'chart-line',
      }),
    );
    const name =
      series.name.length > LEGEND_CHARS
        ? `${series.name.slice(0, LEGEND_CHARS - 1)}…`
        : series.name;
    text(svg, name, { x: legendX + 20, y: legendY + 4, class: 'chart-legend' }).appendChild(
      node('title', {}),
    ).textContent = series.name;
  });
  return svg;
}

/** Segments between consecutive values; a null starts a new one. */
function linePath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    drawing = true;
  });
  return d;
}

/** A step of 1, 2 or 5 times a power of ten, at least `raw`: the round numbers Sheets labels. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

function node<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

function text(
  parent: SVGElement,
  content: string,
  attributes: Readonly<Record<string, string | number>>,
): SVGTextElement {
  const el = parent.appendChild(node('text', attributes));
  el.textContent = content;
  return el;
}
