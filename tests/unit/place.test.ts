import { describe, expect, it } from 'vitest';
import { cut } from '../../scripts/pipeline/stages/cut.ts';
import { createPlacer, place } from '../../scripts/pipeline/stages/place.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';
import { classifiedItem } from '../helpers/items.ts';

const entriesOf = (...items: Parameters<typeof classifiedItem>[]) =>
	place(cut(items.map((args) => classifiedItem(...args))), createPlacer(smallCatalogue())).map((u) => [...u.entries]);

describe('place', () => {
	it('places by kind first: a remedy statement goes to remedies even when a cause also matches', () => {
		expect(entriesOf(['a.txt', 1, 'remedy', '检查网络是否不稳定'])).toEqual([['R-01']]);
	});

	it('falls back to other collections when the kind has no match, but never places advice with a cause', () => {
		expect(entriesOf(['a.txt', 1, 'impact', '网络不稳定，导致交易失败。'])).toEqual([['C-01']]);
		expect(entriesOf(['a.txt', 1, 'prevention', '余额不足时及时充值'])).toEqual([[]]);
	});

	it('marks deliberately unpublished statements with their U- ID and leaves the rest unplaced', () => {
		expect(entriesOf(['a.txt', 1, 'background', '本文将从多个角度分析'], ['a.txt', 2, 'background', '天气很好'])).toEqual([['U-01'], []]);
	});

	it('places a statement by its own words, never by the heading it stands under', () => {
		expect(entriesOf(['a.txt', 1, 'cause', '这是最常见的原因之一', ['可能原因', '余额不足']])).toEqual([[]]);
	});

	it('places advice as a remedy, whatever section it stands in', () => {
		expect(entriesOf(['a.txt', 1, 'background', '此时可检查网络是否不稳定', ['引言']])).toEqual([['R-01']]);
	});
});
