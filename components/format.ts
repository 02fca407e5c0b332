/** How the options page and popup write sizes and dates. Pure. */

const UNITS = ['bytes', 'kB', 'MB', 'GB'];

/** "812 bytes", "4.2 kB", "13 MB": one decimal below 10, none above. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** "11 Nov 2017" in the reader's language; the text as given when it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** 12345 → "12,345" in the reader's language. */
export const formatCount = (count: number) => count.toLocaleString();
