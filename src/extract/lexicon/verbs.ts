// Word lists for the relation frames. Generic English; lower case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const EXPEL_VERBS = set('expel expels expelled expelling deport deports deported deporting');
/** Verbs that expel when followed by "X to leave" / "X out": "ordered N diplomats to leave". */
export const ORDER_VERBS = set('order orders ordered ordering tell tells told telling ask asks asked asking instruct instructs instructed instructing direct directs directed');
export const GIVE_VERBS = set('give gives gave given giving');
export const DECLARE_VERBS = set('declare declares declared declaring');
export const OUT_VERBS = set('kick kicks kicked kicking throw throws threw thrown throwing boot boots booted booting');
/** "forced out two Australian correspondents": out only with a state's people ("forced out the president" is an ouster). */
export const FORCE_VERBS = set('force forces forced forcing');
/** "closed the Russian consulate": shutting another state's post. */
export const CLOSE_VERBS = set('close closes closed closing shut shuts shutting');
/** "revoked the accreditation of X", "withdrew the credentials of X": an expulsion by paperwork. */
export const REVOKE_VERBS = set('revoke revokes revoked revoking withdraw withdraws withdrew withdrawn withdrawing strip strips stripped stripping cancel cancels cancelled canceled cancelling');
export const ACCREDITATION_NOUNS = set('accreditation accreditations credentials');
export const SEND_VERBS = set('send sends sent sending');
export const NOTIFY_VERBS = set('notify notifies notified notifying inform informs informed informing tell tells told telling');
export const LEAVE_VERBS = set('leave depart quit exit go');
export const CUT_VERBS = set('cut reduce slash');
export const STAFF_NOUNS = set('staff staffers diplomats personnel employees positions officials envoys members');
export const EXPULSION_NOUNS = set('expulsion expulsions deportation deportations');
export const DECISION_VERBS = set('decided decides decide voted votes moved moves agreed agrees chose chooses opted began begun started announced announces announcing ordered orders ordering');
/** Nouns of leaving that an order makes an expulsion: "ordered the departure of X". */
export const DEPARTURE_NOUNS = set('departure departures');

export const ACCUSE_VERBS = set('accuse accuses accused accusing blame blames blamed blaming suspect suspects suspected suspecting');
/** "held X responsible", and the verbs of judging that say the same: "considered Russia responsible". */
export const HOLD_VERBS = set('hold holds held holding consider considers considered considering deem deems deemed');
export const HOLD_COMPLEMENTS = set('responsible accountable culpable');
export const CHARGE_VERBS = set('charge charges charged charging indict indicts indicted indicting');
export const NAME_VERBS = set('name names named naming identify identifies identified identifying');
/** "attributed the attack to X", "ascribed the hack to X". */
export const ATTRIBUTE_VERBS = set('attribute attributes attributed attributing ascribe ascribes ascribed ascribing trace traces traced tracing');
/** "traced the theft to X" accuses X only of a harm: "traced the funds to a bank" does not. */
export const TRACE_VERBS = set('trace traces traced tracing');
/** "put the blame on X", "pointed the finger at X". */
export const PLACE_BLAME_VERBS = set('put puts putting laid lay lays laying placed place places placing pinned pin pins pinning pointed point points pointing');
/** Support for armed groups is culpable: "backed the rebels", "armed militias". */
// Past forms only: "arms", "funds", "training", "supplies" are mostly nouns, and every trigger word
// makes its sentence pay for a clause analysis.
export const SUPPORT_VERBS = set('backed supported armed funded financed trained supplied sheltered harboured harbored aided fought');
export const ARMED_GROUP_NOUNS = set('rebels rebel militants militant terrorists terrorist separatists separatist insurgents insurgent militias militia jihadists gangs gunmen mercenaries fighters attackers assailants saboteurs');
/** Verbs that make people someone's proxies: "had been recruited, trained and equipped by X". */
export const PROXY_VERBS = set('recruited trained equipped armed funded financed paid sent handled tasked');
/** Verbs of what a recruited spy does: "had recruited an officer to pass on details", "to spy on". */
export const SPYING_PURPOSES = set('pass spy gather collect steal leak hand obtain photograph');
/** People who act for a hidden backer: "the informants had been recruited by ...". */
export const PROXY_NOUNS = set('informants informant agents spies saboteurs attackers assailants plotters operatives recruits suspects cell group team network ring men');
export const PERPETRATOR_NOUNS = set('perpetrator perpetrators culprit culprits responsible author authors organiser organizer mastermind suspect suspects');
export const LINK_VERBS = set('link links linked linking tie ties tied tying connect connects connected connecting');
export const CHARACTERISE_VERBS = set('describe describes described describing call calls called calling brand brands branded branding label labels labelled labeled labelling condemn condemned condemns');
/** Nouns and adjectives that make a characterisation an accusation: "described X as interference". */
export const ACCUSATION_TERMS = set(`
  interference meddling aggression aggressive provocation provocative propaganda lie lies liar violation violations
  crime crimes criminal terrorism terrorist terrorists genocide usurper coup hostile illegal unlawful occupier occupiers
  aggressor aggressors invasion sabotage espionage spying subversion murderer murderers killer killers dictator
  war-crimes atrocities atrocity brutality genocidal murderous criminals fascist racist antisemitic barbaric apartheid
`);
/** Noun phrases announced or brought as a charge: "announced charges against X". */
export const CHARGE_NOUNS = set('charges charge indictment indictments accusations allegations sanctions');
export const BRING_VERBS = set('announced announces announce brought brings bring filed files file levelled leveled unveiled unveils unsealed issued');

