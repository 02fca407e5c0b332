import type { EngineFigures } from './evaluate-engine';

/**
 * A small hand-made SVG: median latency per claim against corpus size, one line per engine, both axes
 * logarithmic. Extrapolated points are drawn hollow.
 */
const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { left: 70, right: 170, top: 40, bottom: 50 };
const COLOURS = ['#1b7837', '#2166ac', '#b2182b', '#e08214', '#762a83', '#4d4d4d'];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++)
    out.push(10 ** power);
  return out;
}

function label(value: number, unit: string): string {
  if (unit === 'statements')
    return value >= 1e6 ? `${value / 1e6}M` : value >= 1e3 ? `${value / 1e3}k` : `${value}`;
  return value >= 1000 ? `${value / 1000} s` : `${value} ms`;
}

export function latencyChart(rows: readonly EngineFigures[]): string {
  const points = rows.filter((row) => row.p50Ms !== null && row.p50Ms > 0);
  const engines = [...new Set(points.map((row) => row.engine))];
  const sizes = points.map((row) => row.statements);
  const times = points.map((row) => row.p50Ms as number);
  const xTicks = decades(Math.min(...sizes), Math.max(...sizes));
  const yTicks = decades(Math.min(...times), Math.max(...times));
  const [xMin, xMax] = [xTicks[0] ?? 1, xTicks[xTicks.length - 1] ?? 10];
  const [yMin, yMax] = [yTicks[0] ?? 1, yTicks[yTicks.length - 1] ?? 10];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (v: number) => MARGIN.left + (plotW * Math.log10(v / xMin)) / Math.log10(xMax / xMin || 10);
  const y = (v: number) =>
    MARGIN.top + plotH - (plotH * Math.log10(v / yMin)) / Math.log10(yMax / yMin || 10);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">Median time per claim against corpus size</text>`,
  ];
  for (const tick of xTicks) {
    out.push(
      `<line x1="${x(tick)}" y1="${MARGIN.top}" x2="${x(tick)}" y2="${MARGIN.top + plotH}" stroke="#ddd"/>`,
      `<text x="${x(tick)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${label(tick, 'statements')}</text>`,
    );
  }
  for (const tick of yTicks) {
    out.push(
      `<line x1="${MARGIN.left}" y1="${y(tick)}" x2="${MARGIN.left + plotW}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${label(tick, 'ms')}</text>`,
    );
  }
  out.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">statements in the corpus</text>`,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
  );
  engines.forEach((engine, n) => {
    const colour = COLOURS[n % COLOURS.length];
    const series = points.filter((row) => row.engine === engine).sort((a, b) => a.statements - b.statements);
    const path = series.map((row) => `${x(row.statements).toFixed(1)},${y(row.p50Ms as number).toFixed(1)}`);
    out.push(`<polyline points="${path.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const row of series) {
      const fill = row.extrapolated ? 'white' : colour;
      out.push(
        `<circle cx="${x(row.statements).toFixed(1)}" cy="${y(row.p50Ms as number).toFixed(1)}" r="4" fill="${fill}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    const legendY = MARGIN.top + 10 + n * 20;
    out.push(
      `<line x1="${WIDTH - MARGIN.right + 15}" y1="${legendY}" x2="${WIDTH - MARGIN.right + 35}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - MARGIN.right + 40}" y="${legendY + 4}">${escapeXml(engine)}</text>`,
    );
  });
  const noteY = MARGIN.top + 10 + engines.length * 20 + 10;
  out.push(
    `<text x="${WIDTH - MARGIN.right + 15}" y="${noteY}" fill="#555">hollow: extrapolated</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
