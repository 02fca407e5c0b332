/** Field checks shared by the corpus schema and the loose importers (JSON Lines, CSV, HTML metadata). */

/** A date (2017-11-11) or date-time (2017-11-11T08:30:00Z, with optional seconds, fraction, offset). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
}

/**
 * An ISO date for a date written some other way ("Nov 11, 2017"), or null when it is not a date.
 * Only the calendar date is kept: the time of a loosely written date is rarely what the writer meant.
 */
export function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parsed = new Date(trimmed);
  if (trimmed === '' || Number.isNaN(parsed.getTime())) return null;
  const month = String(parsed.getMonth() + 1).padStart(2, '0');
  const day = String(parsed.getDate()).padStart(2, '0');
  return `${parsed.getFullYear()}-${month}-${day}`;
}

/**
 * Only web addresses are kept as article links: the UI turns them into links, and a `javascript:` or
 * `data:` address there would run code or show content the reader did not ask for.
 */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
