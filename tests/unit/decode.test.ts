import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, decode } from '../../scripts/pipeline/stages/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const source = (bytes: Uint8Array, file = 'a.txt') => ({ file, bytes });
const ARTICLE = 'POS机刷卡失败怎么办\r\n\r\n检查网络连接，重启POS机。\r最后联系银行。';

describe('decode', () => {
	it('decodes UTF-8 without BOM and turns CRLF and CR into LF', () => {
		const result = decode(source(utf8(ARTICLE)));
		expect(result).toMatchObject({
			ok: true,
			value: { encoding: 'utf-8', text: 'POS机刷卡失败怎么办\n\n检查网络连接，重启POS机。\n最后联系银行。' },
		});
	});

	it('decodes UTF-8 with BOM and CRLF, dropping the BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]);
		const result = decode(source(bytes));
		expect(result.ok && result.value.encoding).toBe('utf-8-bom');
		expect(result.ok && result.value.text.startsWith('POS机')).toBe(true);
		expect(result.ok && result.value.text.includes('\r')).toBe(false);
	});

	it('decodes UTF-16LE and UTF-16BE with BOM', () => {
		for (const [encoding, bom] of [
			['utf-16le', [0xff, 0xfe]],
			['utf-16be', [0xfe, 0xff]],
		] as const) {
			const body = encoding === 'utf-16le' ? iconv.encode(ARTICLE, 'utf-16le') : Buffer.from(iconv.encode(ARTICLE, 'utf-16le')).swap16();
			const result = decode(source(new Uint8Array([...bom, ...body])));
			expect(result.ok && result.value.encoding).toBe(encoding);
			expect(result.ok && result.value.text).toBe('POS机刷卡失败怎么办\n\n检查网络连接，重启POS机。\n最后联系银行。');
		}
	});

	it('detects GBK/GB18030 when the bytes are not UTF-8 and the result reads as Chinese', () => {
		const result = decode(source(new Uint8Array(iconv.encode(ARTICLE, 'gb18030'))));
		expect(result.ok && result.value.encoding).toBe('gb18030');
		expect(result.ok && result.value.text).toContain('检查网络连接，重启POS机。');
	});

	it('rejects an empty or whitespace-only file with decode/empty', () => {
		for (const bytes of [new Uint8Array(), utf8(' \n\r\n '), new Uint8Array([0xef, 0xbb, 0xbf])]) {
			const result = decode(source(bytes, 'empty.txt'));
			expect(result.ok).toBe(false);
			expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'decode/empty', file: 'empty.txt' });
			expect(result.diagnostics[0]?.hint).toBeTruthy();
		}
	});

	it('rejects binary files (NUL bytes, control characters) with decode/binary', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(decode(source(png, 'image.png')).diagnostics[0]).toMatchObject({ code: 'decode/binary', file: 'image.png' });
		const controls = utf8(`文本${'\x01\x02\x03\x04'.repeat(20)}`);
		expect(decode(source(controls)).diagnostics[0]?.code).toBe('decode/binary');
	});

	it('rejects bytes that are neither UTF-8 nor plausible GB18030 with decode/undecodable', () => {
		// Random high bytes: valid GB18030 sequences of rare characters, mixed with invalid ones.
		const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 127)));
		const result = decode(source(bytes, 'latin.txt'));
		expect(result.ok).toBe(false);
		expect(['decode/undecodable', 'decode/binary']).toContain(result.diagnostics[0]?.code);
	});

	it('rejects a 30 MB file by the default 20 MiB limit with a clear message, and accepts it when the limit is raised', () => {
		const big = new Uint8Array(30 * 1024 * 1024).fill(0x41);
		const rejected = decode(source(big, 'dump.txt'));
		expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
		expect(rejected.ok).toBe(false);
		expect(rejected.diagnostics[0]).toMatchObject({ code: 'decode/too-large', file: 'dump.txt' });
		expect(rejected.diagnostics[0]?.message).toMatch(/30\.0 MiB.*20\.0 MiB/);
		expect(rejected.diagnostics[0]?.hint).toMatch(/--max-bytes/);
		expect(decode(source(big), { maxBytes: 40 * 1024 * 1024 }).ok).toBe(true);
	});

	it('never throws on arbitrary bytes', () => {
		for (let seed = 0; seed < 200; seed++) {
			const bytes = new Uint8Array(Array.from({ length: seed * 3 }, (_, i) => (i * 131 + seed * 17) % 256));
			expect(() => decode(source(bytes))).not.toThrow();
		}
	});
});
