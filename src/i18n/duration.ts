/** "5 min", "1 day" — a duration in the pack's locale. */
export function formatDuration(minutes: number, locale: string): string {
  const [value, unit] = minutes >= 1440 ? [Math.round(minutes / 1440), 'day'] : minutes >= 60 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
  const options = { style: 'unit', unit, unitDisplay: 'long' } as const;
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    // A tag the runtime rejects: English words beat a hand-made "2 minute".
    return new Intl.NumberFormat('en', options).format(value);
  }
}
