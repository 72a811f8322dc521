import type { Span, WordsRule } from './types.ts';

/**
 * A postal address is contact data: the dealer's shop, the acquirer's mail room (地址:成都市人民东路6号, 寄至“105台北市
 * 松山区复兴北路363号4F…中心收”). It is recognised by its shape — a city or district, a street, a house number — not by
 * the names on the pages seen so far, and removed with its label (地址:) and the addressee written after it (…中心收).
 * The sentence around it (寄至…) stays.
 */

/** Optional label in front of the address. */
const LABEL = String.raw`(?:(?:联系|通讯|通信|公司|办公|门店|总部|邮寄)?地址\s*[:：]\s*)?`;
/** Optional postcode in front of the address (105台北市…, 610000 成都市…). */
const POSTCODE = String.raw`(?:\d{3,6}\s*)?`;
/** The administrative part: at least one city, district or county, optionally after a province. */
const AREA = String.raw`(?:[\p{Script=Han}]{2,7}(?:省|自治区))?(?:[\p{Script=Han}]{1,7}(?:市|区|县|州))+`;
/** The street and house number: a street word, optional 段/巷/弄, digits and 号 (号 also after a dash: 6-8号). */
const STREET = String.raw`[\p{Script=Han}\d〓⊙]{1,14}?(?:路|街|大道|大街|巷|弄|道)(?:[一二三四五六七八九十\d]+段)?(?:\d+巷)?(?:\d+弄)?[\d〓⊙]+(?:[-—]\d+)?\s*号`;
/** What may follow the number: a floor or room, a building (…大厦 12楼), the addressee of a letter (…中心收). */
const AFTER = String.raw`(?:\s*(?:\d+\s*(?:F|楼|层|室)|[\p{Script=Han}〓⊙]{2,10}(?:大厦|大楼|中心|广场|园区)(?:\s*[\dA-Z]+\s*(?:F|楼|层|室))?))*(?:[\p{Script=Han}]{0,16}收(?=[”"」』)）]|$))?`;

const ADDRESS = new RegExp(`${LABEL}${POSTCODE}${AREA}${STREET}${AFTER}`, 'gu');

export const postalAddressRule: WordsRule = {
	id: 'postal-address',
	scope: 'words',
	description:
		'A postal address — a city, district or county (…市, …区, …县), a street (路, 街, 大道, 巷…) and a house number with 号, optionally a postcode before it, a floor, building or the addressee of a letter after it (4F, …大厦, …中心收), and its label (地址:) — is contact data and is removed wherever it stands; the sentence around it (寄至…) stays. A number without a street (第5号文件, 3号键) and a city without a house number (在上海市使用) stay.',
	examples: {
		removes: ['寄至“105台北市松山区复兴北路363号4F联合信用卡处理中心收”。', '地址:成都市人民东路6号川航大厦'],
		keeps: ['按3号键确认交易。', '根据银发〔2013〕第5号文件的规定办理。', '在上海市使用POS机刷卡时提示交易失败。'],
	},
	spans(text) {
		return [...text.matchAll(ADDRESS)].map((match) => {
			const start = match.index;
			const end = start + match[0].length;
			// An address that fills its quotes takes them along (寄至“…中心收” → 寄至).
			const quoted = /[“”"「『]/u.test(text[start - 1] ?? '') && /[”"」』]/u.test(text[end] ?? '');
			return (quoted ? [start - 1, end + 1] : [start, end]) satisfies Span;
		});
	},
};

/**
 * A labelled address whose value has no street number (地址:湖北武汉三环科技园): the label alone (地址:, 公司地址:, 联系地址:
 * …, at the start of the text or after a bullet, space or punctuation: never 服务器地址, IP地址) and a run of Han text that
 * names a place (a province, city, district, road, park, building…).
 */
const ADDRESS_LABEL = String.raw`(?<![\p{Script=Han}A-Za-z0-9])(?:公司|联系|办公|辦公|门店|門店|总部|總部|通讯|通信|邮寄|郵寄|营业|營業|注册|註冊|厂址|廠址)?地\s?址\s*[:：]\s*`;
const PLACE_VALUE = String.raw`[\p{Script=Han}\d]{2,30}`;
const LABELLED_ADDRESS = new RegExp(`${ADDRESS_LABEL}(${PLACE_VALUE})`, 'gu');
const PLACE_WORD = /省|市|区|區|县|縣|镇|鎮|乡|鄉|村|路|街|道|园|園|大厦|大廈|广场|廣場|中心|楼|樓|号|號|室|栋|棟|层|層/u;

export const labelledAddressRule: WordsRule = {
	id: 'labelled-address',
	scope: 'words',
	description:
		"A labelled address without a house number (a hijacked page's company footer: • 地址:湖北武汉三环科技园): the label 地址: (also 公司地址, 联系地址, 办公地址, 门店地址…), at the start of the text or after a bullet, space or punctuation, and its value, a run of Han text that names a place (省, 市, 区, 路, 街, 园, 大厦, 广场, 中心, 楼…), is contact data and is removed with its label. A technical address (服务器地址:, IP地址:, 网关地址:), an address field without a place (地址:请填写) and an address in a sentence without the label stay.",
	examples: {
		removes: ['• 地址:湖北武汉三环科技园', '公司地址:深圳南山科技园'],
		keeps: ['服务器地址:需与收单机构核对。', '网关地址:以收单机构通知为准', '地址:请填写营业执照上的地址', '商户需在武汉三环科技园办理。'],
	},
	spans(text) {
		const spans: Span[] = [];
		for (const match of text.matchAll(LABELLED_ADDRESS))
			if (PLACE_WORD.test(match[1] ?? '')) spans.push([match.index, match.index + match[0].length]);
		return spans;
	},
};
