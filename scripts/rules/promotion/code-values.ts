import { spansOf } from './shared.ts';
import type { Span, WordsRule } from './types.ts';

/**
 * Values of code and raw markup left in the text of a page: they are never a statement a reader can use, whatever the
 * page is about. Judged by form (a scheme and `://`, a `data:` URI, a quoted key with a quoted value, a long hex
 * digest, a code-fence marker), never by the words around them.
 */

/** A `data:` URI (data:image/png;base64,iVBOR…) or a URL of any scheme other than the web's (s3://…, ftp://…, file://…). */
const SCHEME_URL =
	/["']?(?:\bdata:[a-z]+\/[\w.+-]+(?:;[\w=-]+)*,?[A-Za-z0-9+/=]*|\b(?!https?:)[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>，。,;；]+)["']?\s*,?/giu;

export const schemeUrlRule: WordsRule = {
	id: 'scheme-url',
	scope: 'words',
	description:
		'A `data:` URI (data:image/png;base64,…, data:image/s3,) or a URL of a scheme other than http(s) (s3://crabby-images/…, ftp://…, file://…) is markup that leaked into the text: removed with its quotes. Web addresses are the rule `url`; a scheme name in prose without `://` (Data: 2023) stays.',
	examples: {
		removes: [
			'data:image/s3,"s3://crabby-images/f63e3/f63e32d7156ca61660decdc7bf22fa04667a566e"',
			'刷卡失败时先检查网络 s3://bucket/logs/pos.txt 再重试。',
		],
		keeps: ['刷卡失败时先检查网络,再重试。', 'Data: 2023年交易数据显示,失败率下降。', '错误码:05 不予承兑'],
	},
	spans(text): Span[] {
		return [...text.matchAll(SCHEME_URL)].map((match) => [match.index, match.index + match[0].length] as const);
	},
};

/**
 * A quoted key with a quoted, numeric or literal value: `'nonce_str':'ecc1…',` `"total_fee": 100`. A value in Chinese
 * ('out_trade_no':'商户系统内部的订单号', "errorMessage":"认证信息不存在") documents the field and stays.
 */
const QUOTED_PAIR =
	/(['"])[A-Za-z_][\w.-]{0,40}\1\s*:\s*(?:'[^'\n\p{Script=Han}]{0,200}'|"[^"\n\p{Script=Han}]{0,200}"|-?\d+(?:\.\d+)?|true|false|null)\s*,?/gu;
/** A hex digest of 16+ digits with both letters and digits (a signature, nonce, key or hash); not a path segment of a URL (the rule `url`). */
const HEX_DIGEST = /(?<![A-Za-z0-9/._=-])(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{16,}(?![A-Za-z0-9/._-])/gu;
/** A code-fence marker with its label: ~~~[api], ```json. */
const FENCE = /(?:~{3,}|`{3,})\s*(?:\[[\w-]{1,20}\]|[A-Za-z]{1,12}\b)?/gu;

export const codeValueRule: WordsRule = {
	id: 'code-value',
	scope: 'words',
	description:
		"API sample values and code markers on a page: a quoted key with its value ('nonce_str':'ecc1…', \"total_fee\": 100, with the comma after it), a hex digest of 16+ characters with letters and digits (a signature, nonce or hash) and a code-fence marker (~~~[api], ```json) are removed; the comments and text around them stay. A field name in prose (返回参数result_note), an error code (05, A0) and a card or order number of digits only are not digests and stay.",
	examples: {
		removes: [
			"{ 'version':'1.0.0', 'nonce_str':'ecc11dfaa6850267c723210d08510b87', //随机数",
			'签名 8EE9BB66CD20E5D52BA0D9794299ED86 校验失败时,查询订单状态。',
			'需确认支付状态 ~~~[api] post:api/wincode/order_query',
		],
		keeps: [
			'V0.9 新增返回参数result_note,记录错误描述',
			'订单号 20230617123456789012 未找到时返回ACQ_QUERY_NO_RECORD。',
			'应答码A0表示MAC校验错,请重新签到。',
			'"errorMessage":"认证信息不存在(库中无记录)"',
		],
	},
	spans(text): Span[] {
		return spansOf(text, [QUOTED_PAIR, HEX_DIGEST, FENCE]);
	},
};
