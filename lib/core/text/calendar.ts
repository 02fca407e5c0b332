/** Sunday first, as Date.getUTCDay counts. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** January first: a month's number is its index plus one. */
export const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
