/**
 * A time of day as an activity's notice states it ('15:00'): read from what a person types in 设置
 * or 活动安排 — 15:00, 15：00, 15点, 15时30分, 下午3点, 3点半 — or from a cell Excel keeps as a
 * time (a fraction of a day). Always 'HH:MM', 24-hour.
 */

/** 'HH:MM', 00:00–23:59. */
export type TimeOfDay = string;

export const DEFAULT_ACTIVITY_TIME: TimeOfDay = '15:00';

function format(hours: number, minutes: number): TimeOfDay | null {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return null;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A fraction of a day (Excel's time serial, 0.625 = 15:00) as 'HH:MM'; null outside [0, 1). */
export function timeFromDayFraction(fraction: number): TimeOfDay | null {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return null;
  const total = Math.round(fraction * 24 * 60);
  return format(Math.floor(total / 60) % 24, total % 60);
}

const AFTERNOON = /^(下午|晚上|傍晚|中午)/;
const MORNING = /^(上午|早上|凌晨)/;

/** Reads a typed time of day; null when it is not one. */
export function parseTimeOfDay(value: string | number): TimeOfDay | null {
  if (typeof value === 'number') return timeFromDayFraction(value);
  let text = value.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return null;
  let afternoon = false;
  if (AFTERNOON.test(text)) {
    afternoon = true;
    text = text.replace(AFTERNOON, '');
  } else text = text.replace(MORNING, '');
  const colon = /^(\d{1,2})[:：.](\d{2})(?::\d{2})?$/.exec(text);
  const words = /^(\d{1,2})[点时](?:(半)|(\d{1,2})分?)?$/.exec(text);
  let hours: number;
  let minutes: number;
  if (colon) {
    hours = Number(colon[1]);
    minutes = Number(colon[2]);
  } else if (words) {
    hours = Number(words[1]);
    minutes = words[2] !== undefined ? 30 : words[3] !== undefined ? Number(words[3]) : 0;
  } else return null;
  if (afternoon && hours >= 1 && hours < 12) hours += 12;
  return format(hours, minutes);
}
