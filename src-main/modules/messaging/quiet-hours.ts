// Quiet hours ("22:00" to "08:00", local time): campaigns wait, single messages and auto-replies do not.

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

// The end of the quiet period `nowMs` falls in, or null when it falls in none.
export function quietUntil(nowMs: number, start: string | null, end: string | null): number | null {
  if (start === null || end === null || start === end) return null;
  const now = new Date(nowMs);
  const minute = now.getHours() * 60 + now.getMinutes();
  const from = minutesOf(start);
  const to = minutesOf(end);
  // A period that wraps midnight (22:00–08:00) is quiet after `from` or before `to`.
  const quiet = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!quiet) return null;
  const until = new Date(now);
  until.setHours(Math.floor(to / 60), to % 60, 0, 0);
  if (until.getTime() <= nowMs) until.setDate(until.getDate() + 1);
  return until.getTime();
}
