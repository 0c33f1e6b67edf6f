/**
 * The pilot zone's industry statistics are reported every second month on the 25th (Beijing time):
 * the report made on the 25th covers the two months before it, from the 25th two months earlier
 * (inclusive) to that 25th (exclusive), so consecutive reports neither overlap nor leave a gap.
 */
export const REPORT_TIME_ZONE_OFFSET_H = 8; // Asia/Shanghai has had no daylight saving since 1991.

const beijingMidnight = (year: number, monthIndex: number, day: number) =>
  new Date(Date.UTC(year, monthIndex, day) - REPORT_TIME_ZONE_OFFSET_H * 3600 * 1000);

/** The period of the bi-monthly report due at `at`: the latest 25th on or before it, back two months. */
export function bimonthlyReportPeriod(at: Date): { from: Date; to: Date } {
  const beijing = new Date(at.getTime() + REPORT_TIME_ZONE_OFFSET_H * 3600 * 1000);
  let year = beijing.getUTCFullYear();
  let month = beijing.getUTCMonth();
  if (beijing.getUTCDate() < 25) month -= 1;
  if (month < 0) [year, month] = [year - 1, 11];
  return { from: beijingMidnight(year, month - 2, 25), to: beijingMidnight(year, month, 25) };
}
