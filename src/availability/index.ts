/**
 * Opening hours, evaluated in the support team's IANA time zone and shown in the
 * visitor's. DOM-free: runs in browsers and Node with `Intl` only.
 */

export { parseInterval, type ParsedInterval } from './interval.js';
export { validateSchedule } from './validate.js';
export { isOpen, nextOpening, nextClosing, scheduleState, HORIZON_DAYS, type ScheduleState } from './schedule.js';
export { formatOpening, formatTime, formatInZone, formatRange, type FormatOptions } from './format.js';
export { channelStatus, type ChannelStatus, type ChannelState, type ChannelStatusOptions } from './channel-status.js';
export { rankChannels, fastestOpen, REAL_TIME_TYPES } from './rank.js';
export { bestTimeHint, type BestTimeHint } from './best-time.js';
export { isValidTimeZone } from './zoned-time.js';
