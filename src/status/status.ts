export type StatusIndicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown';

/** What the widget shows about the service's health. */
export interface ServiceStatus {
  indicator: StatusIndicator;
  /** The status page's own sentence ("Partial System Outage"). Plain text. */
  description: string;
  /** Names of unresolved incidents and in-progress maintenance (summary.json only). */
  incidents: string[];
  maintenances: string[];
}

/** True when the status means support may be slow or unreachable. */
export const isDegraded = (s: ServiceStatus | undefined): boolean => !!s && s.indicator !== 'none' && s.indicator !== 'unknown';
