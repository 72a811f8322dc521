import type { Audience } from '../../../src/schemas/audience.ts';
import type { MatchRule } from '../../../src/schemas/match-rule.ts';
import { aboutTheCard, type ChannelContext, contextOf, inChannel, pageChannel } from '../../rules/statement-channel/index.ts';
import { opening } from '../../rules/statement-form/rules.ts';
import { roleOf, type StatementRole } from '../../rules/statement-role/index.ts';
import { inScope } from '../../rules/statement-scope/index.ts';
import { bySubject } from '../../rules/statement-subject/index.ts';
import type { Catalogue } from '../catalogue.ts';
import { compileRuleBook } from '../text/match.ts';
import type { StatementKind } from '../types.ts';
import { kindOfText } from './classify.ts';
import type { Unit } from './cut.ts';
import {
	buildVerifierIndex,
	entryText,
	type RejectedPlacement,
	type VerifierEntry,
	type VerifierModel,
	verifyPlacements,
} from './verify-placement.ts';

/**
 * Stage 10, place: each statement goes into the catalogue entries whose match rules its own words meet, in its kind's
 * order of collections, kept to the collections its role allows ({@link ROLE_PLACES}); a statement deliberately not
 * published gets its `U-…` class; the rest stays unplaced. The section heading plays its part only through the kind
 * (the classifier reads it), which orders the candidates and never places on its own. Among the candidates of the
 * collection chosen, the side the statement names (cardholder or merchant, scripts/rules/statement-subject/) keeps the
 * entries for that side. A statement about another payment channel (a transfer, an OTP, an ATM, 花呗 …) that names no POS
 * context joins only entries about that channel (scripts/rules/statement-scope/); so does one about a QR code, a phone
 * wallet or an online payment, by its own words or, when they name no channel, by its section's or page's
 * (scripts/rules/statement-channel/). One placer (one Aho–Corasick
 * automaton over every catalogue term, and a cache) serves the whole run, one article at a time.
 */

/**
 * Which collections a statement of each kind is placed into, in order of preference. Advice (a remedy or a prevention
 * measure) is placed only with remedies and prevention measures: when none matches, it stays unplaced rather than
 * joining the cause it mentions (on the labelled sample, two in three of those were wrong).
 */
export const PLACEMENT_ORDER: Readonly<Record<StatementKind, ReadonlyArray<PlaceableCollection>>> = {
	cause: ['causes', 'symptoms', 'remedies'],
	remedy: ['remedies', 'prevention'],
	prevention: ['prevention', 'remedies'],
	case: ['cases', 'causes', 'remedies'],
	impact: ['symptoms', 'causes'],
	background: ['symptoms', 'causes', 'remedies', 'prevention'],
};

export type PlaceableCollection = 'symptoms' | 'causes' | 'remedies' | 'prevention' | 'cases';

/**
 * Where a statement of each role (scripts/rules/statement-role/, read from its own form) may be placed: the role must
 * fit the entry's kind. A remedy step or a measure goes under a remedy or a prevention measure, never a symptom or a
 * cause; a cause under a cause or the symptom it explains, never a remedy; a response code's meaning or a symptom anywhere
 * its kind orders it. A definition says what a term means, no remedy or measure: it goes only under the symptom
 * or cause that is that very term; background likewise only into an entry its own subject (what is described) matches:
 * 预授权是指…… under 预授权完成或撤销失败, never 应答码是指…… under 刷卡失败. A statement that names no problem at all (neutral) is no evidence for a symptom or a cause: it may only
 * inform a remedy or a measure. Among the collections a role allows, the kind (which the heading may set) chooses the order.
 */
export const ROLE_PLACES: Readonly<Record<StatementRole, ReadonlyArray<PlaceableCollection>>> = {
	definition: ['symptoms', 'causes'],
	background: ['symptoms', 'causes', 'remedies', 'prevention'],
	cause: ['causes', 'symptoms'],
	remedy: ['remedies', 'prevention'],
	prevention: ['prevention', 'remedies'],
	symptom: ['symptoms', 'causes', 'remedies', 'prevention'],
	neutral: ['remedies', 'prevention'],
};
/** Kinds whose sections make a neutral statement a step or a measure: remedies, prevention, a case told step by step. */
const NEUTRAL_KINDS: ReadonlySet<StatementKind> = new Set(['remedy', 'prevention', 'case']);
/** Roles placed only into entries their subject matches. */
const BY_SUBJECT: ReadonlySet<StatementRole> = new Set(['definition', 'background']);

