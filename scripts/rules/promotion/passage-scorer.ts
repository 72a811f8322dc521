import { contentLength, explainClause, scoreClause } from './scorer-model.ts';
import type { ClauseRule } from './types.ts';

/**
 * The statistical passage scorer as one promotion rule. It runs after every hand-written rule (last in the registry), so a
 * clause a rule recognises is named by that rule; what is left is judged by the model of src/editorial/passage-scorer.yaml
 * (logistic regression over character n-grams, scripts/rules/promotion/scorer-model.ts), trained on the labelled
 * development pages and the rules' traps by `npm run train:clean`. Its threshold is chosen by nested leave-batch-out in
 * collection order: the lowest at which models trained only on earlier batches keep 99.5 % of the facts the rules keep
 * on the batches they never saw. Article-only: the page check and the
 * publication gate do not use it (they stay rule-based and independent of the cleaner's statistics).
 */
export const passageScorerRule: ClauseRule = {
	id: 'passage-scorer',
	description:
		'A clause the trained passage scorer (src/editorial/passage-scorer.yaml) judges promotion with probability at or above its threshold, ' +
		'when no hand-written rule named it: the removal’s detail gives the probability and the strongest features. Clauses shorter than the ' +
		'model’s minimum length are never judged. Rebuilt, with its leave-batch-out figures, by `npm run train:clean`.',
	scope: 'clause',
	extent: 'clause',
	containment: false,
	articleOnly: true,
	examples: {
		removes: ['刷卡失败的原因有很多,欢迎加盟代理,一清机免费领取,费率低至0.38%,全国包邮。'],
		keeps: ['刷卡失败时,终端会显示应答码,收银员应根据应答码判断原因。', '持卡人应联系发卡行核实卡片状态。'],
	},
	matches(clause, context) {
		const model = context.scorer;
		if (!model || contentLength(clause) < model.minLength) return false;
		return scoreClause(model, clause) >= model.threshold;
	},
	explain(text, context) {
		return context.scorer ? explainClause(context.scorer, text) : '';
	},
};
