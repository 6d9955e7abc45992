/**
 * When to stop putting the overlay back into a page that keeps taking it out. One removal is a
 * page re-rendering its document (it gets the overlay back at once); several within a few seconds
 * of typing is a page that will remove it every time, each time before it is even painted, and a
 * tug of war with it would cost the person's typing.
 */
export const REMOVALS_TO_GIVE_UP = 3;
export const REMOVAL_WINDOW_MS = 10_000;

/**
 * The removals still within the window once one more happens at `now` (a monotonic clock's
 * milliseconds), oldest first, and whether they are now too many to go on.
 */
export function afterRemoval(removals: readonly number[], now: number): { removals: number[]; giveUp: boolean } {
  const recent = removals.filter((at) => now - at < REMOVAL_WINDOW_MS);
  recent.push(now);
  return { removals: recent, giveUp: recent.length >= REMOVALS_TO_GIVE_UP };
}
