package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the clause of an event word: negation, generic use
// ("the need for talks"), back references ("The call …"), the place, and
// the words of status ("will", "cancelled").

// genericCues and genericStates are genericCueRows and genericStateRows
// compiled for matching. They are built in init, like vocab: the
// tokenizer's tables must be ready first.
var genericCues, genericStates, hypotheticalCues *phraseTable[bool]

func init() {
	genericCues, genericStates = phraseSet(genericCueRows), phraseSet(genericStateRows)
	hypotheticalCues = phraseSet(vocab.List("hypothetical-cues"))
}

// hypotheticalMention reports a word of hypothetical-cues shortly before
// the event word at lo, in its clause: "a possible visit next year".
func hypotheticalMention(u *unit, lo int) bool {
	for s := lo - 1; s >= 0 && s >= lo-genericReach; s-- {
		t := u.toks[s]
		if u.brk[s] || t.Text == "," || t.Text == "." {
			break
		}
		if _, n := hypotheticalCues.match(u.toks, s); n > 0 && s+n <= lo {
			return true
		}
	}
	return false
}

func phraseSet(rows []string) *phraseTable[bool] {
	t := newPhraseTable[bool](false)
	for _, r := range rows {
		t.add(r, true)
	}
	return t
}

// genericReach is how many words before an event word a generic cue may
// start, and how many after its phrase a state word may.
const genericReach = 7

// genericMention reports a clause that makes the event at toks[lo:end] a
// topic, a wish or a state rather than an event: a cue of genericCueRows
// shortly before it, with no clause break or comma in between, or a word
// of genericStateRows shortly after.
func genericMention(u *unit, lo, end int) bool {
	for s := lo - 1; s >= 0 && s >= lo-genericReach; s-- {
		t := u.toks[s]
		if u.brk[s] || t.Text == "," || t.Text == "." {
			break
		}
		if _, n := genericCues.match(u.toks, s); n > 0 && s+n <= lo {
			return !occurrenceAround(u, lo, end) && !dayOfItsOwn(u, end)
		}
		if adjunctPrepositionsOfEvents[t.Lower] {
			break // "discussed support for Ukraine during a meeting": the cue governs another phrase
		}
	}
	for s := end; s < len(u.toks) && s < end+4; s++ {
		t := u.toks[s]
		if u.brk[s] || t.Text == "," || t.Text == "." {
			break
		}
		if _, n := genericStates.match(u.toks, s); n > 0 {
			return true
		}
		if timesSince(u, s) {
			return true // "have spoken by phone three times since November": several, none told
		}
	}
	return false
}

// timesSince reports a count of times at token k that a period since
// some time follows: "twice since", "three times since November",
// "several times so far this year". Several events, none of them told
// ("met twice, on Monday and on Friday" tells each).
func timesSince(u *unit, k int) bool {
	j := k + 1
	switch w := u.toks[k].Lower; {
	case w == "twice":
	case k+1 < len(u.toks) && u.toks[k+1].Lower == "times" && (isCount(w) || w == "several" || w == "many" || w == "multiple"):
		j = k + 2
	default:
		return false
	}
	return j+1 < len(u.toks) && (periodOpeners[u.toks[j].Lower] || u.toks[j].Lower == "so" && u.toks[j+1].Lower == "far")
}

// dayOfItsOwn reports a date of a day or a week in the clause after the
// event word ending at end: "will hold their annual ministerial dialogue
// in New Delhi next week" is one session, however habitual its
// description ("hold annual talks in March" may be the habit).
func dayOfItsOwn(u *unit, end int) bool {
	for i, at := range u.txTok {
		if at < end || at >= end+maxOccurrenceReach {
			continue
		}
		if slices.ContainsFunc(u.brk[end:at], func(b bool) bool { return b }) {
			return false
		}
		tx := &u.txs[i]
		if tx.Type == resolve.Date && (tx.Granularity == resolve.GranDay || tx.Granularity == resolve.GranWeek) {
			return true
		}
	}
	return false
}

// maxOwnerModifiers bounds the words between an owner ("their") and its
// event noun: "their annual 2+2 ministerial dialogue".
const maxOwnerModifiers = 6