/**
 * Roles that say by themselves which collection comes first (a remedy step is a remedy first, whatever its section). A
 * cause keeps its kind's order between causes and symptoms: tried first in causes, the development placements lost
 * 1.3 points (94.3 % against 95.7 %) and heldout-3/4 did not change (57.5/45.8 % against 57.4/46.0 %).
 */
const OWN_ORDER: ReadonlySet<StatementRole> = new Set(['remedy', 'prevention']);

/**
 * The collections a statement is tried in, in order. A remedy or prevention statement: its role's collections, its own
 * first. Any other role: its kind's order (which the heading may set), kept to the collections the role allows;
 * a neutral statement only where its kind is a remedy, a prevention measure or a case (a fact told among steps), never
 * from an introduction or a list of causes.
 */
export function placementOrder(kind: StatementKind, role: StatementRole | undefined): ReadonlyArray<PlaceableCollection> {
	if (!role) return PLACEMENT_ORDER[kind];
	const allowed = ROLE_PLACES[role];
	if (OWN_ORDER.has(role)) return allowed;
	if (role === 'neutral') return NEUTRAL_KINDS.has(kind) ? PLACEMENT_ORDER[kind].filter((c) => allowed.includes(c)) : [];
	// A cause told in a section of steps is still a cause: its role's collections when its kind allows none of them.
	const ordered = PLACEMENT_ORDER[kind].filter((c) => allowed.includes(c));
	return ordered.length ? ordered : allowed;
}

/** A limit stated as a fact: what the limit is or who sets it ("Ⅱ类卡的日交易限额通常为1万元", "银行会……设定一个每日消费限额"). */
const LIMIT_FACT =
	/限额(?:通常|一般|最高|仅)?为|(?:银行|发卡行|发卡机构|收单机构|支付机构|银联|系统)[^，,。；;]{0,6}(?:设定|设置|规定)[^，,。；;]{0,12}限额|限额是指/u;

/** A label naming what the terminal shows: "系统故障提示：", "系统报错提示：", "屏幕显示：". */
const DISPLAY_LABEL = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?[^：:，,。；;]{0,10}(?:提示|报错|显示)(?:信息)?\s*[：:]/u;

/** Opens on an event that has happened: "如果发现……", "若已……", "遇到这种情况，", "一旦……". */
const AFTER_EVENT =
	/^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:[^：:，,。；;]{1,10}[：:]\s*)?(?:如果|若|假如|要是|遇到|一旦|当(?!然)|发现|万一)/u;

/** A modal or a verb of asking that makes the sentence something the reader does ("可以向银行申请调整限额"). */
const READER_ACTS =
	/(?:可以|需要|应该|应当|建议|务必|请)(?:先|及时|主动)?(?:向|到|去|与)?[^，,。；;]{0,6}?(?:申请|联系|调整|拨打|致电|办理|设置)/u;

/**
 * The collections a statement is tried in: {@link placementOrder}, except that a limit stated as a fact, with no advice
 * of its own (no role, or prevention only through a purpose clause), is a cause before it is a measure, whatever its
 * section: "了解限额" is the measure, what the limit is the cause.
 */
export function orderOf(kind: StatementKind, role: StatementRole | undefined, text: string): ReadonlyArray<PlaceableCollection> {
	const order = placementOrder(kind, role);
	// A step taken once something has happened ("如果发现……，应……", "遇到这种情况，……") repairs; it prevents nothing.
	if (role === 'remedy' && AFTER_EVENT.test(text)) return order.filter((c) => c !== 'prevention');
	// A label that names what the terminal shows ("系统故障提示：……", "系统报错提示：……") makes a symptom: tried in symptoms first.
	if (DISPLAY_LABEL.test(text) && role !== 'remedy' && role !== 'prevention')
		return ['symptoms', ...order.filter((c) => c !== 'symptoms' && c !== 'remedies' && c !== 'prevention')];
	const beforePurpose = text.split(/以[免防]/u)[0]!;
	if (
		(role === undefined || role === 'prevention') &&
		order[0] === 'prevention' &&
		LIMIT_FACT.test(text) &&
		!ADVICE.test(opening(text)) &&
		!READER_ACTS.test(beforePurpose)
	)
		return ['causes', ...order];
	return order;
}

