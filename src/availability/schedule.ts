/** Whether a schedule is open at an instant, and when that changes next. */

import type { Schedule } from '../content/types.js';
import { compileSchedule, instantOf, openPeriods, type CompiledSchedule } from './periods.js';

/** How far ahead openings and closings are looked for. */
export const HORIZON_DAYS = 14;
const HORIZON_MS = HORIZON_DAYS * 24 * 3_600_000;

/** The state of a schedule at one instant. */
export interface ScheduleState {
  open: boolean;
  /** The next closed→open change strictly after now, within the horizon. */
  opensAt: Date | null;
  /** The next open→closed change strictly after now, within the horizon. */
  closesAt: Date | null;
}

const NEVER: ScheduleState = { open: false, opensAt: null, closesAt: null };
const ALWAYS: ScheduleState = { open: true, opensAt: null, closesAt: null };

/** Evaluates a compiled schedule in one lazy pass over its periods. */
export function evaluate(schedule: CompiledSchedule, now: number): ScheduleState {
  if (schedule.alwaysOpen) return ALWAYS;
  const limit = now + HORIZON_MS;
  // One extra day past the horizon so a period straddling it is merged before we judge it.
  const periods = openPeriods(schedule, now, HORIZON_DAYS + 1);
  for (const period of periods) {
    if (period.end <= now) continue;
    const closesAt = period.endKnown && period.end <= limit ? new Date(period.end) : null;
    if (period.start > now) {
      return { open: false, opensAt: period.start <= limit ? new Date(period.start) : null, closesAt: period.start <= limit ? closesAt : null };
    }
    const next = closesAt ? periods.next() : undefined;
    const opensAt = next && !next.done && next.value.start <= limit ? new Date(next.value.start) : null;
    return { open: true, opensAt, closesAt };
  }
  return NEVER;
}

/**
 * The state of `schedule` at `now`. Unusable input (unknown zone, not an object,
 * invalid date) is never open and never opens; this never throws.
 */
export function scheduleState(schedule: Schedule, now: Date): ScheduleState {
  const compiled = compileSchedule(schedule);
  const t = instantOf(now);
  return compiled && t !== null ? evaluate(compiled, t) : NEVER;
}

/**
 * Whether `schedule` is open at `now`. Intervals are read in the schedule's own time
 * zone; `alwaysOpen` is always open; no `weekly` means never open.
 */
export function isOpen(schedule: Schedule, now: Date): boolean {
  const compiled = compileSchedule(schedule);
  const t = instantOf(now);
  if (!compiled || t === null) return false;
  if (compiled.alwaysOpen) return true;
  // Only today's neighbourhood matters: no need to find when it next changes.
  for (const period of openPeriods(compiled, t, 1)) {
    if (period.start > t) return false;
    if (period.end > t) return true;
  }
  return false;
}

/**
 * The next instant strictly after `now` at which `schedule` opens: the start of the
 * next open period (after the current one, when open now). Null when always open or
 * when nothing opens within 14 days.
 */
export function nextOpening(schedule: Schedule, now: Date): Date | null {
  return scheduleState(schedule, now).opensAt;
}

/**
 * The next instant strictly after `now` at which `schedule` closes: the end of the
 * current open period, or of the next one when closed now. Null when always open, when
 * no closing is known within 14 days, or when nothing opens within that time.
 */
export function nextClosing(schedule: Schedule, now: Date): Date | null {
  return scheduleState(schedule, now).closesAt;
}
