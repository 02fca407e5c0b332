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

/**
 * A corpus article's address as a link target: only http and https (a corpus is untrusted, and a
 * `javascript:` or `data:` address must never become a link); null otherwise.
 */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
