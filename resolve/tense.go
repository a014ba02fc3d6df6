package resolve

import "strings"

// Tense: a bare weekday or month ("on Thursday", "in March") names a day or
// month on one side of the anchor only, and the clause's verb says which
// side. "Biden held a call on Thursday" is the Thursday before the anchor;
// "the talks will open on Thursday" the one after. The cue tables below are
// data; the search picks the cue nearest to the expression in its sentence.

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

// futureCues are words that put their clause after the anchor.
var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "ll": true, "wo": true, "upcoming": true, "tomorrow": true,
	"scheduled": true, "slated": true, "starting": true, "expects": true, "expect": true,
	"plans": true, "plan": true, "intends": true, "aims": true, "hopes": true, "next": true,
	"effective": true,
}

// scheduleVerbs are present-tense verbs that news uses for what is
// scheduled: "the leaders meet Monday", "the summit opens Thursday".
var scheduleVerbs = map[string]bool{
	"meets": true, "opens": true, "begins": true, "starts": true, "resumes": true, "arrives": true,
	"visits": true, "travels": true, "leaves": true, "returns": true, "convenes": true, "departs": true,
}

// schedulePlural are the same verbs with a plural subject: "the two
// leaders meet Monday", "talks resume Thursday".
var schedulePlural = map[string]bool{
	"meet": true, "open": true, "begin": true, "start": true, "resume": true, "arrive": true,
	"visit": true, "travel": true, "leave": true, "return": true, "convene": true, "depart": true,
}

// futureToCues are words that make a future cue when "to" follows them:
// "is set to meet", "are due to hold", "is expected to visit".
var futureToCues = map[string]bool{
	"set": true, "due": true, "expected": true, "going": true, "planned": true, "planning": true,
	"likely": true, "poised": true, "prepared": true, "ready": true, "is": true, "are": true,
	"hoping": true, "intend": true, "want": true, "wants": true, "agreed": true, "supposed": true,
	"scheduled": true, "slated": true,
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
	"sought": true, "heard": true, "meant": true, "built": true, "ate": true, "won't": false,
	"been": true, "ago": true, "yesterday": true, "last": true, "earlier": true,
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
}

// notFiniteBefore are words after which a plain verb is not the finite
// verb of its clause.
var notFiniteBefore = map[string]bool{"to": true, "not": true, "t": true, "will": true, "would": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "must": true, "did": true,
	"shall": true, "ll": true, "never": true}

// adjectiveBefore are words after which an -ed word is an adjective,
// not a past-tense verb.
var adjectiveBefore = map[string]bool{"a": true, "an": true, "the": true, "still": true, "very": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "newly": true, "recently": true,
	"this": true, "these": true, "those": true, "more": true, "most": true, "less": true}

// clauseJoiners after a comma open a new clause: "the Kremlin said on
// Friday, and Modi is expected in the spring".
var clauseJoiners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// auxFuture are words that, just before a past participle, make the verb
// group future: "will be held", "to be signed".
var auxFuture = map[string]bool{"will": true, "would": true, "ll": true, "shall": true, "to": true}

