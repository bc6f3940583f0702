// Trigger words -> the frames they set off. Registration order matters: a word's frames run in
// the order they are registered, and that order is the order of the relations they emit.
import {
  ACCREDITATION_NOUNS,
  ACCUSE_VERBS,
  BAD_ACTS,
  BE_BEFORE_PREDICATE,
  ATTRIBUTE_VERBS,
  CHARACTERISE_VERBS,
  CHARGE_NOUNS,
  CHARGE_VERBS,
  CONGRATULATE_VERBS,
  CONGRATULATION_NOUNS,
  CULPABLE_VERBS,
  DECLARE_VERBS,
  DENY_VERBS,
  DIRECTING_VERBS,
  DISMISSIVE_TERMS,
  ENABLING_VERBS,
  FABRICATED_THINGS,
  FABRICATING_VERBS,
  ENDANGER_VERBS,
  EXPEL_VERBS,
  DEPARTURE_NOUNS,
  EXPULSION_NOUNS,
  GIVE_VERBS,
  HARM_NOUNS,
  HOLD_VERBS,
  LEAVE_VERBS,
  LINK_VERBS,
  NAME_VERBS,
  NOTIFY_VERBS,
  ORDER_VERBS,
  OUT_VERBS,
  FORCE_VERBS,
  CLOSE_VERBS,
  REJECT_VERBS,
  SEND_MESSAGE_VERBS,
  REVOKE_VERBS,
  SANCTION_NOUNS,
  SEND_VERBS,
  SIGNED_PAPERS,
  SUMMON_VERBS,
  SUPPORT_VERBS,
  PROXY_VERBS,
  SPYING_PURPOSES,
} from '../lexicon/verbs.ts';
import type { Token } from '../types.ts';
import {
  POINTED_AT,
  accuseVerb,
  attributeTo,
  blameOn,
  characterise,
  PREDICATED_WRONGS,
  predicatedWrong,
  chargeNoun,
  chargeVerb,
  culpability,
  evidencePoints,
  holdResponsible,
  linkTo,
  namePerpetrator,
  onBehalfOf,
  onOrdersOf,
  ORDER_PREPOSITIONS,
  responsibilityLiesWith,
  SOVEREIGN_SPACES,
  TRADED_CHARGES,
  tradedAccusations,
  workedForIntelligence,
  TRYING_VERBS,
  WRONG_NOUNS,
  wrongBy,
} from './accusationFrames.ts';
import { alsoSentMessages, congratulateVerb, congratulationNoun, hailedVictory, MESSAGE_NOUNS, similarMessage, VICTORY_NOUNS } from './congratulationFrames.ts';
import { repeatedAct } from './repeatedAct.ts';
import { CLAIM_PRONOUNS, claimedInnocence, denialNoun, denyVerb, DISMISS_COPULAS, dismissedAccusations, dismissedClaimPronoun, negativeRestatement, nothingToDoWith, rejectVerb } from './denialFrames.ts';
import {
  announcedDecision,
  deadlineToLeave,
  declareUnwelcome,
  demandedWithdrawal,
  expelVerb,
  expulsionNoun,
  kickOut,
  marchingOrders,
  forceOut,
  closePost,
  mustLeave,
  notifyToLeave,
  orderToLeave,
  revokeAccreditation,
  sendHome,
  signedOrder,
} from './expulsionFrames.ts';
import type { RelationExtractor } from './extractor.ts';
import { sanctions, simple } from './summonAndSanctionFrames.ts';
import { CLOSING_QUOTES } from '../quoteMarks.ts';

type Handler = (ex: RelationExtractor, t: number) => void;

/**
 * A cheap test on the raw tokens that a frame can fire at all: common words ("must", "points",
 * "planned") would otherwise make their sentence pay for a clause analysis.
 */
type Guard = (tokens: readonly Token[], t: number) => boolean;
interface Trigger {
  handler: Handler;
  guard?: Guard;
}

const BY: ReadonlySet<string> = new Set(['by']);
const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';
const CONTINUING = new Set(['continue', 'continues', 'continued', 'continuing']);
const ONGOING_WRONGS = new Set(['meddling', 'interfering', 'spying', 'plotting', 'hacking', 'sabotaging', 'undermining', 'destabilising', 'destabilizing', 'attacking']);
const ONGOING_ADVERBS = new Set(['once', 'again', 'still', 'now', 'actively', 'clearly', 'openly', 'also', 'constantly', 'repeatedly', 'systematically']);
/** "is (once again) meddling": a form of be before the participle, past a few adverbs. */
const beBefore = (tokens: readonly Token[], t: number): boolean => {
  let k = t - 1;
  while (k > t - 4 && ONGOING_ADVERBS.has(lowerAt(tokens, k))) k--;
  return ['is', 'are', 'was', 'were', "'s", "'re"].includes(lowerAt(tokens, k));
};
const within = (tokens: readonly Token[], from: number, reach: number, words: ReadonlySet<string>): boolean => {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
};
const FOLLOW_FORMS = new Set(['follow', 'follows', 'followed', 'following']);
const IN_OR_QUOTE = new Set(['in', '"', '“']);
const DANGER_WORDS = new Set(['danger', 'risk']);
const RESPONSIBILITY = new Set(['responsibility']);
/** What lies or rests with someone: 'responsibility for the collision lies with'. */
const BLAME_NOUNS = new Set(['responsibility', 'blame', 'fault', 'culpability']);
const WITH = new Set(['with']);
const FIRE = new Set(['fire']);
/** "brushed the claims aside", "waved away the accusation", "shrugged off the charge". */
const DISMISSING_MOTIONS = new Set(['brush', 'brushes', 'brushed', 'brushing', 'wave', 'waves', 'waved', 'waving', 'shrug', 'shrugs', 'shrugged', 'shrugging', 'swat', 'swats', 'swatted', 'swatting']);
const ASIDE_PARTICLES = new Set(['aside', 'off', 'away']);

