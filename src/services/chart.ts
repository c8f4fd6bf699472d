import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { Report } from '../domain/report.js';
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

/**
 * The review's chart as a PNG, drawn in-process by Chart.js on a native canvas: daily volume by
 * category (stacked bars) and first-reply attainment (line, right axis).
 */
/** What the chart draws: a review's daily series and which categories occur at all. */
export type ChartData = Pick<Report, 'byCategory' | 'daily'>;

export async function renderReportChart(report: ChartData, size = { width: 1000, height: 500 }): Promise<Buffer> {
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
  try {
    return Buffer.from(await canvas.encode('png'));
  } finally {
    chart.destroy();
  }
}
