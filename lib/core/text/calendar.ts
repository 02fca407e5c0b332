/** Sunday first, as Date.getUTCDay counts. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
