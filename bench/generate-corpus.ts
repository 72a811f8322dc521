import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { toTraditional } from '../src/shared/chinese/standard.ts';

/**
 * Synthetic corpus for the benchmarks (issue 9): N articles of the genre built from the shipped sources, deterministic
 * by seed. Each article is a shuffled and perturbed mix of real paragraphs, with the promotion, obfuscation, encodings
 * and structure variants the cleaner handles, so an ingest of the corpus exercises every stage at a realistic mix.
 *
 * Article i depends only on (seed, i, sources): the 100-article corpus is a prefix of the 1,000-article one, which
 * keeps the sizes of a benchmark comparable.
 */

/** A source article as text (the shipped sources are UTF-8). */
export interface CorpusSource {
	file: string;
	text: string;
}

/** One generated article: its file name and its bytes (encoding varies, as in the wild). */
export interface GeneratedArticle {
	file: string;
	bytes: Uint8Array;
}

export interface CorpusOptions {
	/** Number of articles. */
	n: number;
	/** Any string or number; the same seed gives the same bytes. */
	seed: string | number;
}

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform (32-bit integer maths only). */
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a of a string: turns a textual seed (and an article index) into a 32-bit PRNG seed. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (random: Random, p: number): boolean => random() < p;
const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

function shuffle<T>(random: Random, list: T[]): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[list[i], list[j]] = [list[j] as T, list[i] as T];
	}
	return list;
}

/** A source cut into its title, the lines before its first heading, and its sections (heading + lines). */
interface ParsedSource {
	title: string;
	intro: string[];
	sections: string[][];
}

/** Sentence punctuation: a line with any is a paragraph or item, not a heading. */
const SENTENCE = /[。,，;；:：!！?？]/u;
const NUMBERED = /^\s*(?:\d{1,2}\s*[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[a-z]\s*[.、])/u;

/** A short line without sentence punctuation or item numbering opens a section (a good enough reading of the genre). */
const isHeading = (line: string): boolean => line.length <= 30 && !SENTENCE.test(line) && !NUMBERED.test(line);

export function parseSource(text: string): ParsedSource {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.trimEnd())
		.filter((l) => l.trim() !== '');
	const [title = '', ...body] = lines;
	const intro: string[] = [];
	const sections: string[][] = [];
	for (const line of body) {
		if (isHeading(line.trim()) && !line.includes('目录')) sections.push([line]);
		else if (sections.length > 0) sections.at(-1)?.push(line);
		else intro.push(line);
	}
	return { title, intro, sections };
}

// --- Numbers -------------------------------------------------------------------------------------------------------

const AMOUNTS = [50, 88, 100, 200, 300, 500, 680, 800, 1000, 1200, 1500, 2000, 3000, 5000, 8000, 10000, 20000];
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chineseNumber = (n: number): string =>
	n <= 10 ? (CHINESE_DIGITS[n] ?? String(n)) : n < 20 ? `十${CHINESE_DIGITS[n - 10]}` : String(n);

/** List numbering styles the genre uses; one per article, applied to every `1、`/`1.`-style item. */
const NUMBERING_STYLES: ReadonlyArray<(n: number) => string> = [
	(n) => `${n}、`,
	(n) => `${n}.`,
	(n) => `${n}. `,
	(n) => `(${n})`,
	(n) => `（${n}）`,
	(n) => `${n})`,
	(n) => `${chineseNumber(n)}、`,
	(n) => `第${chineseNumber(n)}，`,
];

/** Amounts, working days and hours get new values; list numbering gets the article's style. */
function perturbNumbers(line: string, random: Random, style: (n: number) => string): string {
	return line
		.replace(/^(\s*)(\d{1,2})\s*[、.．](?!\d)\s*/u, (_, indent: string, n: string) => `${indent}${style(Number(n))}`)
		.replace(/(?<![\d.])\d{2,5}(?=元)/gu, () => String(pick(random, AMOUNTS)))
		.replace(/(?<![\d.])(\d{1,2})-(\d{1,2})(?=个?工作日|天)/gu, () => {
			const from = int(random, 1, 3);
			return `${from}-${from + int(random, 1, 6)}`;
		})
		.replace(/(?<![\d.-])(\d{1,2})(?=个工作日|天内|小时)/gu, () => String(int(random, 1, 15)));
}

// --- Wording ---------------------------------------------------------------------------------------------------------

