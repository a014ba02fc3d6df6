package resolve

import (
	"strconv"
	"strings"
)

// Tense: a bare weekday or month ("on Thursday", "in March") names a day or
// month on one side of the anchor only, and the clause's verb says which
// side. "Biden held a call on Thursday" is the Thursday before the anchor;
// "the talks will open on Thursday" the one after. The search (clauseTense)
// takes the cue nearest to the expression in its sentence; each cue is read
// with its verb group (cueAt, in cues.go): the auxiliaries before it ("should
// be completed", "will have been", "is heard"), and for a verb of plan or
// agreement its "to" complement ("agreed to meet" is past; "has agreed to
// meet" and "plans to meet" look ahead). The words are data, in
// cuewords.go.

type tense int8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "unknown"
}

// cue is what a tense cue says: the tense, the cue as written ("held",
// "will be held", "set to") and, when the cue needs more words than
// "verb 'held' is past tense" to explain it, the explanation itself.
type cue struct {
	ts   tense
	word string
	why  string
	// complement is set when the date is read from the "to" complement of
	// a verb of plan or agreement told in the past ("agreed to meet"):
	// the plan is past, the time of what it plans is not known to be;
	// pluperfect when it is told in the past perfect ("had hoped to
	// meet"), whose plan has failed or passed.
	complement, pluperfect bool
	// eitherSide is set for the day of a plan given up, told in the past
	// perfect ("had been scheduled for December 15"): the plan is past,
	// its day may lie on either side of the time of writing.
	eitherSide bool
	// moved is set when the date is the new date of a postponement
	// ("postponed until Friday"), which no span joins to a date before.
	moved bool
}

// verbWhy explains a past cue as explanations of days write it: "verb
// 'held' is past tense".
func (c cue) verbWhy() string {
	if c.why != "" {
		return c.why
	}
	return "verb '" + c.word + "' is " + c.ts.String() + " tense"
}

// quotedWhy explains a cue as explanations of future days and of months
// write it: "\"will\" is future tense".
func (c cue) quotedWhy() string {
	if c.why != "" {
		return c.why
	}
	return strconv.Quote(c.word) + " is " + c.ts.String() + " tense"
}

// sideWhy is the end of an explanation of a date placed by c: " on the
// past side (\"held\" is past tense)", or only the reason when c sets no
// side.
func (c cue) sideWhy() string {
	switch {
	case c.ts != tenseNone:
		return " on the " + c.ts.String() + " side (" + c.quotedWhy() + ")"
	case c.why != "":
		return " (" + c.why + ")"
	}
	return ""
}

// sentenceEnd reports whether token i ends a sentence. (A line break ends
// one too: news text puts headline, dateline and each paragraph on lines of
// their own, so the cue search also stops at a token that starts a line.) A full stop after a
// month abbreviation or a single letter ("Jan.", "p.m.") does not; one
// after a month's full name ("in July.") does.
func (t *tagger) sentenceEnd(i int) bool {
	tk := &t.toks[i]
	if tk.kind != tPunct {
		return false
	}
	switch t.text[tk.start] {
	case '!', '?', ';':
		return true
	case '.':
		if i > 0 && t.toks[i-1].kind == tWord && t.toks[i-1].end == tk.start {
			p := &t.toks[i-1]
			if p.end-p.start <= 1 {
				return false
			}
			if m, ok := p.lex.has(cMonth); ok && p.end-p.start <= 4 && !strings.EqualFold(t.raw(i-1), monthNames[m]) {
				return false // "Jan.", "Sept."; but "in May.", "in June.", "in July." end a sentence
			}
			if titles[t.word(i-1)] {
				return false
			}
		}
		return true
	}
	return false
}

// sentenceStart reports whether token i opens a sentence or a line (or
// follows an opening quote or parenthesis that does).
func (t *tagger) sentenceStart(i int) bool {
	for k := i - 1; ; k-- {
		if k < 0 || t.toks[k+1].newline || t.sentenceEnd(k) {
			return true
		}
		if !t.punct(k, '"') && !t.punct(k, '`') && !t.punct(k, '(') && !t.punct(k, '\'') {
			return false
		}
	}
}

