import timings from '../content/generated/timings.json';
import type { Timing } from '../schemas/timing.ts';

/** A time window as the pipeline publishes it: its references resolved to what a page prints. */
export type PublishedTiming = Omit<Timing, 'references'> & {
	references: Array<{ id: string; kind: string; title: string; publisher: string }>;
};

/** The time windows (timings.yaml) the page of entry `id` shows, in file order. */
export function timingsFor(id: string): PublishedTiming[] {
	return (timings as PublishedTiming[]).filter((t) => t.shownOn.includes(id));
}

/** The table-of-contents heading of the windows of entry `id`, if it shows any. */
export function timingHeadings(id: string): Array<{ depth: number; slug: string; text: string }> {
	return timingsFor(id).length ? [{ depth: 2, slug: 'timing', text: '通常要多久' }] : [];
}