/** Synonym swaps that keep the meaning, so articles are near-duplicates of each other rather than copies. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
	['商家', '商户'],
	['消费者', '持卡人'],
	['交易失败', '交易不成功'],
	['及时', '尽快'],
	['检查', '核查'],
	['导致', '造成'],
	['确保', '保证'],
	['可能', '也许'],
	['网络', '网路'],
	['解决方法', '处理办法'],
	['如果', '假如'],
	['需要', '须要'],
	['联系', '咨询'],
	['问题', '状况'],
	['银行', '发卡行'],
	['系统', '平台'],
	['出现', '发生'],
	['了解', '知道'],
	['建议', '最好'],
	['一般', '通常'],
];

/** Openers the genre pads sentences with. */
const FILLERS = ['一般来说,', '通常情况下,', '需要注意的是,', '实际上,', '简单来说,', '据了解,', '总的来说,', '事实上,'];

/**
 * Rewords a line the way copied articles differ: synonyms, a filler opener, two clauses swapped. Real corpora of the
 * genre repeat few lines verbatim, so most generated lines must be new text too, or caches would flatter the benchmark.
 */
function perturbWording(line: string, random: Random): string {
	let text = line;
	for (const [from, to] of SYNONYMS) if (text.includes(from) && chance(random, 0.5)) text = text.split(from).join(to);
	if (text.length > 15 && chance(random, 0.4)) text = `${pick(random, FILLERS)}${text}`;
	const clauses = text.split(/(?<=[,，])/u);
	if (clauses.length >= 3 && chance(random, 0.5)) {
		const at = int(random, 0, clauses.length - 3);
		[clauses[at], clauses[at + 1]] = [clauses[at + 1] as string, clauses[at] as string];
		text = clauses.join('');
	}
	return text;
}

const TITLE_TEMPLATES: ReadonlyArray<(title: string) => string> = [
	(t) => t,
	(t) => `${t}怎么办`,
	(t) => `${t}?`,
	(t) => `${t}(最新整理)`,
	(t) => `${t},商户必看`,
	(t) => `详解:${t}`,
	(t) => `${t}的处理流程`,
	(t) => `收银员须知:${t}`,
];

// --- Inserted promotion (each kind is one the cleaner removes) -------------------------------------------------------

const BRANDS = ['拉卡拉', '盛付通', '瑞银信', '乐刷', '随行付', '汇付天下', '立刷', '星驿付'];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安'];
const digits = (random: Random, count: number): string => Array.from({ length: count }, () => int(random, 0, 9)).join('');
const latin = (random: Random, count: number): string =>
	Array.from({ length: count }, () => pick(random, [...'abcdefghijkmnpqrstuvwxyz23456789'])).join('');

/** Whole promotional lines, each of a kind a promotion rule removes. */
const PROMO_LINES: ReadonlyArray<(random: Random) => string> = [
	(r) => `${pick(r, BRANDS)}POS机,大品牌,持有央行颁发的支付牌照,是正规一清POS机。`,
	(r) => `${pick(r, BRANDS)}POS机办理入口:www.${latin(r, 6)}pos.com,按要求填写提交申请信息即可。`,
	(r) => `如需办理请致电1${int(r, 3, 9)}${digits(r, 1)}-${digits(r, 4)}-${digits(r, 4)},全天服务。`,
	(r) => `有需要的朋友可以加微信:pos${digits(r, 4)}${latin(r, 3)},V信同号。`,
	(r) => `费率0.${int(r, 30, 60)}永不涨价,秒到账,现在办理免押金。`,
	() => '全国火热招商,诚招代理,分润日结,欢迎加盟。',
	(r) => `${pick(r, ['百家乐真人娱乐,注册即送38元。', '无视征信黑户贷款,当天下款。', '网上娱乐城,体育投注首充返利。'])}`,
	(r) => `本文由POS${pick(r, ['之家', '知识网', '百科'])}发布,不代表本站观点,转载请注明出处。`,
	(r) =>
		`作者:admin 发布时间:20${int(r, 18, 25)}-0${int(r, 1, 9)}-1${int(r, 0, 9)} 1${int(r, 0, 9)}:${int(r, 10, 59)} 阅读:${int(r, 100, 9999)}`,
	() => '以上内容仅供参考,如有侵权请联系删除。',
	() => '关键词:POS机、刷卡失败、交易拒绝',
	(r) => `客服热线:95${digits(r, 3)},如有疑问请咨询。`,
	() => '微信复制成功',
	(r) => `POS机刷卡失败的原因(图${int(r, 1, 9)})`,
	() => '图片来源:网络',
	() => '上一篇:POS机刷卡显示余额不足怎么办',
	(r) => `我是${pick(r, BRANDS)}的客户经理小王,专业办理POS机,需要的老板找我办理。`,
	() => '希望本文能够帮助大家更好地了解POS机刷卡失败的问题。',
];