// genericCueWord reports a one-word phrase of generic-cues at k ("annual",
// "regular").
func genericCueWord(u *unit, k int) bool {
	_, n := genericCues.match(u.toks, k)
	return n == 1
}

// occurrencePhrases say that one event happened: "took place", "hosted".
var occurrencePhrases *phraseTable[bool]

func init() { occurrencePhrases = phraseSet(vocab.List("occurrence-phrases")) }

// maxOccurrenceReach is how many words after an event word (its parties,
// place and time between) a phrase of occurrencePhrases may start;
// occurrenceBackReach how many before it, for the verb of "took part in
// the annual foreign ministers' meeting".
const maxOccurrenceReach, occurrenceBackReach = 16, 9

// occurrenceAround reports a phrase of occurrencePhrases in the clause of
// the event word at lo..end: after it ("The annual summit of the CIS took
// place in St Petersburg") or as the verb before it ("St Petersburg hosted
// the annual informal summit"): one event, however habitual its
// description.
func occurrenceAround(u *unit, lo, end int) bool {
	for s := end; s < len(u.toks) && s < end+maxOccurrenceReach; s++ {
		if u.brk[s] || u.toks[s].Text == "." || u.toks[s].Text == ";" {
			break
		}
		if _, n := occurrencePhrases.match(u.toks, s); n > 0 {
			return true
		}
	}
	for s := lo - 1; s >= 0 && s >= lo-occurrenceBackReach; s-- {
		if u.brk[s] || u.toks[s].Text == "," || u.toks[s].Text == "." {
			break
		}
		if _, n := occurrencePhrases.match(u.toks, s); n > 0 && s+n <= lo {
			return true
		}
	}
	return false
}

// isBetween reports whether the other party after the trigger at hi is
// introduced by "between" or "among": then both sides are in that list.
func isBetween(u *unit, hi int) bool {
	for k := hi; k < len(u.toks) && k < hi+8; k++ {
		switch u.toks[k].Lower {
		case "between", "among", "amongst":
			return true
		case "with":
			return false
		}
	}
	return false
}

func (x *extraction) lastDraftIn(ui int) *draft {
	if n := len(x.drafts); n > 0 && x.drafts[n-1].unit == ui {
		return x.drafts[n-1]
	}
	return nil
}

// remoteCueIn is a phone or video cue of the sentence outside the event
// word toks[lo:hi], as written; "" for none.
func remoteCueIn(u *unit, lo, hi int) string {
	for k, t := range u.toks {
		if k >= lo && k < hi {
			continue
		}
		if remoteCues[t.Lower] {
			return t.Text
		}
	}
	return ""
}

// temporalReference reports "ahead of the call", "before the talks",
// "after the meeting" and how the other event's date is bounded.
func temporalReference(toks []token, lo int) (refBound, bool) {
	k := lo - 1
	for k >= 0 && k >= lo-3 && toks[k].Word && !definiteRefs[toks[k].Lower] {
		k--
	}
	if k < 0 || !definiteRefs[toks[k].Lower] {
		return boundNone, false
	}
	k--
	if k >= 0 && (toks[k].Lower == "of" || toks[k].Lower == "to") {
		k--
	}
	if k < 0 {
		return boundNone, false
	}
	b, ok := temporalRefs[toks[k].Lower]
	return b, ok
}