// sentenceEnd reports whether token i ends a sentence. (A line break ends
// one too: news text puts headline, dateline and each paragraph on lines of
// their own, so the cue search also stops at a token that starts a line.) A full stop after a
// month abbreviation or a single letter ("Jan.", "p.m.") does not.
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
			if _, ok := p.lex.has(cMonth); ok && p.end-p.start <= 4 {
				return false
			}
			if titles[t.word(i-1)] {
				return false
			}
		}
		return true
	}
	return false
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
// to the right, in the same clause ("On Thursday, Biden held a call"). It
// returns the tense and the cue word.
func (t *tagger) clauseTense(first, last int) (tense, string) {
	for i, d := first-1, 1; i >= 0 && d <= maxCueDistance; i, d = i-1, d+1 {
		if t.sentenceEnd(i) || t.toks[i+1].newline {
			break
		}
		// ", and …", ", but …": a new clause with a verb of its own.
		if t.punct(i, ',') && clauseJoiners[t.word(i+1)] {
			break
		}
		if ts, w := t.cueAt(i); ts != tenseNone {
			// A plain plural verb ("meet") tells the time only of a day
			// right after it: "the leaders meet Monday".
			if d > 3 && t.cueOf(i)&kSchedulePlural != 0 {
				continue
			}
			return ts, w
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
	for i, d := start, 1; i < len(t.toks) && d <= maxCueDistance; i, d = i+1, d+1 {
		if t.sentenceEnd(i) || t.toks[i].newline || (t.punct(i, ',') && i > start) {
			break
		}
		if ts, w := t.cueAt(i); ts != tenseNone {
			return ts, w
		}
	}
	return tenseNone, ""
}

// cueKinds merges the cue tables into one lookup per word.
type cueKind uint8

const (
	kFuture cueKind = 1 << iota
	kFutureTo
	kPast
	kNotPastEd
	kSchedulePlural
)

// cueTable is built before any init function runs, so that the lexicon
// can copy each word's cue kind into its entry: the tense search then
// reads the kind from the token instead of hashing every word it passes.
var cueTable = func() map[string]cueKind {
	m := map[string]cueKind{}
	for _, tb := range []struct {
		words map[string]bool
		k     cueKind
	}{{futureCues, kFuture}, {scheduleVerbs, kFuture}, {futureToCues, kFutureTo}, {pastCues, kPast}, {notPastEd, kNotPastEd},
		{schedulePlural, kFuture | kSchedulePlural}} {
		for w, on := range tb.words {
			if on {
				m[w] |= tb.k
			}
		}
	}
	return m
}()

// cueOf returns the cue kind of token i.
func (t *tagger) cueOf(i int) cueKind {
	tk := &t.toks[i]
	if tk.end-tk.start <= maxLexLen {
		return tk.lex.cue
	}
	return cueTable[t.word(i)]
}

// cueAt returns the tense that token i signals on its own.
func (t *tagger) cueAt(i int) (tense, string) {
	tk := &t.toks[i]
	if tk.kind != tWord || tk.end-tk.start < 2 {
		return tenseNone, ""
	}
	w := t.word(i)
	k := t.cueOf(i)
	// "had been scheduled to expire Friday": checked before the plain
	// future cues, since "scheduled" is one of both.
	if k&kFutureTo != 0 && t.word(i+1) == "to" {
		// "was set to expire Friday", "had been due to open": a plan seen
		// from the past, usually a day that has passed.
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if pw := t.word(j); pw == "was" || pw == "were" || pw == "had" {
				return tensePast, pw + " … " + w + " to"
			}
		}
		return tenseFuture, w + " to"
	}
	if k&kFuture != 0 {
		// "meet" and the other plain schedule verbs only as the verb of
		// their clause: not after "to" or an auxiliary ("failed to meet",
		// "will meet", "did not meet"), whose own cue comes before it.
		if k&kSchedulePlural != 0 && notFiniteBefore[t.word(i-1)] {
			return tenseNone, ""
		}
		return tenseFuture, w
	}
	// "is expected in Moscow", "are scheduled for Monday": a present
	// passive of a planning verb.
	if k&kFutureTo != 0 {
		if pw := t.word(i - 1); pw == "is" || pw == "are" {
			return tenseFuture, pw + " " + w
		}
	}
	past := k&kPast != 0
	if !past && k&kNotPastEd == 0 && regularPast(w) {
		// "a still unspecified date", "the revised plan": an -ed word
		// after a determiner or a degree adverb is an adjective.
		past = !adjectiveBefore[t.word(i-1)]
	}
	if !past {
		return tenseNone, ""
	}
	// "will be held", "to be signed": a participle after a future auxiliary.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		pw := t.word(j)
		if pw == "be" {
			if auxFuture[t.word(j-1)] {
				return tenseFuture, t.word(j-1) + " be " + w
			}
			continue
		}
		if auxFuture[pw] && pw != "to" {
			return tenseFuture, pw + " " + w
		}
	}
	return tensePast, w
}

// regularPast reports whether w ends like a regular past form: "-ed", in
// a word of five letters or more ("talked", not "bed" or "red").
func regularPast(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed")
}
