/** Dates as Vietnamese readers write them. Content dates are calendar days stored at UTC midnight. */
const fmt = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** 2013-06-20 → "20/06/2013". */
export const formatDate = (d: Date): string => fmt.format(d);

/** 2013-06-20 → "2013-06-20", for `<time datetime>`. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
