/** "5 min", "1 day" — a duration in the pack's locale. */
export function formatDuration(minutes: number, locale: string): string {
  const [value, unit] = minutes >= 1440 ? [Math.round(minutes / 1440), 'day'] : minutes >= 60 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit}`;
  }
}