/**
 * Advice by its form: (a condition,) (who) (a modal) a verb of doing — "此时可重启设备……", "若为POS机故障，需联系……",
 * "通过银行APP或客服核实账户扣款明细。", "如果余额不足，你需要及时充值……".
 */
const ADVICE =
	/^(?:(?:首先|其次|然后|最后|另外|此外)[，,]\s*)?(?:(?:此时|这时候?|这种情况下|在这种情况下|为了?解决这个问题)[，,]?\s*|(?:如果|假如|假若|若)[^，。；]{1,24}[，,]\s*|(?:在|当)[^，。；]{1,24}(?:时|后|前|中|的情况下)[，,]\s*|如遇[^，。；]{1,20}?(?=请|可|需|应))?(?:就|则|那么)?(?:(?:你|您|我们|用户|商家|商户|持卡人|消费者|客户)|需要|需|应该|应当|应|可以|可|要|请|建议|务必|尽快|立即|及时|首先|先|直接|就|注意|尝试|试着|稍后|别着急[，,]?|别急[，,]?|让[^，。；]{1,6}?|通过[^，。；]{1,15}?)*(?:检查|确认|确保|核对|核实|联系|更换|换用|改用|重启|查询|等待|报告|保留|留存|保存|协助|询问|咨询|寻求|提供|修复|重新|查看|报警|拨打|申请|要求|充值|清洁|清理|协商|提高|提升)/u;
/** A label that names a problem: "技术支持不足：", "设备故障：", "操作失误：". */
const PROBLEM_LABEL = /(?:不足|故障|问题|错误|失误|缺失|不当|不稳定|异常|损坏)\s*[：:]\s*$/u;
/** Words that open an instruction ("请检查……", "应及时联系……", "检查网络连接……"). */
const INSTRUCTION = /^(?:请|应|需|要|可以?|建议|务必|尽快|立即|及时|先|首先|检查|确认|确保|核对|核实|联系|更换|重启|尝试)/u;
/** The label names a problem and is not itself an instruction ("联系银行解决系统故障：" is advice). */
const namesProblem = (label: string): boolean =>
	PROBLEM_LABEL.test(label) && !INSTRUCTION.test(label.replace(/^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[①-⑳])\s*/u, ''));
/** A measure against a problem by its form: "为了避免这种情况，……", "防止……". */
const AVOIDANCE = /^(?:为了?避免|为了?防止|预防|防止)/u;

/**
 * The kind a statement is placed as: the classifier's, unless the statement's own form says it is a remedy or a
 * prevention measure ("检查网络环境稳定性……" in an introduction or a list of causes is advice, not background).
 */
export function kindOfStatement(kind: StatementKind, text: string): StatementKind {
	const own = opening(text);
	const label = text.length > own.length ? text.slice(0, text.length - own.length) : '';
	// Under a remedy heading, a measure named as such ("加强设备维护：……", "建立应急预案：……") prevents rather than repairs;
	// a label that names a problem ("技术支持不足：……") over words that are not advice states a cause.
	if (kind === 'remedy') {
		if (namesProblem(label) && !INSTRUCTION.test(own) && !own.includes('请')) return 'cause';
		return kindOfText(label) === 'prevention' ? 'prevention' : kind;
	}
	// A cause's label names the cause ("维护或系统故障：……"): only a label that says what to do ("检查网络连接：……") or advice
	// in its own words makes it a remedy.
	if (kind === 'cause') return kindOfText(label) === 'remedy' || ADVICE.test(own) ? 'remedy' : kind;
	if (kind !== 'background' && kind !== 'impact') return kind;
	const byVerb = kindOfText(label) ?? kindOfText(own);
	if (byVerb) return byVerb;
	if (AVOIDANCE.test(own)) return 'prevention';
	return ADVICE.test(own) ? 'remedy' : kind;
}

