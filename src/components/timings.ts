import { type CollectionEntry, getCollection } from 'astro:content';

/** A time window as the pipeline publishes it (the timings collection): its references resolved to what a page prints. */
export type PublishedTiming = CollectionEntry<'timings'>['data'];

/** The time windows (timings.yaml) the page of entry `id` shows, in file order. */
export async function timingsFor(id: string): Promise<PublishedTiming[]> {
	return (await getCollection('timings')).map((e) => e.data).filter((t) => t.shownOn.includes(id));
}

/** The table-of-contents heading of the windows of entry `id`, if it shows any. */
export async function timingHeadings(id: string): Promise<Array<{ depth: number; slug: string; text: string }>> {
	return (await timingsFor(id)).length ? [{ depth: 2, slug: 'timing', text: '通常要多久' }] : [];
}
