package resolve

// The words of tense (see tense.go and cues.go). Adding a word is a
// one-line change here, with a sentence in the tense tests beside it.

// futureCues are words that put their clause after the anchor.
var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "ll": true, "wo": true, "upcoming": true, "tomorrow": true,
	"scheduled": true, "slated": true, "starting": true, "expects": true, "expect": true,
	"plans": true, "plan": true, "intends": true, "aims": true, "hopes": true, "next": true,
	"effective": true, "forthcoming": true, "approaching": true,
	// "may travel to Turkey in August": a possibility ahead (but "may have
	// met", and the month May, are not; see cueAt)
	"may": true, "might": true,
}

// cueNouns are future cues that are also nouns: after a determiner they
// name a plan, which may be told in any tense ("announced the plan Aug.
// 21" is last August), so they set no tense.
var cueNouns = map[string]bool{"plan": true, "plans": true, "hopes": true, "aims": true}

// scheduleVerbs are present-tense verbs that news uses for what is
// scheduled: "the leaders meet Monday", "the summit opens Thursday".
var scheduleVerbs = map[string]bool{
	"meets": true, "opens": true, "begins": true, "starts": true, "resumes": true, "arrives": true,
	"visits": true, "travels": true, "leaves": true, "returns": true, "convenes": true, "departs": true,
	"expires": true, "hosts": true, "holds": true, "flies": true, "votes": true, "signs": true,
	"lands": true, "gathers": true, "kicks": true, "wraps": true, "embarks": true, "receives": true,
	"welcomes": true,
}

// arrangementProgressives, after "is" or "are", tell an arrangement,
// which looks ahead: "Salas is meeting Reyes on Tuesday", written on a
// Friday, is next Tuesday; "is flying to Lima on Monday". Without "is"
// or "are" before them they are no cue ("after meeting Reyes on Tuesday").
var arrangementProgressives = map[string]bool{
	"meeting": true, "hosting": true, "visiting": true, "travelling": true, "traveling": true,
	"flying": true, "heading": true, "leaving": true, "departing": true, "arriving": true,
	"returning": true, "attending": true, "receiving": true, "welcoming": true, "convening": true,
}

// schedulePlural are the same verbs with a plural subject: "the two
// leaders meet Monday", "talks resume Thursday".
var schedulePlural = map[string]bool{
	"meet": true, "open": true, "begin": true, "start": true, "resume": true, "arrive": true,
	"visit": true, "travel": true, "leave": true, "return": true, "convene": true, "depart": true,
	"expire": true, "host": true, "hold": true, "fly": true, "vote": true, "sign": true,
	"land": true, "gather": true,
}

// planKind says how a word of plan, agreement or expectation sets the
// tense of its "to" complement ("agreed to meet", "is set to meet").
type planKind uint8

const (
	planNone planKind = iota
	// planState: an adjective or participle that needs a copula, whose
	// tense it takes: "is set to" looks ahead, "was set to" back.
	planState
	// planPast: a verb in the past. Told in the simple past ("agreed to
	// meet") the plan belongs to the past; in the present perfect ("has
	// agreed to meet") it still lies ahead.
	planPast
	// planPresent: a verb in the present: "plans to", "agree to".
	planPresent
	// planProgressive: "hoping to", "planning to": ahead, unless "was" or
	// "were" make it a plan of the past.
	planProgressive
	// planCopula: "is to meet" ahead, "was to meet" back.
	planCopula
)

// aheadInThePast are the planState words whose plan, told with "was" or
// "were", still looks ahead from the time of writing: news puts a
// reported expectation in the past ("He was expected to travel to Qatar
// on Wednesday", written on Tuesday, is tomorrow) and writes "had been
// expected to" for one that has passed. "was supposed to" and "was going
// to" tell a plan that did not happen, and look back.
var aheadInThePast = map[string]bool{
	"expected": true, "due": true, "set": true, "scheduled": true, "slated": true, "poised": true, "likely": true,
}

// lookForms are the forms of "look" that, before "forward to", look
// ahead: "looked forward to meeting in July".
var lookForms = map[string]bool{"look": true, "looks": true, "looked": true, "looking": true}