/** The placeable entries (those with match rules) as the placement verifier sees them. */
export function verifierEntries(catalogue: Catalogue): VerifierEntry[] {
	return (['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const).flatMap((collection) =>
		(catalogue[collection] as ReadonlyArray<{ id: string; title: string; aliases?: string[]; match: MatchRule[] }>)
			.filter((entry) => entry.match.length > 0)
			.map((entry) => ({
				id: entry.id,
				collection,
				names: [entry.title, ...(entry.aliases ?? [])],
				text: entryText(entry as unknown as Record<string, unknown>),
				rules: entry.match,
			})),
	);
}

export interface Placer {
	/**
	 * Entry IDs a statement goes to, decided by its own words: those of the first collection in its kind's order whose
	 * match rules the statement meets; else the `U-…` ID when it is deliberately not published; else none. The list is
	 * shared between calls: read it, do not change it.
	 */
	entriesOf(kind: StatementKind, text: string, context?: ChannelContext): readonly string[];
	/** The entries the match rules proposed for a statement and the placement verifier rejected, with score and reason. */
	rejectedOf(kind: StatementKind, text: string, context?: ChannelContext): readonly RejectedPlacement[];
}

/**
 * The placer of a run. With a placement verifier (src/editorial/placement-verifier.yaml, loaded at the edge), each
 * (statement, entry) pair the match rules propose is kept only when the verifier scores it at or above its threshold;
 * the pairs it rejects are kept for the report ({@link Placer.rejectedOf}). Without one, the match rules decide alone.
 */
export function createPlacer(catalogue: Catalogue, verifier?: VerifierModel): Placer {
	const verifierIndex = verifier ? buildVerifierIndex(verifierEntries(catalogue)) : undefined;
	// Every entry with match rules, collection by collection, then the classes of statements not published: one rule book,
	// so a statement is scanned once for all of them.
	const placeable: Array<{
		id: string;
		collection: PlaceableCollection | 'unpublished';
		rules: ReadonlyArray<Pick<MatchRule, 'all'> & { not?: string[] }>;
	}> = [];
	/** Whom each entry is for: among the candidates of a collection, the statement's subject chooses (bySubject). */
	const audienceOf = new Map<string, readonly Audience[]>();
	/** What each entry is about in its own words (title, aliases, summary): a statement out of scope joins only an entry that names its channel. */
	const aboutOf = new Map<string, string>();
	/** The entries about the card itself or its disputes: a statement naming the card may join them from another channel. */
	const cardEntries = new Set<string>();
	for (const collection of ['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const) {
		for (const entry of catalogue[collection] as ReadonlyArray<{
			id: string;
			title: string;
			aliases?: string[];
			summary: string;
			match: MatchRule[];
			audience?: Audience[];
			category?: string;
		}>) {
			if (entry.match.length === 0) continue;
			placeable.push({ id: entry.id, collection, rules: entry.match });
			audienceOf.set(entry.id, entry.audience ?? []);
			const about = [entry.title, ...(entry.aliases ?? []), entry.summary].join(' ');
			aboutOf.set(entry.id, about);
			if (aboutTheCard({ category: entry.category, about })) cardEntries.add(entry.id);
		}
	}
	/**
	 * The candidates a statement may join at all: outside card acceptance at a terminal (its own words, or its section's
	 * or page's channel), only entries about its channel.
	 */
	const scoped = (text: string, ids: string[], context: ChannelContext | undefined): string[] =>
		inChannel(
			text,
			context,
			inScope(
				text,
				ids.map((id) => ({ id, about: aboutOf.get(id) ?? '', card: cardEntries.has(id) })),
			),
		).map((c) => c.id);
	const chosen = (text: string, ids: string[]): string[] =>
		bySubject(
			text,
			ids.map((id) => ({ id, audience: audienceOf.get(id) ?? [] })),
		).map((c) => c.id);
	for (const u of catalogue.unpublished) placeable.push({ id: u.id, collection: 'unpublished', rules: [u] });
	const book = compileRuleBook(placeable.map((p) => p.rules));
	const indexesOf = Map.groupBy(placeable.keys(), (i) => placeable[i]!.collection);
	const always = new Set(catalogue.unpublished.filter((u) => u.always).map((u) => u.id));
	const entriesOfUncached = (kind: StatementKind, text: string, context: ChannelContext | undefined): readonly string[] => {
		const found = book.scan(text);
		const matching = (collection: PlaceableCollection | 'unpublished') =>
			(indexesOf.get(collection) ?? []).filter((i) => book.accepts(i, found)).map((i) => placeable[i]!.id);
		// A subject the knowledge base does not cover: not published, whatever entry its words also match.
		const uncovered = matching('unpublished').find((id) => always.has(id));
		if (uncovered) return [uncovered];
		// A case study's rules name the particulars of its story (超市, 集体前往银行 …): a statement that tells them is part
		// of that case, whatever its section calls it.
		const role = roleOf(text);
		const cases = scoped(text, matching('cases'), context);
		if (cases.length) return verified(kind, text, context, role?.role, cases);
		// A definition or background joins only entries its subject names (its own words, not the heading's).
		const subject = role && BY_SUBJECT.has(role.role) ? book.scan(role.found) : undefined;
		for (const collection of orderOf(kindOfStatement(kind, text), role?.role, text)) {
			const hits = scoped(
				text,
				subject
					? (indexesOf.get(collection) ?? []).filter((i) => book.accepts(i, found) && book.accepts(i, subject)).map((i) => placeable[i]!.id)
					: matching(collection),
				context,
			);
			if (hits.length) return verified(kind, text, context, role?.role, chosen(text, hits));
		}
		// Deliberately not published: the first class that matches.
		return matching('unpublished').slice(0, 1);
	};
	/** The cache key of a statement: its text, and the channel of its context when it stands in one. */
	const keyOf = (text: string, context: ChannelContext | undefined) => (context ? `${context.rule.id}\u0000${text}` : text);
	// Pairs the verifier rejected, by text and kind (only those with any).
	const rejections = new Map<string, readonly RejectedPlacement[]>();
	const verified = (
		kind: StatementKind,
		text: string,
		context: ChannelContext | undefined,
		role: StatementRole | undefined,
		entries: string[],
	): string[] => {
		if (!verifier || !verifierIndex) return entries;
		const { kept, rejected } = verifyPlacements(verifier, verifierIndex, { text, kind: kindOfStatement(kind, text), role, entries });
		if (rejected.length) rejections.set(`${kind}\u0000${keyOf(text, context)}`, rejected);
		return kept;
	};
	// The same statement recurs in many articles (copied text): match it against the catalogue once per text, kind and
	// channel context.
	const cache = new Map<string, Partial<Record<StatementKind, readonly string[]>>>();
	return {
		rejectedOf: (kind, text, context) => rejections.get(`${kind}\u0000${keyOf(text, context)}`) ?? NO_REJECTIONS,
		entriesOf: (kind, text, context) => {
			const key = keyOf(text, context);
			let kinds = cache.get(key);
			if (!kinds) {
				kinds = {};
				cache.set(key, kinds);
			}
			let entries = kinds[kind];
			if (!entries) {
				entries = entriesOfUncached(kind, text, context);
				kinds[kind] = entries.length ? entries : NONE;
			}
			return entries;
		},
	};
}

const NONE: readonly string[] = Object.freeze([]);
const NO_REJECTIONS: readonly RejectedPlacement[] = Object.freeze([]);

/** A statement with the catalogue entries it was placed into (`U-…` when deliberately not published; empty when unplaced). */
export interface PlacedUnit extends Unit {
	/** Shared with other statements of the same text: read it, do not change it. */
	entries: readonly string[];
	/** Entries the match rules proposed and the placement verifier rejected (absent when none). */
	rejected?: readonly RejectedPlacement[];
}

/** The channel a page is about, from its statements and their section headings (scripts/rules/statement-channel/). */
export function pageChannelOf(units: ReadonlyArray<{ text: string; provenance: { section: string } }>): ChannelContext | undefined {
	return pageChannel([...units.map((u) => u.text), ...new Set(units.map((u) => u.provenance.section).filter((h) => h !== ''))]);
}

/**
 * Places statements into the catalogue, each as the kind its own form gives it ({@link kindOfStatement}). Each one on
 * its own: the pipeline does it as each article is cut, with one placer (and its cache) for the whole run.
 */
export function place(units: readonly Unit[], placer: Placer): PlacedUnit[] {
	const page = pageChannelOf(units);
	return units.map(({ kind: classified, text, provenance }) => {
		const kind = kindOfStatement(classified, text);
		const context = contextOf(page, provenance.section);
		const entries = placer.entriesOf(kind, text, context);
		const rejected = placer.rejectedOf(kind, text, context);
		return rejected.length ? { kind, text, provenance, entries, rejected } : { kind, text, provenance, entries };
	});
}
