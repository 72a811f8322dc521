import type { ClauseRule, LineRule } from './types.ts';

/**
 * A forum's post furniture and a site's call to its readers, judged by their form: a line of numbers with a floor
 * marker (12284 7 楼主, 3楼, #5), a clause that asks the reader to follow or support the site (也希望大家能够继续关注).
 */

/** A line that is only counters and a floor marker: "12284 7 楼主", "3楼", "沙发", "#12". */
const FLOOR_LINE = /^\s*(?:\d+\s+)*(?:\d*\s*(?:楼主|樓主)|\d+\s*(?:楼|樓|#)|#\d+|沙发|板凳|地板)\s*[:：]?\s*$/u;

export const floorNumberRule: LineRule = {
	id: 'floor-number',
	scope: 'line',
	description:
		'A forum post header that is only counters and a floor marker (12284 7 楼主 — views, replies, original poster; 3楼; #12; 沙发) is removed whole. A floor label before text (1楼:“二清”产生的背景) and a sentence about a building (银行在3楼) stay.',
	examples: {
		removes: ['12284 7 楼主', '3楼', '#12'],
		keeps: ['1楼:“二清”产生的背景', '营业厅在3楼,可以现场办理。', '错误码12表示无效交易'],
	},
	matches: (line) => FLOOR_LINE.test(line),
};

/** Asking the reader to follow, keep following or support the site, at the end of a clause. */
const READER_CALL =
	/(?:希望|欢迎|歡迎|敬请|敬請|请|請|记得|記得)(?:大家|各位|您|你|读者|朋友们)?(?:能够|能夠|能|可以|多多)?(?:继续|繼續|持续|持續|多多)?(?:关注|關注|收藏|订阅|訂閱|点赞|點讚|支持)(?:我们|我們|本站|小编|小編|本号|本號|公众号|公眾號|我)?\s*[)）!！~～]*\s*$/u;

export const readerCallRule: ClauseRule = {
	id: 'reader-call',
	scope: 'clause',
	extent: 'clause',
	containment: false,
	description:
		'A clause that asks the reader to follow, subscribe to or support the site (也希望大家能够继续关注, 欢迎关注, 请多多支持本站, 记得收藏) is the site speaking to its readers and goes. Advice to pay attention to something (请关注交易状态, 需要关注账户变动) has an object after 关注 and stays.',
	examples: {
		removes: ['如有其他问题,也希望大家能够继续关注。', '欢迎关注!', '请多多支持本站。'],
		keeps: ['请关注交易状态。', '商户需要关注账户变动,及时联系银行。', '该卡不支持境外交易。'],
	},
	matches: (clause) => READER_CALL.test(clause),
};

/** A forum reply that only bumps the thread or thanks the poster: 帮你顶下哈!!, 顶一下, 路过, 支持楼主, 谢谢分享, mark. */
const BUMP_REPLY =
	/^(?:(?:帮(?:你|您|楼主|樓主)?|来|來)?顶(?:一下|一个|下|起来|起來|上去)?|路过|路過|支持(?:一下|楼主|樓主)?|学习了|學習了|谢谢(?:楼主|樓主|分享)|謝謝(?:樓主|分享)|感谢(?:楼主|樓主|分享)|感謝(?:樓主|分享)|mark)[哈啊呀啦了吧哦喔~～\s]*[!！.。~～]*$/iu;

export const bumpReplyRule: LineRule = {
	id: 'bump-reply',
	scope: 'line',
	description:
		'A forum reply on its own line that only bumps the thread or thanks the poster (帮你顶下哈!!, 顶一下, 路过, 支持楼主, 谢谢分享, mark) says nothing of the subject and is removed. A sentence with such a word (顶部的按键是电源键, 支持闪付的POS机) goes on after it and stays.',
	examples: {
		removes: ['帮你顶下哈!!', '顶一下', '路过~', '谢谢楼主!'],
		keeps: ['顶部的按键是电源键。', '支持闪付的POS机', '谢谢楼主,按你说的重新签到就好了。'],
	},
	matches: (line) => BUMP_REPLY.test(line.trim()),
};