/** Verbs (and "been involved"-style heads) that make "X <verb>" a statement of culpability. */
export const CULPABLE_VERBS = set(`
  committed commit commits perpetrated orchestrated staged masterminded involved stole steals hacked hacks attacked
  poisoned killed murdered interfered interferes meddled meddles plotted planted sponsored leaked targeted bombed shot
  launched caused sabotaged assassinated spied carried behind responsible fired undermine undermines undermined undermining violated breached abused
  stoking stoked fomenting fomented inciting incited destabilising destabilizing destabilised destabilized
  conspired conspiring colluded colluding
  rammed intruded infiltrated penetrated compromised harassed stolen
`);
/** What a minister signs that may expel: "signed the order", "signed the expulsion decrees". */
export const SIGNED_PAPERS = set('order orders decision decree decrees');
/** Verbs culpable only with a harm as their object: "organised the attack", not "organised a summit". */
export const DIRECTING_VERBS = set('organised organized planned ordered directed coordinated masterminded staging stages run operated smuggled');
/** Verbs that accuse of making things up, with what is made up as their object: "is inventing stories", "invents a kidnapping". */
export const FABRICATING_VERBS = set('invent invents invented inventing fabricate fabricates fabricating concoct concocts concocted concocting');
export const FABRICATED_THINGS = set('stories story lies pretext pretexts accusations allegations claims evidence incidents incident tales narrative narratives case cases charges');
/** Verbs culpable only with a harm further on: "allowed foreign troops to use its territory to prepare an attack", "used criminal proxies to carry out the attacks". */
export const ENABLING_VERBS = set('allowed enabled helped permitted used');
/** Putting something in danger: "was putting a two-state solution in danger", "endangered the talks". */
export const ENDANGER_VERBS = set('endangered endangering jeopardised jeopardized jeopardising jeopardizing');
export const HARM_NOUNS = set(`
  attack attacks bombing bombings arson plot plots sabotage assassination killing killings murder poisoning hack hacking espionage
  cyberattack cyberattacks raid raids strike strikes coup shooting ambush abduction kidnapping explosion explosions
  provocation provocations theft thefts heist breach breaches intrusion intrusions blast blasts massacre assault
`);
/** After "tried to": the acts that make trying culpable. */
export const BAD_ACTS = set('sway interfere influence meddle undermine destabilise destabilize hack kill poison assassinate disrupt sabotage steal spy subvert manipulate attack bomb overthrow topple recruit bribe blackmail smuggle');
/** Nouns whose "that" clause states a suspicion: "signs that X had committed". */
export const EVIDENCE_NOUNS = set('signs sign evidence suspicion suspicions proof indications indication conclusion belief assessment finding findings allegations allegation');

