/**
 * Apache ECharts, loaded only when a comparison page first draws a chart (served by the app from
 * /vendor/echarts; no eval, no inline styles: tooltips drawn on the canvas, not as HTML).
 */
const ECHARTS_URL = '/vendor/echarts/echarts.esm.min.mjs';

interface Chart {
  setOption(option: unknown): void;
  dispose(): void;
  resize(): void;
}

interface ECharts {
  init(element: HTMLElement, theme?: string | null, options?: { renderer: 'canvas' }): Chart;
}

let loading: Promise<ECharts> | null = null;
let current: Chart | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import(ECHARTS_URL) as Promise<ECharts>;
  return loading;
}

export interface Series {
  name: string;
  values: Array<number | null>;
  stack?: string;
}

/** Roughly how wide a label is drawn at the chart's 12 px: a CJK character twice a Latin one. */
const labelWidth = (text: string): number => [...text].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7), 0);

/** Longest a category label is drawn when turned; longer ones end in "…" (the table beside has them whole). */
const TURNED_WIDTH = 160;

/**
 * How the category axis's labels are drawn in a chart `width` px wide: level while each fits the
 * space of its bar, turned (and the plot raised to make room) once one would run into the next —
 * department names side by side, "上海市普陀区人民政府万里街道办事处 2024" among them.
 */
export function axisLabels(categories: string[], width: number): { rotate: number; width?: number; bottom: number } {
  const space = (width - 100) / Math.max(1, categories.length);
  const widest = Math.max(0, ...categories.map(labelWidth));
  if (widest <= space - 8) return { rotate: 0, bottom: 40 };
  const drawn = Math.min(widest, TURNED_WIDTH);
  return { rotate: 35, width: TURNED_WIDTH, bottom: Math.ceil(30 + drawn * Math.sin((35 * Math.PI) / 180)) };
}

/** Bars by category (years, departments), one series each; the previous chart goes. */
export async function drawBars(element: HTMLElement, categories: string[], series: Series[], unit: string): Promise<void> {
  const echarts = await loadECharts();
  current?.dispose();
  current = echarts.init(element, null, { renderer: 'canvas' });
  const labels = axisLabels(categories, element.clientWidth);
  current.setOption({
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { type: 'scroll', top: 0 },
    // Below the legend, so that the unit over the axis is not drawn under it.
    grid: { left: 60, right: 20, top: 64, bottom: labels.bottom, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { rotate: labels.rotate, interval: 0, ...(labels.width ? { width: labels.width, overflow: 'truncate' } : {}) },
    },
    yAxis: { type: 'value', name: unit },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, ...(s.stack ? { stack: s.stack } : {}) })),
  });
  element.dataset.drawn = 'true';
}

/** An amount of the API (exact decimal text) as the chart's number: drawing needs no more precision. */
export const chartNumber = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
