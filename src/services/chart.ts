import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { Report } from '../domain/report.js';
import { RESOLUTION_SIDES, SIDE_SHORT, type ResolutionSide } from '../domain/resolution.js';
import { CATEGORIES, CATEGORY_SHORT } from '../domain/taxonomy.js';

Chart.register(...registerables);

const COLORS: Record<(typeof CATEGORIES)[number], string> = {
  connectivity: '#e74c3c',
  av_quality: '#f39c12',
  crash: '#8e44ad',
  feature: '#3498db',
  compatibility: '#16a085',
  other: '#95a5a6',
};

const SIDE_COLORS: Record<ResolutionSide, string> = {
  customer_network: '#2980b9',
  customer_device: '#27ae60',
  our_service: '#c0392b',
  customer_config: '#d35400',
  not_found: '#7f8c8d',
};

/** What the chart draws: a review's daily series and which categories occur at all. */
export type ChartData = Pick<Report, 'byCategory'> & {
  daily: Array<Omit<Report['daily'][number], 'bySide'> & { bySide?: Report['daily'][number]['bySide'] }>;
};

/**
 * The review's chart as a PNG, drawn in-process by Chart.js on a native canvas. Top: daily volume by category
 * (stacked bars) and first-reply attainment (line, right axis). Below, when any ticket of the period was resolved
 * with a side: the same days by where the problem turned out to be.
 */
export async function renderReportChart(report: ChartData, size = { width: 1000, height: 500 }): Promise<Buffer> {
  const sides = report.daily.some((d) => d.bySide && Object.values(d.bySide).some((n) => n > 0));
  const lowerHeight = sides ? Math.round(size.height * 0.7) : 0;
  const canvas = createCanvas(size.width, size.height + lowerHeight);
  const ctx = canvas.getContext('2d');
  // Each panel is drawn on its own canvas and copied before its chart is destroyed (destroy clears the canvas).
  const volume = drawVolume(report, size);
  ctx.drawImage(volume.canvas, 0, 0);
  volume.chart.destroy();
  if (sides) {
    const lower = drawSides(report, { width: size.width, height: lowerHeight });
    ctx.drawImage(lower.canvas, 0, size.height);
    lower.chart.destroy();
  }
  return Buffer.from(await canvas.encode('png'));
}

function drawSides(report: ChartData, size: { width: number; height: number }) {
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: report.daily.map((d) => d.day.slice(5)),
      datasets: RESOLUTION_SIDES.map((s) => ({
        label: SIDE_SHORT[s],
        data: report.daily.map((d) => d.bySide?.[s] ?? 0),
        backgroundColor: SIDE_COLORS[s],
        stack: 'sides',
      })),
    },
    options: {
      animation: false,
      responsive: false,
      plugins: {
        title: { display: true, text: 'Where the problem was, by the day the complaint came in' },
        legend: { position: 'bottom' },
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'tickets' }, ticks: { precision: 0 } },
      },
    },
  };
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, config);
  return { canvas, chart };
}

function drawVolume(report: ChartData, size: { width: number; height: number }) {
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  const labels = report.daily.map((d) => d.day.slice(5));
  const config: ChartConfiguration<'bar' | 'line'> = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        ...CATEGORIES.filter((c) => report.byCategory[c] > 0).map((c) => ({
          type: 'bar' as const,
          label: CATEGORY_SHORT[c],
          data: report.daily.map((d) => d.byCategory[c]),
          backgroundColor: COLORS[c],
          stack: 'volume',
          yAxisID: 'y',
          order: 1,
        })),
        {
          type: 'line' as const,
          label: 'First reply on time (%)',
          data: report.daily.map((d) => d.attainmentPct),
          borderColor: '#2c3e50',
          backgroundColor: '#2c3e50',
          yAxisID: 'pct',
          spanGaps: true,
          // Lower order draws on top: the line stays visible over the bars.
          order: 0,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      plugins: {
        title: { display: true, text: 'Complaints per day by category, and first replies on time' },
        legend: { position: 'bottom' },
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'complaints' }, ticks: { precision: 0 } },
        pct: {
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          title: { display: true, text: '% on time' },
        },
      },
    },
  };
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, config);
  return { canvas, chart };
}

/** A figure over time: one value per day or week, as an answer to a question draws it. */
export interface SeriesChart {
  title: string;
  labels: string[];
  values: Array<number | null>;
  /** What the values are, for the axis. */
  unit: string;
}

/** An answer's series as a PNG: bars for counts, a line for shares, times and ratings. */
export async function renderSeriesChart(series: SeriesChart, size = { width: 1000, height: 450 }): Promise<Buffer> {
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  const counts = series.unit === 'tickets';
  const config: ChartConfiguration<'bar' | 'line'> = {
    type: counts ? 'bar' : 'line',
    data: {
      labels: series.labels,
      datasets: [
        {
          label: series.unit,
          data: series.values,
          backgroundColor: '#2980b9',
          borderColor: '#2980b9',
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      plugins: { title: { display: true, text: series.title }, legend: { display: false } },
      scales: {
        y: { beginAtZero: true, title: { display: true, text: series.unit }, ticks: counts ? { precision: 0 } : {} },
      },
    },
  };
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, config);
  const png = Buffer.from(await canvas.encode('png'));
  chart.destroy();
  return png;
}
