package resolve

// Direction and boundary: the words right before a date can say where it
// lies whatever the tense of the verb. "The vote was postponed until
// Friday" is a Friday ahead, though "postponed" is past; "agreed to repay
// the loan by February" names a deadline that a past verb does not pull
// into the past; "no later than March" and "as early as March" look ahead
// and bound the date (TimeML mod ON_OR_BEFORE, ON_OR_AFTER).

// boundary is a phrase before a date that bounds it.
type boundary struct {
	words []string
	mod   string // the TimeML mod, if the phrase sets one
	// ahead: the date lies ahead of the clause's time, so that a past
	// clause leaves it to the nearest occurrence and a clause with no cue
	// looks ahead.
	ahead bool
}

// boundaries, longest first.
var boundaries = []boundary{
	{[]string{"no", "later", "than"}, "ON_OR_BEFORE", true},
	{[]string{"not", "later", "than"}, "ON_OR_BEFORE", true},
	{[]string{"no", "earlier", "than"}, "ON_OR_AFTER", true},
	{[]string{"not", "earlier", "than"}, "ON_OR_AFTER", true},
	{[]string{"as", "early", "as"}, "ON_OR_AFTER", true},
	{[]string{"as", "soon", "as"}, "", true},
	{[]string{"not", "before"}, "ON_OR_AFTER", true},
	{[]string{"not", "until"}, "ON_OR_AFTER", true},
}

// deadlineWords before a month or a day of a month, or before a weekday in
// the complement of a past plan, make it a deadline, which a past verb
// does not pull back ("had agreed to repay the loan by February", "has
// extended the loans through January"). A weekday in a plain past clause
// stays past: "the ceasefire held until Friday".
var deadlineWords = map[string]bool{"by": true, "until": true, "till": true, "through": true}

// postponeVerbs move an event to a date ahead of the moment they were
// done: "postponed until Friday", "pushed back to March", "extended
// through June", and so do verbs that bring it earlier ("brought forward
// to Monday", "moved up to Monday"): a new date is one still to come. postponePreps are the words that lead to the new date.
var (
	postponeVerbs = map[string]bool{"postponed": true, "postpone": true, "postpones": true,
		"delayed": true, "delay": true, "delays": true, "deferred": true, "defer": true, "adjourned": true,
		"adjourn": true, "extended": true, "extend": true, "extends": true, "rescheduled": true,
		"reschedule": true, "moved": true, "pushed": true, "put": true, "shifted": true, "prolonged": true,
		"suspended": true, "suspend": true, "brought": true, "bring": true, "brings": true, "advanced": true}
	postponePreps = map[string]bool{"until": true, "till": true, "to": true, "for": true, "through": true,
		"into": true}
	// postponeParticles may stand between the verb and its preposition:
	// "pushed back to", "put off until", "postponed again until".
	postponeParticles = map[string]bool{"back": true, "off": true, "again": true, "forward": true,
		"it": true, "them": true, "the": true, "a": true, "his": true, "her": true, "their": true, "its": true,
		"vote": true, "talks": true, "meeting": true, "visit": true, "trip": true, "summit": true, "call": true,
		"once": true, "more": true, "further": true, "indefinitely": true, "up": true}
)

// postponeVerbBefore returns the verb of postponeVerbs at from, or up to
// three words of postponeParticles before it ("pushed back", "put the
// vote off"), and the position of the verb.
func (t *tagger) postponeVerbBefore(from int) (verb string, at int) {
	for k := from; k >= 0 && k >= from-3; k-- {
		w := t.word(k)
		if postponeVerbs[w] {
			return w, k
		}
		if !postponeParticles[w] {
			break
		}
	}
	return "", -1
}

// boundaryBefore returns the boundary phrase that ends right before token
// i ("no later than March"), if any.
func (t *tagger) boundaryBefore(i int) (boundary, bool) {
	for _, b := range boundaries {
		n := len(b.words)
		if i-n < 0 {
			continue
		}
		if _, ok := t.matchWords(i-n, b.words); ok {
			return b, true
		}
	}
	return boundary{}, false
}