export const DENY_VERBS = set('deny denies denied denying');
export const REJECT_VERBS = set('reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted refuting rebuff rebuffs rebuffed rebuffing repudiate repudiated repudiates dispute disputes disputed disputing');
/** What a rejection must reject to be a denial of an accusation (not of a request). */
export const DENIAL_OBJECTS = set(`
  accusations accusation allegations allegation claims claim charge charges case criticism criticisms account report
  reports assertion assertions findings conclusions suggestion suggestions version narrative statement statements
  indictment evidence blame responsibility involvement insinuations reproaches reasons pretext pretexts arguments
  justification justifications rationale grounds remarks comments smears smear slander fabrications fabrication
  counter-claims counterclaims counter-accusations protest protests
`);
/** Objects of "deny" that make it a refusal of a request, not a denial. */
export const REQUEST_OBJECTS = set('entry access visa visas permission request requests bail asylum passage landing admission quorum majority accreditation licence license funding assistance consular help care treatment representation');
export const ANAPHORIC_OBJECTS = set('them it this these that');
/** "was behind", "is responsible", "was innocent": a form of be before a predicate. */
export const BE_BEFORE_PREDICATE = set('was were is are been');
/** "These accusations are baseless": what makes a statement about accusations a denial. */
export const DISMISSIVE_TERMS = set('baseless false groundless absurd unfounded fabricated lies nonsense ridiculous untrue slanderous fake unsubstantiated lie fabrication fabrications fiction slander falsehood falsehoods smear smears disinformation misinformation propaganda fantasy fantasies hoax distortion distortions hysteria diversion invention inventions mania paranoia concocted unsupported');
/** After "said no ...": harm or proof denied. */
export const DENIED_HARM = set('harmed killed hurt injured attacked targeted involved offered found presented provided produced shown');

export const CONGRATULATE_VERBS = set('congratulate congratulates congratulated congratulating');
export const CONGRATULATION_NOUNS = set('congratulations congratulation congratulatory felicitations felicitation');
export const SEND_MESSAGE_VERBS = set('sent send sends sending offered offers offer extend extended extends extending convey conveyed conveys conveying express expressed expresses expressing passed wrote writes addressed addresses address presented presents present delivered delivers published publishes issued issues released releases posted posts');
/** Verbs whose object a purpose "to congratulate him" refers to: "phoned Putin to congratulate him". */
export const CALL_VERBS = set('call calls called calling phone phones phoned phoning telephone telephones telephoned telephoning ring rang visited visit wrote write met meet');
/** "spoke with X to congratulate him": with "with" or "to" after them, a call to X. */
export const TALK_VERBS = set('speak speaks spoke spoken speaking talk talks talked talking');

export const SUMMON_VERBS = set('summon summons summoned summoning');
export const SANCTION_NOUNS = set('sanctions');
export const IMPOSE_VERBS = set('impose imposes imposed imposing slap slapped announced');

/** Verbs that Title Case headlines capitalise ("Kenya Expels ..."): never part of a name there. */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  ...EXPEL_VERBS, ...ORDER_VERBS, ...ACCUSE_VERBS, ...DENY_VERBS, ...REJECT_VERBS, ...CONGRATULATE_VERBS, ...SUMMON_VERBS,
  ...CHARGE_VERBS, ...ATTRIBUTE_VERBS, ...OUT_VERBS, ...DECLARE_VERBS,
  ...set(`says said warns warned slams slammed condemns condemned recalls recalled cuts cut urges urged vows vowed threatens
    threatened calls called hits hit sanctions sanctioned retaliates retaliated responds responded meets met signs signed
    suspends suspended closes closed seeks sought names named arrests arrested charges blames`),
]);