/** Promotion glued into a factual line: the words rules remove it and the sentence stays. */
const PROMO_INLINE: ReadonlyArray<(line: string, random: Random) => string> = [
	(l, r) => l.replace(/[,，]/u, (sep) => `${sep}${pick(r, CITIES)}正规POS机免费申请${sep}`),
	(l) => `${l}复制成功`,
	(l, r) => l.replace(/[,，]/u, (sep) => `(图${int(r, 1, 5)})${sep}`),
	(l) => l.replace(/[,，]/u, (sep) => `<span class="hl">${sep}</span>`),
	(l, r) => l.replace(/。/u, `,客服热线:96${digits(r, 3)}。`),
];

// --- Obfuscation and encoding (kinds the de-obfuscation table and normalize undo) ---------------------------------------

const OBFUSCATIONS: ReadonlyArray<(line: string, random: Random) => string> = [
	(l, r) => l.replace(/卡/gu, (c) => (chance(r, 0.5) ? pick(r, ['ka卡', 'KA卡', 'Ka卡']) : c)),
	(l) => l.replace(/银行卡(?!片)/gu, '银行ka').replace(/信用卡/gu, '信用KA'),
	(l) => l.replace(/信息/gu, '信xi息'),
	(l) => l.replace(/诈骗/gu, '炸骗'),
	(l) => l.replace(/系统/u, '系统不夜城'),
	(l, r) => l.replace(/POS机/gu, () => pick(r, ['pos机', 'Pos机', 'POS 机', 'POS机'])),
	(l) => l.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
	(l, r) => l.replace(/。/gu, (c) => (chance(r, 0.3) ? `\u200b${c}` : c)),
	(l) => l.replace(/刷卡/u, '刷卡(shuā kǎ)'),
	(l) => l.replace(/银行卡信息/u, 'POSSka卡信息'),
	(l) => l.replace(/信用卡/u, 'xyk'),
];

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-8-crlf' | 'gb18030' | 'utf-16le-bom';

/** Mostly UTF-8, like the shipped sources, with the other encodings decode accepts. */
function pickEncoding(random: Random): Encoding {
	const x = random();
	if (x < 0.84) return 'utf-8';
	if (x < 0.89) return 'utf-8-bom';
	if (x < 0.93) return 'utf-8-crlf';
	if (x < 0.97) return 'gb18030';
	return 'utf-16le-bom';
}

function encode(text: string, encoding: Encoding): Uint8Array {
	switch (encoding) {
		case 'utf-8':
			return new TextEncoder().encode(text);
		case 'utf-8-bom':
			return new TextEncoder().encode(`\ufeff${text}`);
		case 'utf-8-crlf':
			return new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
		case 'gb18030':
			return new Uint8Array(iconv.encode(text, 'gb18030'));
		case 'utf-16le-bom':
			return new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf-16le'));
	}
}

/** Simplified → Traditional (Taiwan), the inverse of the project's standard (src/shared/chinese/standard.ts). */
const traditional = toTraditional;

// --- Articles ----------------------------------------------------------------------------------------------------------