// planWords are the words whose "to" complement is a plan.
var planWords = map[string]planKind{
	"set": planState, "due": planState, "expected": planState, "going": planState, "likely": planState,
	"unlikely": planState, "poised": planState, "prepared": planState, "ready": planState,
	"scheduled": planState, "slated": planState, "supposed": planState, "bound": planState,

	"agreed": planPast, "planned": planPast, "hoped": planPast, "wanted": planPast, "intended": planPast,
	"decided": planPast, "promised": planPast, "pledged": planPast, "vowed": planPast, "offered": planPast,
	"threatened": planPast, "arranged": planPast, "aimed": planPast, "sought": planPast, "resolved": planPast,
	// "accepted an invitation (from X) to visit Santiago in March": an
	// invitation, like an agreement, plans what its "to" says, on either
	// side of the time of writing
	"invitation": planPast, "invitations": planPast,
	// "invited President X to visit Lima in March": so does the verb,
	// past its object (see objectInfinitive)
	"invited": planPast, "invites": planPresent, "invite": planPresent,

	"agree": planPresent, "agrees": planPresent, "plan": planPresent, "plans": planPresent, "hope": planPresent,
	"hopes": planPresent, "want": planPresent, "wants": planPresent, "intend": planPresent, "intends": planPresent,
	"decide": planPresent, "decides": planPresent, "promise": planPresent, "promises": planPresent,
	"pledge": planPresent, "pledges": planPresent, "vow": planPresent, "vows": planPresent, "expect": planPresent,
	"expects": planPresent, "aim": planPresent, "aims": planPresent, "seek": planPresent, "seeks": planPresent,

	"hoping": planProgressive, "planning": planProgressive, "intending": planProgressive,
	"preparing": planProgressive, "expecting": planProgressive, "aiming": planProgressive,
	"seeking": planProgressive, "looking": planProgressive, "wanting": planProgressive,

	"is": planCopula, "are": planCopula, "am": planCopula, "was": planCopula, "were": planCopula,
}

// pastCues are past-tense verbs and auxiliaries. Regular past forms ("-ed")
// are recognised by their ending; this table holds the irregular ones.
var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "held": true, "met": true,
	"spoke": true, "told": true, "made": true, "took": true, "came": true, "went": true,
	"gave": true, "began": true, "left": true, "saw": true, "found": true, "sent": true,
	"won": true, "lost": true, "fell": true, "rose": true, "paid": true, "sold": true,
	"bought": true, "brought": true, "thought": true, "got": true, "kept": true, "ran": true,
	"wrote": true, "became": true, "felt": true, "stood": true, "spent": true, "broke": true,
	"led": true, "chose": true, "drew": true, "flew": true, "knew": true, "grew": true,
	"threw": true, "shot": true, "struck": true, "fought": true, "caught": true, "taught": true,
	"sought": true, "heard": true, "meant": true, "built": true, "ate": true,
	"died": true, "fled": true, "withdrew": true, "swore": true, "shook": true, "stole": true,
	"hid": true, "froze": true, "overthrew": true, "undertook": true, "oversaw": true,
	"understood": true, "arose": true, "sank": true, "stuck": true, "dealt": true, "dug": true,
	"slept": true, "swept": true, "wept": true, "laid": true, "forbade": true, "sped": true,
	"tore": true, "rang": true, "sprang": true, "wore": true, "rode": true, "woke": true,
	"forgave": true, "foresaw": true, "sang": true, "drank": true, "swam": true, "bled": true,
	"been": true, "ago": true, "yesterday": true, "last": true, "earlier": true,
}

// participles are past participles that are not also past-tense forms:
// a cue only with an auxiliary ("has begun", "was shown", "will be
// seen"), since alone they are adjectives ("a broken promise").
var participles = map[string]bool{
	"seen": true, "taken": true, "given": true, "done": true, "known": true, "shown": true,
	"begun": true, "written": true, "spoken": true, "chosen": true, "broken": true, "drawn": true,
	"flown": true, "grown": true, "thrown": true, "driven": true, "fallen": true, "forgotten": true,
	"gotten": true, "hidden": true, "risen": true, "stolen": true, "sworn": true, "torn": true,
	"frozen": true, "beaten": true, "undertaken": true, "overtaken": true,
}

// notPastEd are words ending in "-ed" that are not past-tense verbs.
var notPastEd = map[string]bool{
	"need": true, "united": true, "indeed": true, "speed": true, "feed": true, "seed": true,
	"hundred": true, "red": true, "bed": true, "embed": true, "proceed": true, "succeed": true,
	"exceed": true, "breed": true, "greed": true, "weed": true, "freed": false, "based": true,
	"limited": true, "scheduled": true, "planned": true, "expected": true, "proposed": true,
	"related": true, "so-called": true, "called": false, "advanced": true, "detailed": true,
	"concerned": true, "interested": true, "talked": false, "alleged": true, "armed": true,
	"skilled": true, "unprecedented": true, "sustained": true, "organized": true,
	"organised": true, "elected": true, "continued": true, "renewed": true, "increased": true,
	"reduced": true, "combined": true, "fixed": true, "dated": true, "shared": true,
	"unconfirmed": true, "unexpected": true, "unspecified": true, "unidentified": true,
	"unnamed": true, "unarmed": true, "unrelated": true, "undisclosed": true, "unresolved": true,
	"unprovoked": true, "unscheduled": true, "unannounced": true,
	"preferred": true, // "preferred shares", far more often than the verb
}

