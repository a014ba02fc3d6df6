package resolve

import "strings"

// Cues: what one word says of its clause's tense, read with its verb group.

// cueKind merges the cue tables into one lookup per word.
type cueKind uint8

const (
	kFuture cueKind = 1 << iota
	kPlan           // a word of planWords: its "to" complement is a plan
	kPast
	kNotPastEd
	kSchedulePlural
	kParticiple  // a participle that is not also a past form
	kContraction // the word before "n't"
	kUnVerb      // a verb starting with "un"
)

// cueTable is built before any init function runs, so that the lexicon
// can copy each word's cue kind into its entry: the tense search then
// reads the kind from the token instead of hashing every word it passes.
var cueTable = func() map[string]cueKind {
	m := map[string]cueKind{}
	for _, tb := range []struct {
		words map[string]bool
		k     cueKind
	}{{futureCues, kFuture}, {scheduleVerbs, kFuture}, {arrangementProgressives, kFuture}, {pastCues, kPast}, {notPastEd, kNotPastEd},
		{schedulePlural, kFuture | kSchedulePlural}, {participles, kParticiple}, {unVerbs, kUnVerb}} {
		for w, on := range tb.words {
			if on {
				m[w] |= tb.k
			}
		}
	}
	for w := range planWords {
		m[w] |= kPlan
	}
	for w := range contractions {
		m[w] |= kContraction
	}
	return m
}()

// maxNounModifiers is how many words may stand between a determiner and
// the noun it opens: "a three-day state visit".
const maxNounModifiers = 3

// modifiedNoun reports a plain schedule verb ("visit", "meet") that is the
// head of a noun phrase whose determiner stands a few words before it,
// with only lower-case words between that are no plural noun and no cue:
// "on a state visit on Monday", "his first visit". ("The two leaders meet
// Monday": "leaders", a plural subject, makes "meet" the verb.)
func (t *tagger) modifiedNoun(i int) bool {
	words := 0
	for k := i - 1; k >= 0; k-- {
		if t.punct(k, '-') && t.glued(k) && t.glued(k+1) {
			continue // "three-day"
		}
		if adjectiveBefore[t.word(k)] {
			return words > 0
		}
		if words++; words > maxNounModifiers || t.toks[k].kind != tWord || t.capitalized(k) || strings.HasSuffix(t.word(k), "s") || t.cueOf(k) != 0 {
			return false
		}
	}
	return false
}

// cueOf returns the cue kind of token i.
func (t *tagger) cueOf(i int) cueKind {
	tk := &t.toks[i]
	if tk.end-tk.start <= maxLexLen {
		return tk.lex.cue
	}
	return cueTable[t.word(i)]
}