// inOpeningClause reports token k in a subordinate clause that opens the
// sentence and ends with a comma before lo: "Before attending the
// General Assembly in New York, he will meet Joly in Ottawa" meets in
// Ottawa. A clause of simultaneity with no verb ("While in Lima, …") is
// where the main clause happens.
func inOpeningClause(u *unit, k, lo int) bool {
	if len(u.toks) == 0 || !clauseOpeners[u.toks[0].Lower] {
		return false
	}
	if len(u.toks) > 1 && simultaneityWords[u.toks[0].Lower] && placePrepositions[u.toks[1].Lower] {
		return false // "While in Lima, he also met X": a stay the main clause happens in
	}
	for j := k; j < lo; j++ {
		if u.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// welcomeVerbs take the place of the meeting after "to": "will welcome
// Chancellor X to the White House".
var welcomeVerbs = vocab.Set("welcome-verbs")

// sameClause reports whether token k is in the clause of the trigger
// [lo, hi): no clause opener, reporting verb or semicolon in between.
func sameClause(u *unit, lo, hi, k int) bool { return clauseUnbroken(u, lo, hi, k, nil) }

// sameTimeClause is sameClause, but a word of simultaneity-words ("when",
// "while") does not break it: the clause it opens happens at the time of
// the clause it hangs on ("was in Lima 30 years ago … when he visited
// Peru", "visited Peru when he was a minister in 2019").
func sameTimeClause(u *unit, lo, hi, k int) bool {
	return clauseUnbroken(u, lo, hi, k, simultaneityWords)
}

// clauseUnbroken reports whether no clause break other than a word of
// allowed stands between the event word at [lo, hi) and token k.
func clauseUnbroken(u *unit, lo, hi, k int, allowed vocab.WordSet) bool {
	a, b := k, lo
	if k >= hi {
		a, b = hi, k
	}
	for j := a; j < b; j++ {
		if u.brk[j] && !allowed[u.toks[j].Lower] {
			return false
		}
	}
	return true
}

// simultaneityWords open a clause that happens when the clause it hangs
// on does (vocab's simultaneity-words).
var simultaneityWords = vocab.Set("simultaneity-words")

// isClauseBreak reports a word that ends the clause of an event word: a
// clause opener, a reporting verb or a semicolon.
func isClauseBreak(t *token) bool {
	if t.Word {
		return t.Mask&firstBreak != 0
	}
	// Most marks are commas and full stops: their first byte rules them
	// out without a map lookup.
	return clauseOpenerFirstBytes[t.Text[0]] && clauseOpeners[t.Text] // ";", ":", "—"
}

// clauseOpenerFirstBytes holds the first byte of every clause opener.
var clauseOpenerFirstBytes = func() (first [256]bool) {
	for w := range clauseOpeners {
		if w != "" {
			first[w[0]] = true
		}
	}
	return first
}()

// statusCue reads the status words of a trigger's clause: up to eight words
// before it and four after. Cancelled and postponed win over planned. It
// returns the status and the words that gave it.
func (x *extraction) statusCue(u *unit, lo, hi int, base bool) (timeline.Status, string) {
	found, word := timeline.Status(""), ""
	note := func(s timeline.Status, w string) {
		if found == "" || found == timeline.Planned {
			found, word = s, w
		}
	}
	if base && lo > 0 && u.toks[lo-1].Lower == "to" && !pastTripPurpose(u, lo-1) && rankInfinitive(u, lo-1) < 0 {
		note(timeline.Planned, "to "+u.toks[lo].Text)
	}
	if to := inceptionInfinitive(u, lo); to >= 0 && !pastTripPurpose(u, to) {
		note(timeline.Planned, joinText(u.toks[to:lo+1])) // "agreed to start talks", "to open accession negotiations"
	}
	if v := supportedVerb(u, lo); base && v > 1 && verbJoiners[u.toks[v-1].Lower] {
		if w := coordinatedPlan(u, v); w != "" { // "will meet X and (pay a courtesy) call on Y"
			note(timeline.Planned, w)
		}
	}
	if !base {
		if w := attendInfinitive(u, lo); w != "" {
			note(timeline.Planned, w)
		}
	}
	start := lo - 8
	if forPurpose(u, lo) {
		start = lo - maxPurposeCueReach // "will receive X in Santiago on Friday for a state visit": the visit is the verb's
	}
	if start < 0 {
		start = 0
	}
	for k := lo - 1; k >= start; k-- {
		t := u.toks[k]
		if clauseOpeners[t.Lower] || reportingVerbs[t.Lower] || t.Text == ";" {
			if futureOpeners[t.Lower] && presentVerb(u, lo) {
				note(timeline.Planned, t.Text+" … "+u.toks[lo].Text) // "until Annan visits Baghdad"
			}
			start = k + 1
			break
		}
	}
	limit := hi + 4
	for k := start; k < limit && k < len(u.toks); k++ {
		if k > lo && k < hi {
			continue // the trigger's own words, but for its first: "will hold talks"
		}
		if k >= hi && u.inTx[k] {
			limit++ // a date does not count: "trip to Budapest next week was canceled"
		}
		if k == hi && u.toks[k].Text == "," && closesApposition(u, k) {
			continue // "a meeting with his counterpart, X, is planned"
		}
		if k >= hi && (u.toks[k].Text == "," || u.toks[k].Text == "." || clauseOpeners[u.toks[k].Lower]) {
			if s, w := calledOffAfterBut(u, k); s != "" {
				note(s, w) // "was due in Vienna on Monday but cancelled the trip"
			}
			break
		}
		if k >= hi && u.toks[k].Lower == "that" && toldBefore(u, lo) {
			break // "warned X by telephone that the border would close": what was said
		}
		if k >= hi && k > 0 && u.entEnd[k-1] > 0 && topicPrepositions[u.toks[k].Lower] && !(k+1 < len(u.toks) && u.inTx[k+1]) {
			break // "spoke with X about plans to open an embassy": the topic's words
		}
		if k >= hi && k > 0 && u.entEnd[k-1] > 0 && u.toks[k].Lower == "to" && k+1 < len(u.toks) && purposeTopicVerbs[u.toks[k+1].Lower] {
			break // "spoke today with X to discuss the upcoming summit": what it was for
		}
		if s, n := lex.status.match(u.toks, k); n > 0 {
			if s == timeline.Planned && u.toks[k].Lower == "to" && (pastTripPurpose(u, k) || rankInfinitive(u, k) >= 0) {
				k += n - 1 // "traveled to X on May 7 to meet with Y": it happened
				continue
			}
			if s == timeline.Planned && k < lo && pastForm(u.toks[k].Lower) && afterObject(u, k, lo) {
				// "agreed on Tuesday to expand trade following talks": the
				// plan agreed is the clause's; the talks came before it
				k += n - 1
				continue
			}
			if s == timeline.Planned && k >= hi && (u.toks[k].Lower == "to" && infinitiveEvent(u, k+1) || u.toks[k+n-1].Lower == "to" && infinitiveEvent(u, k+n)) {
				// "agreed during their talks on Monday to meet again", "spoke
				// on Monday and agreed to meet": the plan is the meeting's
				k += n - 1
				continue
			}
			if s == timeline.Planned || k == 0 || !negations[u.toks[k-1].Lower] {
				note(s, joinText(u.toks[k:k+n])) // "No Delay To Tariffs" postpones nothing
			}
			k += n - 1
		}
	}
	if found == "" || found == timeline.Planned {
		// "Talks between A and B, planned for Friday, were called off"
		if s, w := predicateAfterAside(u, hi); s != "" && s != timeline.Planned {
			found, word = s, w
		} else if s, w := predicateAfterPlan(u, hi); s != "" {
			found, word = s, w // "A meeting … scheduled for Saturday has been scrapped"
		} else if s, w := predicateOfSubject(u, lo, hi); s != "" {
			found, word = s, w // "A planned meeting between … on the sidelines of … did not take place"
		}
	}
	if found == "" {
		found, word = mainClauseCue(u, lo)
	}
	if found == "" {
		found, word = sequelCue(u, lo)
	}
	if found == "" {
		found, word = trailingPhraseCue(u, lo)
	}
	return found, word
}

// pastForm reports a word that ends like a regular past form: "agreed",
// "cancelled" (not "bed").
func pastForm(w string) bool { return len(w) >= 5 && strings.HasSuffix(w, "ed") }

// afterObject reports the event word at lo as the object of a
// preposition of time that sets it before its clause ("after",
// "following"; temporal-refs-after) standing after k.
func afterObject(u *unit, k, lo int) bool {
	b, at := timeObject(u, k+1, lo)
	return b == boundAfter && at > k
}

// infinitiveEvent reports an event verb in its base form at k, after
// "to" ("to meet"), or a verb of event-support-verbs with an event noun a
// few words on ("to hold a summit", "to pay a visit").
func infinitiveEvent(u *unit, k int) bool {
	if k >= len(u.toks) {
		return false
	}
	if u.toks[k].Mask&firstTrigger != 0 {
		if info, n := lex.triggers.match(u.toks, k); n > 0 && info.Base {
			return true
		}
	}
	if !eventSupportVerbs[u.toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(u.toks) && j <= k+maxSupportedNounReach; j++ {
		if u.toks[j].Mask&firstTrigger != 0 {
			if info, n := lex.triggers.match(u.toks, j); n > 0 && info.Noun {
				return true
			}
		}
	}
	return false
}

// eventSupportVerbs are vocab's event-support-verbs; maxSupportedNounReach
// bounds the words from one to its event noun ("to hold a first bilateral
// summit").
var eventSupportVerbs = vocab.Set("event-support-verbs")

// inceptionVerbs are vocab's inception-verbs: "to start talks", "to open
// negotiations" are talks still to come.
var inceptionVerbs = vocab.Set("inception-verbs")

// inceptionInfinitive is the index of the "to" of an infinitive of
// inception-verbs right before the event noun at lo, up to two lower-case
// modifiers between ("to open accession talks"); -1 for none.
func inceptionInfinitive(u *unit, lo int) int {
	for v := lo - 1; v >= 1 && lo-v <= 3; v-- {
		t := u.toks[v]
		if inceptionVerbs[t.Lower] {
			if u.toks[v-1].Lower == "to" {
				return v - 1
			}
			return -1
		}
		if !t.Word || t.Cap || u.entAt[v] > 0 {
			return -1
		}
	}
	return -1
}

const maxSupportedNounReach = 4

// maxPurposeCueReach is how many words before an event noun after "for"
// its clause's status words may stand: "will receive Peruvian President
// Tomas Reyes in Santiago on Friday for a state visit".
const maxPurposeCueReach = 16

// forPurpose reports an event noun after "for" and at most three
// articles, possessives or adjectives, the one right before the noun any
// lower-case word: "for a state visit", "for talks"; a hyphened compound
// counts as one of them ("for a high-level debate"). (forBefore, for a
// host's welcome, lets any word of the noun phrase stand between.)
func forPurpose(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && lo-k <= 6; k-- {
		t := &u.toks[k]
		switch {
		case t.Lower == "for":
			return lo-k <= 4 || inHyphenCompound(u, k+2) // "for a high-level debate"
		case t.Lower == "a", t.Lower == "an", t.Lower == "the", possessives[t.Lower], eventAdjectives[t.Lower]:
		case k == lo-1 && t.Word && !t.Cap && u.entAt[k] == 0, inHyphenCompound(u, k):
		default:
			return false
		}
	}
	return false
}

// maxAsideLength is how many words an aside set off by commas after an
// event's noun phrase may hold: ", planned for next week in Budapest,".
const maxAsideLength = 12

// predicateAfterAside reads the predicate of an event noun phrase that
// an aside follows: in "A summit between A and B, planned for next week,
// was scrapped" the summit is cancelled. The aside opens at hi with a
// comma; the predicate is the few words after the comma that closes it.
func predicateAfterAside(u *unit, hi int) (timeline.Status, string) {
	_, hi = placeAdjunctAt(u, hi) // "A meeting between A and B in Quito, planned for …,"
	if hi >= len(u.toks) || u.toks[hi].Text != "," {
		return "", ""
	}
	closing := -1
	for k := hi + 1; k < len(u.toks) && k <= hi+maxAsideLength; k++ {
		if t := u.toks[k].Text; t == "." || t == ";" || t == ":" {
			return "", "" // (a relative clause may be the aside: ", which was due on Friday,")
		}
		if u.toks[k].Text == "," {
			closing = k
			break
		}
	}
	if closing < 0 || closing+1 >= len(u.toks) || !u.toks[closing+1].Word || u.toks[closing+1].Cap {
		return "", "" // no verb after the aside: a list goes on
	}
	return statusWithin(u, closing+1, closing+5)
}

// pastTripPurpose reports the "to" at k of an infinitive that tells what a
// trip told in the past was for ("traveled to Saudi Arabia on May 7 to
// meet with the Crown Prince"): what it was for happened with it, as the
// trip did, and is no plan.
func pastTripPurpose(u *unit, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxPurposeReach && !u.brk[j]; j-- {
		if u.toks[j].Mask&firstTrigger == 0 || !resolve.IsPastCue(u.toks[j].Lower) {
			continue
		}
		if info, n := lex.triggers.match(u.toks, j); n > 0 && info.Destination {
			return true
		}
	}
	return false
}

// rankWords are vocab's rank-words.
var rankWords = vocab.Set("rank-words")

// maxRankReach is how many words may stand between "the" and its rank
// word and the "to" of the infinitive: "the first high-level U.S.
// official to visit".
const maxRankReach = 7

// rankInfinitive reports the "to" at k of an infinitive after a person
// ranked by "the first", "the only", "the highest-ranking" or a
// superlative: "the first high-level U.S. official to visit Japan" tells
// a visit that is made, not planned. It returns the index of "the", or -1.
func rankInfinitive(u *unit, k int) int {
	for j := k - 2; j >= 1 && j >= k-maxRankReach; j-- {
		t := u.toks[j]
		if !t.Word && t.Text != "-" && t.Text != "." {
			return -1
		}
		w := t.Lower
		if (rankWords[w] || len(w) > 4 && strings.HasSuffix(w, "est")) && u.toks[j-1].Lower == "the" {
			return j - 1
		}
	}
	return -1
}

// closesApposition reports a comma at k that closes a name set off by a
// comma inside the entity before it ("his Saudi counterpart, Prince X,"):
// the sentence goes on with its verb.
func closesApposition(u *unit, k int) bool {
	if k == 0 || u.entEnd[k-1] == 0 {
		return false
	}
	e := u.ents[u.entEnd[k-1]-1]
	for j := e.Lo + 1; j < e.Hi; j++ {
		if u.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// maxAttendObject is how many words may stand between "to attend" and the
// event word it attends: "to attend the annual informal summit".
const maxAttendObject = 5

// attendInfinitive reads an event noun at lo that is the object of an
// infinitive of attending as its main verb is read: "will travel to Lima
// on 29 January to attend the summit" and "plans to take part in the
// talks" are planned, "travelled to Lima to attend the summit" is not.
// It returns the words that say so, or "".
func attendInfinitive(u *unit, lo int) string {
	to := -1
	for k := lo - 2; k >= 0 && k >= lo-2-maxAttendObject; k-- {
		t := u.toks[k]
		if u.brk[k] || t.Text == "," || t.Text == "." || t.Text == ";" {
			return ""
		}
		if t.Lower == "to" {
			if _, n := attendVerbs.match(u.toks, k+1); n > 0 && k+1+n <= lo {
				to = k
			}
			break
		}
	}
	if to < 0 {
		return ""
	}
	for k := to; k >= 0 && k >= to-maxPurposeReach; k-- {
		t := u.toks[k]
		if k < to && (clauseOpeners[t.Lower] || reportingVerbs[t.Lower] || t.Text == ";" || t.Text == ".") {
			return ""
		}
		if s, n := lex.status.match(u.toks, k); n > 0 && s == timeline.Planned && (k == 0 || !negations[u.toks[k-1].Lower]) {
			return joinText(u.toks[k:k+n]) + " … to " + u.toks[to+1].Text + " … " + u.toks[lo].Text
		}
	}
	return ""
}

// maxPurposeReach is how many words before "to attend" the main verb's
// cue of a plan may stand: "will travel to Lima, Peru, on 29 January to
// attend".
const maxPurposeReach = 14

// verbJoiners join a verb to the one before it: "will attend the forum
// and meet with officials".
var verbJoiners = map[string]bool{"and": true, "or": true}

// maxCoordinatedReach is how many words before "and meet" the verb it is
// joined to may start: "to discuss international cooperation on migration
// and meet with …".
const maxCoordinatedReach = 16

// supportedVerb is where the verb of the event word at lo stands: the
// support verb of event-support-verbs before its article ("pay" in "pay
// a courtesy call on X"), else lo.
func supportedVerb(u *unit, lo int) int {
	if lo >= 2 && objectArticles[u.toks[lo-1].Lower] && eventSupportVerbs[u.toks[lo-2].Lower] {
		return lo - 2
	}
	return lo
}

// coordinatedPlan reads a base-form event word after "and" (at lo) as the
// verb it is joined to is read: "will attend the forum and meet with
// officials", "to discuss cooperation and meet with …" are planned, since
// a base form after "and" shares the modal or the "to" of its first verb.
// It returns the words that say so, or "" when the clause has none.
func coordinatedPlan(u *unit, lo int) string {
	for k := lo - 2; k >= 0 && k >= lo-maxCoordinatedReach; k-- {
		t := u.toks[k]
		if t.Text == ";" || t.Text == "." || reportingVerbs[t.Lower] {
			return ""
		}
		if t.Lower == "to" && k+1 < lo && !u.toks[k+1].Cap && u.entAt[k+1] == 0 {
			return "to " + u.toks[k+1].Text + " … and " + u.toks[lo].Text
		}
		if s, n := lex.status.match(u.toks, k); n > 0 && s == timeline.Planned && (k == 0 || !negations[u.toks[k-1].Lower]) {
			return joinText(u.toks[k:k+n]) + " … and " + u.toks[lo].Text
		}
	}
	return ""
}

// presentVerb reports a third-person present verb as the event word at lo,
// right after its subject: "Annan visits", "the king arrives".
func presentVerb(u *unit, lo int) bool {
	if lo == 0 || !strings.HasSuffix(u.toks[lo].Lower, "s") {
		return false
	}
	return u.entEnd[lo-1] > 0 || personalPronouns[u.toks[lo-1].Lower]
}

// courtesyCall reports the person after "called on" at k as the one
// visited ("called on President X", "will call on the Prime Minister"),
// not urged: a person or an office comes next, and no "to" and verb, no
// "for", follows in the clause ("called on X to resign", "called on X for
// restraint").
func courtesyCall(u *unit, k int) bool {
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if k >= len(u.toks) || u.entAt[k] == 0 || !u.ents[u.entAt[k]-1].individual() {
		return false
	}
	for j := u.ents[u.entAt[k]-1].Hi; j < len(u.toks) && !u.brk[j]; j++ {
		switch w := u.toks[j].Lower; {
		case w == "for":
			return false
		case w == "to" && j+1 < len(u.toks) && u.toks[j+1].Word && !u.toks[j+1].Cap:
			return false
		}
	}
	return true
}

// maxButReach is how many words after "but" the word of calling off may
// stand: "but the visit was postponed".
const maxButReach = 4

// calledOffAfterBut reads "but" at k (or ", but") and a word of cancelling
// or putting off right after it, whose subject is the event's: "was due in
// Vienna on Monday but cancelled the trip", "…, but it was postponed".
func calledOffAfterBut(u *unit, k int) (timeline.Status, string) {
	if u.toks[k].Text == "," && k+1 < len(u.toks) {
		k++
	}
	if u.toks[k].Lower != "but" {
		return "", ""
	}
	for j := k + 1; j < len(u.toks) && j <= k+maxButReach; j++ {
		if s, n := lex.status.match(u.toks, j); n > 0 && s != timeline.Planned {
			return s, joinText(u.toks[j : j+n])
		}
	}
	return "", ""
}

// reportedClauseOwnSubject reports a reporting verb between toks[from]
// and the event word at lo whose clause has a subject of its own that
// names no one: a lower-case noun right before the event word and its
// auxiliaries, the first of which is finite ("X said results are expected
// in Riyadh"; but in "X told reporters after meeting Y" the noun is the
// object of "told"). The person
// before the verb is the speaker, not that clause's subject.
func reportedClauseOwnSubject(u *unit, from, lo int) bool {
	k := subjectWord(u, lo)
	if k <= from {
		return false
	}
	t := u.toks[k]
	if !t.Word || t.Cap || u.entEnd[k] > 0 || personalPronouns[t.Lower] || firstPersonSubjects[t.Lower] || secondPersonSubjects[t.Lower] || pluralSubjects[t.Lower] {
		return false
	}
	determined := k+1 == lo && k-1 > from && (possessives[u.toks[k-1].Lower] || u.toks[k-1].Lower == "the" || u.toks[k-1].Lower == "a")
	if !determined && (k+1 >= lo || !finiteAuxiliaries[u.toks[k+1].Lower]) {
		return false // "X told reporters after meeting Y": "reporters" is the object, X the subject
	}
	for j := from; j < k; j++ {
		if reportingVerbs[u.toks[j].Lower] || determined && u.toks[j].Lower == "that" {
			return true // (and "X recalled that his predecessor visited Moscow": the predecessor's visit)
		}
	}
	return false
}

// finiteAuxiliaries open the verb group of a clause right after its
// subject: "results are expected".
var finiteAuxiliaries = vocab.Set("finite-auxiliaries")
