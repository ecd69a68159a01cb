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

/** Bars by category (years, departments), one series each; the previous chart goes. */
export async function drawBars(element: HTMLElement, categories: string[], series: Series[], unit: string): Promise<void> {
  const echarts = await loadECharts();
  current?.dispose();
  current = echarts.init(element, null, { renderer: 'canvas' });
  current.setOption({
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: categories.length > 6 ? 110 : 40, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { rotate: categories.length > 6 ? 40 : 0, interval: 0 } },
    yAxis: { type: 'value', name: unit },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, ...(s.stack ? { stack: s.stack } : {}) })),
  });
  element.dataset.drawn = 'true';
}

/** An amount of the API (exact decimal text) as the chart's number: drawing needs no more precision. */
export const chartNumber = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