/** The first token where some frame may fire, or -1. */
export function firstTrigger(tokens: readonly Token[]): number {
  for (let t = 0; t < tokens.length; t++) {
    const triggers = TRIGGERS.get(tokens[t]!.lower);
    if (triggers !== undefined && (ALWAYS_LOOK.has(triggers) || triggers.some(({ guard }) => guard!(tokens, t)))) return t;
  }
  return -1;
}

/** Trigger word -> frames to try, built once so that other words cost one Map probe. */
export const TRIGGERS: ReadonlyMap<string, Trigger[]> = (() => {
  const table = new Map<string, Trigger[]>();
  const on = (words: Iterable<string>, handler: Handler, guard?: Guard) => {
    for (const w of words) {
      const list = table.get(w) ?? [];
      list.push(guard ? { handler, guard } : { handler });
      table.set(w, list);
    }
  };
  on(EXPEL_VERBS, expelVerb);
  on([...EXPULSION_NOUNS, ...DEPARTURE_NOUNS], expulsionNoun);
  on(['decision'], announcedDecision, (tokens, t) => lowerAt(tokens, t - 2) === 'announced' || lowerAt(tokens, t + 2) === 'announced' || lowerAt(tokens, t + 3) === 'announced');
  on([...ORDER_VERBS, ...GIVE_VERBS], orderToLeave);
  on(DECLARE_VERBS, declareUnwelcome);
  on(OUT_VERBS, kickOut);
  on(['marching'], marchingOrders, (tokens, t) => lowerAt(tokens, t + 1) === 'orders');
  on(FORCE_VERBS, forceOut, (tokens, t) => lowerAt(tokens, t + 1) === 'out');
  on(CLOSE_VERBS, closePost);
  on(['closure'], closePost, (tokens, t) => lowerAt(tokens, t + 1) === 'of');
  on(SEND_VERBS, sendHome);
  on(['signed', 'signs', 'sign', 'signing'], signedOrder, (tokens, t) => within(tokens, t + 1, 5, SIGNED_PAPERS));
  on(REVOKE_VERBS, revokeAccreditation, (tokens, t) => within(tokens, t + 1, 2, ACCREDITATION_NOUNS));
  on(['must'], mustLeave, (tokens, t) => LEAVE_VERBS.has(lowerAt(tokens, t + 1)));
  on(NOTIFY_VERBS, notifyToLeave);
  on(ACCUSE_VERBS, accuseVerb);
  on(HOLD_VERBS, holdResponsible);
  on(CHARGE_VERBS, chargeVerb);
  on(CHARGE_NOUNS, chargeNoun);
  on(NAME_VERBS, namePerpetrator);
  on(LINK_VERBS, linkTo);
  on(CHARACTERISE_VERBS, characterise);
  on(PREDICATED_WRONGS, predicatedWrong, (tokens, t) => within(tokens, Math.max(0, t - 4), Math.min(t, 4), BE_BEFORE_PREDICATE));
  on([...CULPABLE_VERBS, ...SUPPORT_VERBS], culpability);
  // ("had recruited an officer to pass on details": a spy's recruitment, with no backer after "by".)
  on([...PROXY_VERBS].filter((w) => !SUPPORT_VERBS.has(w)), culpability, (tokens, t) => within(tokens, t + 1, 6, BY) || (lowerAt(tokens, t) === 'recruited' && within(tokens, t + 2, 8, SPYING_PURPOSES)));
  on(TRYING_VERBS, culpability, (tokens, t) => lowerAt(tokens, t + 1) === 'to');
  on([...DIRECTING_VERBS].filter((w) => !CULPABLE_VERBS.has(w)), culpability, (tokens, t) => within(tokens, t + 1, 4, HARM_NOUNS) || lowerAt(tokens, t + 1) === 'from' || within(tokens, t + 1, 5, BY));
  on(['engaged', 'engaging'], culpability, (tokens, t) => lowerAt(tokens, t + 1) === 'in');
  on(['acted'], culpability, (tokens, t) => IN_OR_QUOTE.has(lowerAt(tokens, t + 1)));
  on(ENABLING_VERBS, culpability, (tokens, t) => within(tokens, t + 1, 12, HARM_NOUNS));
  on(FABRICATING_VERBS, culpability, (tokens, t) => within(tokens, t + 1, 4, FABRICATED_THINGS) || within(tokens, t + 1, 4, HARM_NOUNS));
  on(ENDANGER_VERBS, culpability);
  // "Kenya continues to interfere in ...", "The Iranian regime is once again meddling in ...": an ongoing wrong.
  on(BAD_ACTS, culpability, (tokens, t) => lowerAt(tokens, t - 1) === 'to' && CONTINUING.has(lowerAt(tokens, t - 2)));
  on(ONGOING_WRONGS, culpability, (tokens, t) => beBefore(tokens, t));
  on(['bore', 'bears'], culpability, (tokens, t) => within(tokens, t + 1, 3, RESPONSIBILITY));
  on(['opened'], culpability, (tokens, t) => within(tokens, t + 1, 4, FIRE));
  on(['trade', 'trades', 'traded', 'trading', 'exchanged', 'exchange', 'exchanges'], tradedAccusations, (tokens, t) => within(tokens, t + 1, 2, TRADED_CHARGES));
  on(['entered'], culpability, (tokens, t) => within(tokens, t + 1, 7, SOVEREIGN_SPACES));
  on(['worked', 'works', 'working'], workedForIntelligence, (tokens, t) => lowerAt(tokens, t + 1) === 'for');
  on(['lies', 'lay', 'lie', 'rests', 'rested', 'rest'], responsibilityLiesWith, (tokens, t) => within(tokens, Math.max(0, t - 6), Math.min(t, 6), BLAME_NOUNS) && within(tokens, t + 1, 4, WITH));
  on(['putting', 'put'], culpability, (tokens, t) => within(tokens, t + 2, 7, DANGER_WORDS));
  on(WRONG_NOUNS, wrongBy, (tokens, t) => lowerAt(tokens, t + 1) === 'by' || (CLOSING_QUOTES.has(lowerAt(tokens, t + 1)) && lowerAt(tokens, t + 2) === 'by'));
  on(['orders', 'instructions', 'behest', 'direction'], onOrdersOf, (tokens, t) => within(tokens, Math.max(0, t - 4), Math.min(t, 4), ORDER_PREPOSITIONS));
  on(['behalf'], onBehalfOf, (tokens, t) => lowerAt(tokens, t - 1) === 'on' && lowerAt(tokens, t + 1) === 'of');
  on(ATTRIBUTE_VERBS, attributeTo);
  on(['blame', 'finger'], blameOn);
  on(['pointed', 'points', 'pointing'], evidencePoints, (tokens, t) => within(tokens, t + 1, 2, POINTED_AT));
  on(DENY_VERBS, denyVerb);
  on(['denial', 'denials'], denialNoun);
  on(REJECT_VERBS, rejectVerb);
  on(DISMISSING_MOTIONS, rejectVerb, (tokens, t) => within(tokens, t + 1, 6, ASIDE_PARTICLES));
  on(['no', 'not', 'never'], negativeRestatement);
  on(['accusations', 'allegations', 'claims', 'charges', 'accusation', 'allegation'], dismissedAccusations);
  // (Common words: only with a copula ahead, the view is built.)
  on(['claim', 'statement', 'statements', 'report', 'reports', 'findings'], dismissedAccusations, (tokens, t) => within(tokens, t + 1, 10, DISMISS_COPULAS));
  on([...DISMISSIVE_TERMS, 'true'], dismissedClaimPronoun, (tokens, t) => within(tokens, Math.max(0, t - 6), Math.min(t, 5), CLAIM_PRONOUNS));
  on(['innocent', 'innocence', 'guilty'], claimedInnocence);
  on(['nothing'], nothingToDoWith);
  on(['leave'], deadlineToLeave);
  on(['withdraw', 'recall', 'remove'], demandedWithdrawal);
  on(CONGRATULATE_VERBS, congratulateVerb);
  on(CONGRATULATION_NOUNS, congratulationNoun);
  on(['similar'], similarMessage, (tokens, t) => MESSAGE_NOUNS.has(lowerAt(tokens, t + 1)));
  on(['also', 'likewise'], alsoSentMessages, (tokens, t) => SEND_MESSAGE_VERBS.has(lowerAt(tokens, t + 1)));
  on(['hailed', 'hails', 'hail', 'hailing', 'saluted', 'salutes', 'saluting'], hailedVictory, (tokens, t) => within(tokens, t + 1, 6, VICTORY_NOUNS));
  on(SUMMON_VERBS, (ex, t) => simple(ex, t, 'SUMMONED'));
  on(['did', 'does', 'do'], repeatedAct, (tokens, t) => lowerAt(tokens, t + 1) === 'likewise' || (lowerAt(tokens, t + 1) === 'the' && lowerAt(tokens, t + 2) === 'same'));
  on(['suit'], repeatedAct, (tokens, t) => FOLLOW_FORMS.has(lowerAt(tokens, t - 1)));
  on(SANCTION_NOUNS, sanctions);
  return table;
})();

/** The frame lists of words with a frame that always looks (no guard). */
const ALWAYS_LOOK: ReadonlySet<Trigger[]> = new Set([...TRIGGERS.values()].filter((triggers) => triggers.some((tr) => !tr.guard)));