// titles are abbreviations whose full stop does not end a sentence.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "u": true, "s": true, "no": true}

// maxCueDistance is how many tokens either side of an expression the tense
// search looks at.
const maxCueDistance = 30

// clauseTense finds the tense of the clause around tokens [first, last).
// The verb usually comes first in an English clause ("Biden held a call on
// Thursday", "talks will open Monday"), so the nearest cue to the left in
// the same sentence decides; only when there is none does the nearest cue
// to the right, in the same clause ("On Thursday, Biden held a call").
func (t *tagger) clauseTense(first, last int) (tense, cue) {
	if c, ok := t.plannedByRelative(last); ok {
		return c.ts, c
	}
	for i, d := first-1, 1; i >= 0 && d <= maxCueDistance; i, d = i-1, d+1 {
		if t.sentenceEnd(i) || t.toks[i+1].newline {
			break
		}
		// ", and …", ", but …": a new clause with a verb of its own,
		// unless it goes on with the same subject (", and then pay a
		// visit"), whose auxiliary it shares.
		if t.punct(i, ',') && clauseJoiners[t.word(i+1)] && !t.sharedPredicate(i+2) {
			break
		}
		if c, ok := t.cueAt(i); ok {
			// A plain plural verb ("meet") tells the time only of a day
			// right after it: "the leaders meet Monday".
			if d > 3 && t.cueOf(i)&kSchedulePlural != 0 {
				continue
			}
			return c.ts, c
		}
	}
	// Skip a parenthesis right after the expression ("Thursday (local
	// time), Biden held …") and the comma that closes an opening phrase.
	start := last
	if t.punct(start, '(') {
		for k := start + 1; k < len(t.toks) && k <= start+6; k++ {
			if t.punct(k, ')') {
				start = k + 1
				break
			}
		}
	}
	opening := false // the comma closes an opening phrase the expression is in
	for i, d := start, 1; i < len(t.toks) && d <= maxCueDistance; i, d = i+1, d+1 {
		if t.sentenceEnd(i) || t.toks[i].newline {
			break
		}
		if t.punct(i, ',') && i > start {
			// "During his stay in Tokyo from Monday to Wednesday, Salas
			// will meet …": the phrase that opens the sentence takes the
			// tense of the clause it opens.
			if opening || !t.inOpeningPhrase(first, i) {
				break
			}
			opening = true
			continue
		}
		if c, ok := t.cueAt(i); ok {
			return c.ts, c
		}
	}
	if c, ok := t.headlineInfinitive(first); ok {
		return c.ts, c
	}
	return tenseNone, cue{}
}

// inOpeningPhrase reports an expression at token first inside a phrase
// that opens its sentence with a preposition ("During his stay in Tokyo
// from Monday to Wednesday, …", "Over the weekend, …") and ends at the
// comma at token comma, with no comma before it.
func (t *tagger) inOpeningPhrase(first, comma int) bool {
	s := first
	for s > 0 && !t.sentenceEnd(s-1) && !t.toks[s].newline && !datelineEnds[t.raw(s-1)] {
		if t.punct(s-1, ',') {
			return false
		}
		s--
	}
	return s < first && openingPrepositions[t.word(s)] && comma > first
}

// datelineEnds end a dateline, after which the story's first sentence
// opens: "WASHINGTON, Dec 10 (Reuters) - During …", "Kiev [Ukraine],
// January 3 : …".
var datelineEnds = map[string]bool{"-": true, "–": true, "—": true, ":": true, "--": true}

// openingPrepositions open a phrase before the subject of a sentence that
// takes the tense of its clause: "During his visit on Monday, …". Not
// "after", "before", "following": "Following their September 9 call, the
// leaders will discuss …" dates another event, which may lie on either
// side of the anchor.
var openingPrepositions = map[string]bool{"during": true, "at": true, "in": true, "on": true, "over": true,
	"from": true, "between": true, "by": true, "until": true}

