import iconv from 'iconv-lite';
import { UNIFIED_IDEOGRAPH_RANGE } from '../../../src/shared/chinese/han.ts';
import type { Diagnostic, StageResult } from '../../diagnostics.ts';
import { error } from '../../diagnostics.ts';
import type { DecodedSource, SourceFile } from '../types.ts';

/** Default size limit: articles are ~10 KB; anything above 20 MiB is not an article (dump, archive, video). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options of {@link decode}. */
export interface DecodeOptions {
	/** Largest accepted file in bytes; larger files are rejected with `decode/too-large`. Default {@link DEFAULT_MAX_BYTES}. */
	maxBytes?: number;
}

/**
 * Share of characters that must be CJK, ASCII printable, whitespace or common punctuation for a GB18030 reading to be believed.
 * Random bytes decoded as GB18030 produce rare ideographs, private-use and box-drawing characters instead.
 */
const PLAUSIBLE_SHARE = 0.9;
/** More C0 control characters than this share of the text means the file is binary, not text. */
const CONTROL_SHARE = 0.01;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Stage 1, decode: bytes → text with LF line ends.
 * Accepts UTF-8 (with or without BOM), UTF-16LE/BE with BOM and GB18030/GBK (tried only when the bytes are not valid UTF-8,
 * and accepted only when the result reads as Chinese text). Rejects empty, binary, undecodable and too-large files with a
 * diagnostic naming the file and the fix. UTF-16 without a BOM is rejected as binary (its NUL bytes are indistinguishable).
 * Never throws.
 */
export function decode(source: SourceFile, options: DecodeOptions = {}): StageResult<DecodedSource> {
	const where = { file: source.file };
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const bytes = source.bytes;
	if (bytes.length > maxBytes) {
		return reject(
			error(
				'decode/too-large',
				where,
				`File is ${formatBytes(bytes.length)}, above the ${formatBytes(maxBytes)} limit for one article.`,
				'Split the file into one article per file, or raise the limit with `npm run ingest -- --max-bytes N` if it really is one article.',
			),
		);
	}
	try {
		const decoded = decodeBytes(bytes);
		if (decoded === 'binary') {
			return reject(
				error(
					'decode/binary',
					where,
					'File contains NUL bytes or control characters: it is binary, or UTF-16 without a byte-order mark.',
					'Save the article as UTF-8 text (or UTF-16 with a BOM); remove non-text files from sources/.',
				),
			);
		}
		if (decoded === 'undecodable') {
			return reject(
				error(
					'decode/undecodable',
					where,
					'File is neither valid UTF-8 nor plausible GB18030/GBK text.',
					'Re-save the article as UTF-8; if it uses another legacy encoding (Big5, Shift-JIS), convert it first with iconv.',
				),
			);
		}
		const text = decoded.text.replace(/\r\n?/g, '\n');
		if (text.trim() === '') {
			return reject(
				error('decode/empty', where, 'File is empty or contains only whitespace.', 'Delete the file or put the article text in it.'),
			);
		}
		if (looksBinary(text)) {
			return reject(
				error(
					'decode/binary',
					where,
					'Decoded text contains NUL or many control characters: it is not an article.',
					'Save the article as plain UTF-8 text; remove non-text files from sources/.',
				),
			);
		}
		return { ok: true, value: { file: source.file, encoding: decoded.encoding, text }, diagnostics: [] };
	} catch (cause) {
		// Defensive: decoders should not throw on any input, but a crash here must still become a diagnostic.
		return reject(
			error(
				'decode/undecodable',
				where,
				`File could not be decoded (${cause instanceof Error ? cause.message : String(cause)}).`,
				'Re-save the article as UTF-8 text.',
			),
		);
	}
}

type Decoded = { encoding: string; text: string } | 'binary' | 'undecodable';

function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { encoding: 'utf-8', text: '' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = tryUtf8(bytes.subarray(3));
		return text === undefined ? 'undecodable' : { encoding: 'utf-8-bom', text };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { encoding: 'utf-16le', text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le') };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { encoding: 'utf-16be', text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be') };
	if (bytes.includes(0)) return 'binary';
	const text = tryUtf8(bytes);
	if (text !== undefined) return { encoding: 'utf-8', text };
	const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
	if (looksBinary(gb)) return 'binary';
	return isPlausibleChinese(gb) ? { encoding: 'gb18030', text: gb } : 'undecodable';
}

function tryUtf8(bytes: Uint8Array): string | undefined {
	try {
		return utf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/** CJK ideographs, CJK and full-width punctuation, printable ASCII and whitespace: what a Chinese article is made of. */
const PLAUSIBLE_CHAR = new RegExp(`[${UNIFIED_IDEOGRAPH_RANGE}\\u3000-\\u303f\\uff00-\\uffef\\u2010-\\u2027\\u00b7\\x20-\\x7e\\s]`, 'u');

/** True when a GB18030 reading has no replacement characters and is mostly CJK/ASCII text. */
export function isPlausibleChinese(text: string): boolean {
	if (text.includes('\ufffd')) return false;
	let plausible = 0;
	let total = 0;
	for (const char of text) {
		total++;
		if (PLAUSIBLE_CHAR.test(char)) plausible++;
	}
	return total > 0 && plausible / total >= PLAUSIBLE_SHARE;
}

/** NUL anywhere, or more than 1 % C0 control characters other than tab, LF, CR and form feed. */
function looksBinary(text: string): boolean {
	if (text.includes('\0')) return true;
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
	}
	return controls > Math.max(2, text.length * CONTROL_SHARE);
}

function formatBytes(n: number): string {
	return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}

function reject(diagnostic: Diagnostic): StageResult<DecodedSource> {
	return { ok: false, diagnostics: [diagnostic] };
}