// dateTense is the direction of a date without a year at tokens [first,
// last): the tense of its clause, unless the words before the date set
// another (a postponement, a deadline, a boundary). short is true for a
// weekday, which a past plan ("agreed to meet on Thursday") puts in the
// past; a month or a day of a month is left to the nearest occurrence,
// since what was agreed may lie on either side of the anchor.
func (t *tagger) dateTense(first, last int, short bool) (tense, cue) {
	ts, c := t.clauseTense(first, last)
	prep := t.word(first - 1)
	if postponePreps[prep] {
		from := first - 2
		if n := len(t.out) - 1; n >= 0 && from > 0 && int(t.toks[from].end) == t.out[n].End && t.word(t.outTok[n]-1) == "from" {
			from = t.outTok[n] - 2 // "postponed from Wednesday to Friday": the verb stands before "from"
		}
		if w, _ := t.postponeVerbBefore(from); w != "" {
			return tenseFuture, cue{ts: tenseFuture, word: w + " " + prep, moved: true,
				why: "'" + w + " … " + prep + "' moves the date ahead"}
		}
	}
	if prep == "for" {
		if w, ok := t.convenedFor(first - 1); ok {
			return tenseFuture, cue{ts: tenseFuture, word: w + " … for", moved: true,
				why: "'" + w + " … for' sets the day of what is convened, which lies ahead"}
		}
	}
	if b, ok := t.boundaryBefore(first); ok && ts != tenseFuture {
		phrase := t.text[t.toks[first-len(b.words)].start:t.toks[first-1].end]
		if ts == tensePast {
			return tenseNone, cue{why: "'" + phrase + "' sets a boundary, which the past verb '" + c.word + "' does not pull back"}
		}
		return tenseFuture, cue{ts: tenseFuture, word: phrase, why: "'" + phrase + "' looks ahead"}
	}
	switch {
	case ts != tensePast:
	case deadlineWords[prep] && c.complement:
		return tenseNone, cue{why: c.why + "; '" + prep + "' sets a deadline, which the past does not pull back"}
	case deadlineWords[prep] && !short:
		return tenseNone, cue{why: "'" + prep + "' sets a deadline, which the past verb '" + c.word + "' does not pull back"}
	case c.eitherSide && !short:
		return tenseNone, cue{why: c.why + ", whose date may lie on either side of the anchor"}
	case c.complement && !short && !c.pluperfect:
		return tenseNone, cue{why: c.why + ", which may lie on either side of the anchor"}
	}
	return ts, c
}

// boundaryMod sets the mod of c, found at token i, from a boundary phrase
// before it ("no later than March 1": ON_OR_BEFORE), unless c has one.
func (t *tagger) boundaryMod(i int, c *cand) {
	if c.mod != "" || c.typ == Duration || c.typ == Set {
		return
	}
	if b, ok := t.boundaryBefore(i); ok && b.mod != "" {
		c.mod = b.mod
		c.why += " (" + b.mod + ": after '" + t.text[t.toks[i-len(b.words)].start:t.toks[i-1].end] + "')"
	}
}

// convenedFor reports, before the "for" at f, a verb of convening and
// its object, the noun of what is convened: "called an emergency meeting
// of Arab League foreign ministers for Sunday", "set the vote for
// Tuesday", "called a snap election for June". The day after "for" is
// the day set, ahead of the time of writing whatever the verb's tense.
// It returns the verb.
func (t *tagger) convenedFor(f int) (string, bool) {
	noun := false
	for k := f - 1; k >= 0 && k >= f-maxConvenedReach; k-- {
		if t.toks[k].kind != tWord {
			return "", false
		}
		w := t.word(k)
		if governStops[w] {
			return "", false // "called off talks that had been scheduled for Saturday": the relative clause's plan
		}
		if convenedNouns[w] {
			noun = true
		}
		if convenedVerbs[w] {
			return w, noun && t.word(k+1) != "off"
		}
	}
	return "", false
}

// maxConvenedReach is how many words may stand between a verb of
// convening and the "for" of its day: "called an emergency meeting of Arab
// League foreign ministers for".
const maxConvenedReach = 10

// convenedVerbs convene or set what their object names; convenedNouns are
// what they convene.
var (
	convenedVerbs = map[string]bool{"called": true, "convened": true, "summoned": true, "set": true, "fixed": true}
	convenedNouns = map[string]bool{"meeting": true, "session": true, "summit": true, "talks": true, "vote": true,
		"election": true, "elections": true, "referendum": true, "conference": true, "hearing": true, "ballot": true}
)