/** Builds article `index` of the corpus from the parsed sources. */
function buildArticle(parsed: readonly ParsedSource[], seed: string, index: number): GeneratedArticle {
	const random = mulberry32(hashSeed(`${seed}:${index}`));
	const base = pick(random, parsed);
	const style = pick(random, NUMBERING_STYLES);

	// Structure: the base article's sections, shuffled, some dropped, one or two borrowed from another source.
	const sections = shuffle(
		random,
		base.sections.filter(() => chance(random, 0.85)),
	);
	for (let borrowed = int(random, 0, 2); borrowed > 0; borrowed--) {
		const other = pick(random, parsed).sections;
		if (other.length > 0) sections.splice(int(random, 0, sections.length), 0, pick(random, other));
	}
	const title = pick(random, TITLE_TEMPLATES)(perturbNumbers(base.title, random, style));
	const body: string[] = [...base.intro, ...sections.flat()].map((line) => perturbWording(perturbNumbers(line, random, style), random));

	// Promotion: a few inserted lines and inline insertions, a repeated title, sometimes a TOC and a related list.
	for (let count = int(random, 0, 4); count > 0; count--) body.splice(int(random, 1, body.length), 0, pick(random, PROMO_LINES)(random));
	for (let count = int(random, 0, 3); count > 0; count--) {
		const at = int(random, 0, body.length - 1);
		body[at] = pick(random, PROMO_INLINE)(body[at] ?? '', random);
	}
	if (chance(random, 0.3)) body.splice(int(random, 1, body.length), 0, title);
	if (chance(random, 0.25)) {
		const headings = sections.slice(0, 5).map((s, i) => `${i + 1}. ${s[0]?.trim() ?? ''}`);
		body.unshift('本文目录导读:', ...headings);
	}
	if (chance(random, 0.2)) body.push('相关推荐', 'POS机刷卡显示余额不足怎么办', '信用卡刷不了是什么原因');

	// Obfuscation: each article gets a few kinds, applied to a share of its lines.
	const kinds = OBFUSCATIONS.filter(() => chance(random, 0.3));
	const lines = [title, ...body].map((line) => {
		let text = line;
		for (const obfuscate of kinds) if (chance(random, 0.4)) text = obfuscate(text, random);
		return text;
	});

	// Layout and encoding: blank lines between paragraphs or not, Traditional script now and then.
	const separator = chance(random, 0.5) ? '\n\n' : '\n';
	let text = `${lines.join(separator)}\n`;
	if (chance(random, 0.03)) text = traditional(text);
	const bytes = encode(text, pickEncoding(random));
	const id = [hashSeed(`${seed}:${index}`), hashSeed(text)].map((h) => h.toString(16).padStart(8, '0')).join('');
	return { file: `${String(index).padStart(6, '0')}_${id}.txt`, bytes };
}

/**
 * Generates articles one at a time (a 10,000-article corpus need not be held in memory). Pure: same sources, seed and
 * n give the same files and bytes.
 */
export function* generateArticles(sources: readonly CorpusSource[], options: CorpusOptions): Generator<GeneratedArticle> {
	if (sources.length === 0) throw new Error('generateArticles: no sources to build from');
	const parsed = [...sources].sort((a, b) => (a.file < b.file ? -1 : 1)).map((s) => parseSource(s.text));
	for (let index = 0; index < options.n; index++) yield buildArticle(parsed, String(options.seed), index);
}

/** The whole corpus as an array; see {@link generateArticles}. */
export function generateCorpus(sources: readonly CorpusSource[], options: CorpusOptions): GeneratedArticle[] {
	return [...generateArticles(sources, options)];
}

/** Reads the shipped sources (UTF-8 text files, dotfiles skipped). */
export async function readCorpusSources(dir: string): Promise<CorpusSource[]> {
	const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
	return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/** Writes `n` articles to `out` (replaced). Returns the total bytes written. */
export async function writeCorpus(sourcesDir: string, out: string, options: CorpusOptions): Promise<number> {
	const sources = await readCorpusSources(sourcesDir);
	await rm(out, { recursive: true, force: true });
	await mkdir(out, { recursive: true });
	let total = 0;
	for (const article of generateArticles(sources, options)) {
		await writeFile(join(out, article.file), article.bytes);
		total += article.bytes.length;
	}
	return total;
}

const USAGE = 'usage: node bench/generate-corpus.ts --n N [--seed S] [--out DIR] [--sources DIR]';

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			n: { type: 'string', default: '100' },
			seed: { type: 'string', default: 'pos-kb' },
			out: { type: 'string', default: 'build/corpus' },
			sources: { type: 'string', default: 'sources' },
		},
		strict: true,
	});
	const n = Number(values.n);
	if (!Number.isInteger(n) || n < 1) {
		process.stderr.write(`generate-corpus: --n must be a positive integer\n${USAGE}\n`);
		return 2;
	}
	const bytes = await writeCorpus(resolve(values.sources), resolve(values.out), { n, seed: values.seed });
	process.stderr.write(`generate-corpus: wrote ${n} articles (${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${values.out}\n`);
	return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