// regularPast reports whether w ends like a regular past form: "-ed", in
// a word of five letters or more ("talked", not "bed" or "red").
func regularPast(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// wordPast reports whether w, of cue kind k, is a past-tense form on its
// own: an irregular one, or a regular one that is not a word that only
// ends like one ("united") nor an un- adjective ("unconfirmed").
func wordPast(w string, k cueKind) bool {
	if k&kPast != 0 {
		return true
	}
	if k&kNotPastEd != 0 || !regularPast(w) {
		return false
	}
	return !strings.HasPrefix(w, "un") || k&kUnVerb != 0
}

// cueAt returns the tense that token i signals, read with its verb group.
func (t *tagger) cueAt(i int) (cue, bool) {
	tk := &t.toks[i]
	if tk.kind != tWord || tk.end-tk.start < 2 {
		return cue{}, false
	}
	k := t.cueOf(i)
	w := t.word(i)
	if lookForms[w] && t.word(i+1) == "forward" && t.word(i+2) == "to" {
		// "The leaders looked forward to meeting at the summit in July":
		// what is looked forward to lies ahead of the time it is told,
		// whatever the tense of "look"
		return cue{ts: tenseFuture, word: w + " forward to",
			why: "'" + w + " forward to' looks ahead of the time it is told, whatever its tense"}, true
	}
	if c, ok := t.prospectiveCue(i, w); ok {
		return c, true
	}
	if k == 0 && !regularPast(w) {
		return cue{}, false
	}
	// "won't", "didn't": the auxiliary, not "won".
	if k&kContraction != 0 && t.punct(i+1, '\'') && t.glued(i+1) && t.word(i+2) == "t" && t.glued(i+2) {
		return cue{ts: contractions[w], word: w + "'t"}, true
	}
	next := t.word(i + 1)
	if k&kPlan != 0 && next == "to" {
		if c, ok := t.planCue(i, w, i+1); ok {
			return c, true
		}
	}
	if k&kPlan != 0 && objectControlVerbs[w] {
		// "invited Chilean President Pedro Salas to visit Lima": the
		// infinitive after the verb's object
		if to := t.objectInfinitive(i + 1); to > 0 {
			if c, ok := t.planCue(i, w, to); ok {
				return c, true
			}
		}
	}
	if k&kPlan != 0 && planAdjunctPreps[next] {
		// "agreed in a phone call on Saturday to meet in May": the plan
		// verb's infinitive after an adjunct of how or when it was agreed
		if to := t.infinitiveAfterAdjunct(i + 1); to > 0 {
			if c, ok := t.planCue(i, w, to); ok {
				return c, true
			}
		}
	}
	// "is set for Sunday": a plan's state before "for" reads as a
	// participle, with the tense of its auxiliary.
	participle := k&(kPast|kParticiple|kNotPastEd) != 0 || regularPast(w) || planWords[w] == planState && next == "for" ||
		w == "due" && next != "to" // "is due in Vienna on Monday": the state of a plan, with its auxiliary's tense
	if participle {
		if c, ok := t.auxCue(i, w); ok {
			return c, true
		}
	}
	if planFor(w, next) {
		// "Talks, originally planned for Friday, were postponed": the
		// participle of a plan dates what was to come
		return cue{ts: tenseFuture, word: w + " for",
			why: "'" + w + " for' tells a plan as of the time of writing, which looks ahead"}, true
	}
	if k&kFuture != 0 {
		switch {
		case w == "next" && next == "to":
			return cue{}, false // "next to the embassy"
		case cueNouns[w] && adjectiveBefore[t.word(i-1)]:
			return cue{}, false // "announced the plan Aug. 21": a noun
		case k&kSchedulePlural != 0 && (notFiniteBefore[t.word(i-1)] || adjectiveBefore[t.word(i-1)] || t.modifiedNoun(i)):
			// "meet" and the other plain schedule verbs only as the verb of
			// their clause: not after "to" or an auxiliary ("failed to
			// meet", "will meet", "did not meet"), whose own cue comes
			// before it, nor as a noun after a determiner ("the vote on
			// Monday", "the host").
			return cue{}, false
		case w == "would" && next == "have":
			return cue{ts: tensePast, word: "would have"}, true // "would have met on Friday"
		case (w == "may" || w == "might") && next == "have":
			return cue{ts: tensePast, word: w + " have"}, true // "may have met on Friday"
		case w == "may" && t.capitalized(i):
			return cue{}, false // the month: "in May"
		case arrangementProgressives[w]:
			if b := t.word(t.skipAdverbsBack(i - 1)); presentBe[b] {
				return cue{ts: tenseFuture, word: b + " " + w,
					why: "'" + b + " " + w + "' is the present progressive of an arrangement, which looks ahead"}, true
			}
			return cue{}, false
		}
		return cue{ts: tenseFuture, word: w}, true
	}
	if !wordPast(w, k) {
		return cue{}, false
	}
	if next == "by" && t.punct(i-1, ',') {
		// "will hold talks with X, followed by a working lunch, on
		// Tuesday": a participle set off by a comma, with its agent, is
		// no verb of the clause
		return cue{}, false
	}
	if k&kPast == 0 {
		// A regular form: "a still unspecified date", "the revised plan"
		// (an adjective after a determiner or a degree adverb), "Mohamed"
		// (a name: capitalised inside a sentence) are not verbs.
		if adjectiveBefore[t.word(i-1)] || t.capitalized(i) && !t.sentenceStart(i) {
			return cue{}, false
		}
	}
	return cue{ts: tensePast, word: w}, true
}

// skipAdverbsBack returns the nearest token at or before j that is not an
// adverb of a verb group ("was also held"), at most two adverbs back.
func (t *tagger) skipAdverbsBack(j int) int {
	for n := 0; n < 2 && verbGroupAdverbs[t.word(j)]; n++ {
		j--
	}
	return j
}

// auxCue reads the auxiliaries before the participle or past form w at
// token i: "will be held", "should be completed" and "will have been" look
// ahead; "is heard", "are held" are the present of a schedule, which looks
// ahead too; "was held", "has met", "would have met" look back. ok is false
// when no auxiliary stands before w.
func (t *tagger) auxCue(i int, w string) (cue, bool) {
	j := t.skipAdverbsBack(i - 1)
	a := t.word(j)
	switch {
	case a == "be":
		if m := t.word(t.skipAdverbsBack(j - 1)); modalBe[m] {
			return cue{ts: tenseFuture, word: m + " be " + w}, true
		}
	case a == "being":
		if b := t.word(t.skipAdverbsBack(j - 1)); presentBe[b] {
			return cue{ts: tenseFuture, word: b + " being " + w}, true
		} else if pastBe[b] {
			return cue{ts: tensePast, word: w}, true
		}
	case a == "been":
		j2 := t.skipAdverbsBack(j - 1)
		if h := t.word(j2); perfect[h] {
			if m := t.word(t.skipAdverbsBack(j2 - 1)); modalPerfect[m] != tenseNone {
				return cue{ts: modalPerfect[m], word: m + " have been " + w}, true
			}
			switch {
			case planFor(w, t.word(i+1)) && h == "had":
				// "The summit, which had been scheduled for December 15,
				// was postponed": a plan given up, whose day may lie on
				// either side of the time of writing (dateTense)
				return cue{ts: tensePast, word: "had been " + w + " for", eitherSide: true,
					why: "'had been " + w + " for' tells a plan given up, in the past"}, true
			case planFor(w, t.word(i+1)):
				return cue{ts: tenseFuture, word: h + " been " + w + " for",
					why: "'" + h + " been " + w + " for' tells a plan as of the time of writing, which looks ahead"}, true
			}
			return cue{ts: tensePast, word: w}, true
		}
	case presentBe[a]:
		if planWords[w] == planState || futureCues[w] {
			return cue{ts: tenseFuture, word: a + " " + w}, true // "is expected", "are scheduled"
		}
		return cue{ts: tenseFuture, word: a + " " + w,
			why: "'" + a + " " + w + "' is in the present, as of a schedule"}, true
	case pastBe[a]:
		if planFor(w, t.word(i+1)) {
			// "The meeting, which was scheduled for Friday, was postponed"
			return cue{ts: tenseFuture, word: a + " " + w + " for",
				why: "'" + a + " " + w + " for' tells a plan as of the time of writing, which looks ahead"}, true
		}
		return cue{ts: tensePast, word: w}, true
	case perfect[a]:
		if m := t.word(t.skipAdverbsBack(j - 1)); a != "had" && modalPerfect[m] != tenseNone {
			return cue{ts: modalPerfect[m], word: m + " have " + w}, true
		}
		return cue{ts: tensePast, word: w}, true
	}
	return cue{}, false
}

// planCue reads a word of plan or agreement before "to" (token i+1) with
// the auxiliaries before it: "is set to meet" and "was set to meet" look
// ahead (aheadInThePast), "had been set to meet" and "was supposed to
// meet" back; "agreed to meet", told in the past, looks back, while "has
// agreed to meet" and "plans to meet" look ahead.
func (t *tagger) planCue(i int, w string, to int) (cue, bool) {
	j := t.skipAdverbsBack(i - 1)
	a := t.word(j)
	// "was set to", "had been due to", "had agreed to": a plan of the past.
	pastAux := pastBe[a] || a == "had" || a == "been" && t.word(t.skipAdverbsBack(j-1)) == "had"
	if a == "been" && pastAux {
		a = "had"
	}
	comp := t.complement(to)
	switch planWords[w] {
	case planState:
		if pastAux && a != "had" && aheadInThePast[w] {
			return cue{ts: tenseFuture, word: a + " " + w + " to",
				why: "'" + a + " " + w + " to' tells a plan as of the time of writing, which looks ahead"}, true
		}
		if pastAux {
			return cue{ts: tensePast, word: a + " … " + w + " to"}, true
		}
		return cue{ts: tenseFuture, word: w + " to"}, true
	case planCopula:
		if pastBe[w] {
			return cue{ts: tensePast, word: w + " to"}, true
		}
		return cue{ts: tenseFuture, word: w + " to"}, true
	case planPast:
		switch {
		case pastAux:
			return cue{ts: tensePast, word: a + " " + w, complement: true, pluperfect: true,
				why: "verb '" + a + " " + w + "' is past; '" + comp + "' is its future complement"}, true
		case perfect[a] || presentBe[a]:
			return cue{ts: tenseFuture, word: a + " " + w + " to",
				why: "'" + a + " " + w + "' is present perfect; '" + comp + "' is its future complement"}, true
		}
		return cue{ts: tensePast, word: w, complement: true,
			why: "verb '" + w + "' is past; '" + comp + "' is its future complement"}, true
	case planPresent:
		if a == "did" {
			return cue{ts: tensePast, word: "did " + w}, true
		}
		return cue{ts: tenseFuture, word: w + " to"}, true
	case planProgressive:
		if pastBe[a] {
			return cue{ts: tensePast, word: a + " " + w + " to"}, true
		}
		return cue{ts: tenseFuture, word: w + " to"}, true
	}
	return cue{}, false
}

// complement is the "to" at token i with the words after it that name the
// complement: "to meet", "to a truce".
func (t *tagger) complement(i int) string {
	end := i + 1
	if w := t.word(end); w == "a" || w == "an" || w == "the" || w == "new" {
		end++
	}
	if t.word(end) == "" {
		return "to"
	}
	return t.text[t.toks[i].start:t.toks[end].end]
}

// objectControlVerbs take an object before their "to" complement, whose
// subject it is: "invited X to visit".
var objectControlVerbs = map[string]bool{"invited": true, "invites": true, "invite": true}

// maxObjectWords bounds the object between such a verb and its "to": "his
// Chilean counterpart, President Pedro Salas,".
const maxObjectWords = 8

// objectInfinitive returns the token of the "to" that follows the object
// starting at token p (capitalised words, a pronoun, a determiner, a
// possessive and adjectives of nationality, commas of an apposition),
// when a verb in lower case follows it; 0 for none.
func (t *tagger) objectInfinitive(p int) int {
	for j := p; j < len(t.toks) && j <= p+maxObjectWords; j++ {
		if t.toks[j].kind != tWord {
			if t.punct(j, ',') || t.punct(j, '.') && j > p || t.punct(j, '-') || t.punct(j, '\'') {
				continue
			}
			return 0
		}
		w := t.word(j)
		switch {
		case w == "to" && j > p:
			if j+1 < len(t.toks) && t.toks[j+1].kind == tWord && !t.capitalized(j+1) {
				return j
			}
			return 0
		case t.capitalized(j), w == "him", w == "her", w == "them", w == "his", w == "their", w == "the", w == "counterpart", w == "counterparts":
		default:
			return 0
		}
	}
	return 0
}

// planAdjunctPreps open an adjunct between a verb of plan or agreement and
// its infinitive: "agreed in a phone call to meet", "decided during their
// talks to meet again", "an invitation from X to visit".
var planAdjunctPreps = map[string]bool{"in": true, "during": true, "at": true, "after": true, "over": true, "following": true, "from": true}

// maxPlanAdjunct bounds the words of such an adjunct: "during a lengthy
// telephone conversation on Saturday".
const maxPlanAdjunct = 8

// infinitiveAfterAdjunct returns the token of the "to" that ends the
// adjunct opened at token p, before any mark but a hyphen or apostrophe
// and any word that opens a clause; 0 for none.
func (t *tagger) infinitiveAfterAdjunct(p int) int {
	for j := p + 1; j < len(t.toks) && j <= p+maxPlanAdjunct; j++ {
		if t.toks[j].kind != tWord {
			if t.punct(j, '-') || t.punct(j, '\'') {
				continue
			}
			return 0
		}
		switch w := t.word(j); w {
		case "to":
			if j+1 < len(t.toks) && t.toks[j+1].kind == tWord && !t.capitalized(j+1) {
				return j
			}
			return 0
		case "and", "or", "that", "which", "who", "but":
			return 0
		}
	}
	return 0
}

// planFor reports the participle of a plan before "for" ("scheduled for
// Friday", "planned for Friday"): a plan as of the time of writing, which
// looks ahead.
func planFor(w, next string) bool {
	return (aheadInThePast[w] || w == "planned") && next == "for"
}

// prospectiveCue reads a phrase of prospectivePhrases at token i (word
// w): what it governs lies ahead of the time of its clause ("discussed
// preparations for the summit in February", "spoke ahead of talks in
// March"), and so, when the clause is about the days around the anchor,
// ahead of the anchor. When an expression earlier in the sentence dates
// the clause well before the anchor ("met in January ahead of the summit
// in February"), the phrase sets nothing and the clause's verb decides.
func (t *tagger) prospectiveCue(i int, w string) (cue, bool) {
	words, ok := prospectivePhrases[w]
	if !ok {
		return cue{}, false
	}
	j := i + 1
	if words.hyphenUp {
		// "run-up to": the hyphen and "up", glued
		if !t.punct(j, '-') || t.word(j+1) != "up" {
			return cue{}, false
		}
		j += 2
	}
	if t.word(j) != words.then {
		return cue{}, false
	}
	if n := len(t.out); n > 0 {
		if x := &t.out[n-1]; t.sameSentence(i, x.End) && x.Range != nil && x.Range.Last < t.a.Date-maxProspectiveLag {
			return cue{}, false
		}
	}
	phrase := t.raw(i) + " " + words.then
	if words.hyphenUp {
		phrase = t.raw(i) + "-up " + words.then
	}
	return cue{ts: tenseFuture, word: phrase,
		why: "'" + phrase + "' looks ahead of the time of its clause"}, true
}

// maxProspectiveLag is how long before the anchor a clause's own date may
// end for a prospective phrase in it still to look ahead of the anchor
// ("met on Tuesday ahead of the summit in February").
const maxProspectiveLag = 31
