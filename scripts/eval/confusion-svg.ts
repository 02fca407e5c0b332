import type { Fnc1Scores } from '../../lib/core/fnc1/score';
import { FNC1_STANCES } from '../../lib/core/fnc1/stances';

const CELL = 64;
const LEFT = 96;
const TOP = 56;

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A confusion matrix as a small SVG: rows are the gold labels, columns the predictions, shade = row share. */
export function confusionSvg(scores: Fnc1Scores, title: string): string {
  const size = FNC1_STANCES.length;
  const width = Math.max(LEFT + size * CELL + 16, 7 * title.length + 16);
  const height = TOP + size * CELL + 40;
  const cells: string[] = [];
  FNC1_STANCES.forEach((gold, row) => {
    const total = FNC1_STANCES.reduce((sum, p) => sum + scores.confusion[gold][p], 0) || 1;
    cells.push(
      `<text x="${LEFT - 8}" y="${TOP + row * CELL + CELL / 2 + 4}" text-anchor="end">${gold}</text>`,
    );
    FNC1_STANCES.forEach((predicted, column) => {
      const count = scores.confusion[gold][predicted];
      const share = count / total;
      const x = LEFT + column * CELL;
      const y = TOP + row * CELL;
      const light = Math.round(97 - share * 62);
      cells.push(
        `<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="hsl(215 60% ${light}%)"/>`,
        `<text x="${x + CELL / 2 - 1}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${light < 60 ? '#fff' : '#111'}">${count}</text>`,
      );
    });
  });
  const headers = FNC1_STANCES.map(
    (p, column) =>
      `<text x="${LEFT + column * CELL + CELL / 2}" y="${TOP - 8}" text-anchor="middle">${p}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="8" y="18" font-size="13" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="${LEFT + (size * CELL) / 2}" y="34" text-anchor="middle" fill="#555">predicted</text>`,
    ...headers,
    ...cells,
    `<text x="8" y="${height - 12}" fill="#555">rows: gold label; shade: share of the row</text>`,
    '</svg>',
  ].join('\n');
}