// headlineInfinitive reads the future of a headline's infinitive: a line
// that opens with names and "to" and a verb ("Putin, Erdogan to meet in
// Sochi on Monday", "Biden to visit Kyiv") tells what is to come, as
// headlines write "will". The names are capitalised words, commas and
// "and" from the start of the line; the date at first comes after the
// verb, on the same line.
func (t *tagger) headlineInfinitive(first int) (cue, bool) {
	start := first
	for start > 0 && start > first-maxCueDistance && !t.toks[start].newline && !t.sentenceEnd(start-1) {
		start-- // (a headline is short: the search stops within maxCueDistance)
	}
	if start > 0 && !t.toks[start].newline {
		return cue{}, false // a sentence that does not open its line is no headline
	}
	names := 0
	for k := start; k < first; k++ {
		w := t.word(k)
		switch {
		case w == "to":
			v := t.word(k + 1)
			if names == 0 || v == "" || t.raw(k+1) != v || k+1 >= first {
				return cue{}, false
			}
			return cue{ts: tenseFuture, word: "to " + v, why: "a headline's 'to " + v + "' tells what is to come"}, true
		case w == "and" || t.punct(k, ',') || w == "s" && t.punct(k-1, '\''):
		case t.capitalized(k):
			names++
		case t.punct(k, '\''):
		default:
			return cue{}, false
		}
	}
	return cue{}, false
}

// clauseJoiners after a comma open a new clause: "the Kremlin said on
// Friday, and Modi is expected in the spring".
var clauseJoiners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// sequenceAdverbs, after ", and", go on with the subject and auxiliary of
// the clause before when a verb follows them: "will attend the summit on
// Thursday, and then pay a state visit from Thursday to Saturday".
var sequenceAdverbs = map[string]bool{"then": true, "later": true, "afterwards": true, "subsequently": true,
	"thereafter": true, "also": true, "finally": true}

// subjectOpeners begin the subject of a clause of its own: "and then the
// talks …", "and later he …".
var subjectOpeners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "he": true, "she": true, "they": true, "we": true, "it": true,
	"i": true, "you": true, "there": true, "this": true, "that": true, "these": true, "those": true}

// sharedPredicate reports a clause joined at token i (after ", and") that
// opens with an adverb of sequenceAdverbs and then a word in lower case
// that opens no subject: a verb of the subject before, whose tense it
// takes.
func (t *tagger) sharedPredicate(i int) bool {
	if !sequenceAdverbs[t.word(i)] {
		return false
	}
	w := t.word(i + 1)
	return w != "" && t.raw(i+1) == w && !subjectOpeners[w]
}

// plannedByRelative reads a relative clause right after the expression
// that ends before token last ("the summit in Addis Ababa in February,
// which the Secretary-General intends to attend"): when "which" opens it
// and a verb of plan in it looks ahead ("intends to", "is expected to",
// "is scheduled to"), the expression's event is still to come, whatever
// the tense of the main clause ("discussed").
func (t *tagger) plannedByRelative(last int) (cue, bool) {
	j := last
	if t.punct(j, ',') {
		j++
	}
	if t.word(j) != "which" {
		return cue{}, false
	}
	for k := j + 1; k < len(t.toks) && k <= j+maxRelativePlanReach; k++ {
		if t.sentenceEnd(k) || t.punct(k, ',') {
			return cue{}, false
		}
		w := t.word(k)
		if _, plan := planWords[w]; !plan || t.word(k+1) != "to" {
			continue
		}
		if c, ok := t.cueAt(k); ok && c.ts == tenseFuture {
			c.why = "the relative clause after it, '" + w + " to', plans it ahead"
			return c, true
		}
		return cue{}, false
	}
	return cue{}, false
}

// maxRelativePlanReach is how many tokens after "which" its verb of plan
// may stand: "which the Secretary-General of the United Nations intends".
const maxRelativePlanReach = 8