// unVerbs are verbs beginning with "un" whose past form is a past-tense
// cue: any other "un…ed" word is taken for an adjective ("an unconfirmed
// report", "an unnamed official"), since un- mostly negates a participle.
var unVerbs = map[string]bool{
	"unveiled": true, "unleashed": true, "uncovered": true, "unfolded": true, "undermined": true,
	"unearthed": true, "unsealed": true, "unraveled": true, "unravelled": true, "unified": true,
	"unlocked": true, "unloaded": true, "unpacked": true, "unplugged": true, "unwrapped": true,
	"unblocked": true, "unmasked": true, "unnerved": true, "unseated": true, "unsettled": true,
	"unfurled": true, "untangled": true, "unionized": true, "unionised": true, "underlined": true,
	"underscored": true, "underpinned": true, "underestimated": true,
}

// contractions are the negated auxiliaries written with "n't", by the
// word before the apostrophe: "won't" is will not, not "won".
var contractions = map[string]tense{
	"won": tenseFuture, "wouldn": tenseFuture, "shan": tenseFuture,
	"didn": tensePast, "wasn": tensePast, "weren": tensePast, "hadn": tensePast,
	"hasn": tensePast, "haven": tensePast,
}

// notFiniteBefore are words after which a plain verb is not the finite
// verb of its clause.
var notFiniteBefore = map[string]bool{"to": true, "not": true, "t": true, "will": true, "would": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "must": true, "did": true,
	"shall": true, "ll": true, "never": true}

// adjectiveBefore are words after which an -ed word is an adjective,
// not a past-tense verb: determiners, degree adverbs, and adjectives that
// go before another ("the seven leading industrialised nations", "major
// developed economies", "a highly qualified envoy").
var adjectiveBefore = map[string]bool{"a": true, "an": true, "the": true, "still": true, "very": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "newly": true, "recently": true,
	"this": true, "these": true, "those": true, "more": true, "most": true, "less": true,
	"leading": true, "major": true, "highly": true, "fully": true, "well": true, "main": true}

// Auxiliaries before a participle, by what they make of its verb group.
var (
	// modalBe: "will be held", "should be completed", "to be signed".
	modalBe = map[string]bool{"will": true, "would": true, "ll": true, "shall": true, "to": true,
		"should": true, "must": true, "may": true, "might": true, "can": true, "could": true,
		"wo": true, "cannot": true}
	// modalPerfect: "will have met" looks ahead; the others ("would have
	// met", "should have been") look back.
	modalPerfect = map[string]tense{"will": tenseFuture, "ll": tenseFuture, "shall": tenseFuture,
		"would": tensePast, "should": tensePast, "could": tensePast, "might": tensePast,
		"may": tensePast, "must": tensePast}
	// presentBe: "is heard", "are held": the present, which news uses for
	// a schedule.
	presentBe = map[string]bool{"is": true, "are": true, "am": true}
	pastBe    = map[string]bool{"was": true, "were": true}
	perfect   = map[string]bool{"has": true, "have": true, "had": true, "ve": true}
)

// verbGroupAdverbs may stand inside a verb group: "was also held", "has
// not yet been set", "will probably be signed".
var verbGroupAdverbs = map[string]bool{"not": true, "also": true, "already": true, "still": true,
	"just": true, "now": true, "reportedly": true, "apparently": true, "previously": true,
	"originally": true, "initially": true, "never": true, "ever": true, "only": true, "yet": true,
	"formally": true, "officially": true, "tentatively": true, "probably": true, "likely": true,
	"jointly": true, "first": true, "finally": true, "since": true, "then": true, "once": true}

// prospectivePhrases govern an event still to come when their clause is
// told: "ahead of", "preparations for", "in the run-up to", "on the eve
// of". Keyed by their first word; then is the word that ends them, and
// hyphenUp marks the "X-up to" phrases.
var prospectivePhrases = map[string]struct {
	then     string
	hyphenUp bool
}{
	"ahead": {then: "of"}, "eve": {then: "of"},
	"preparations": {then: "for"}, "preparation": {then: "for"}, "prepare": {then: "for"},
	"prepares": {then: "for"}, "preparing": {then: "for"},
	"run": {then: "to", hyphenUp: true}, "lead": {then: "to", hyphenUp: true}, "build": {then: "to", hyphenUp: true},
}
