package resolve

import (
	"sync"
	"unsafe"

	"github.com/rickb777/date/v2"
)

// Tag finds the temporal expressions in text and resolves each against a.
// The result is in text order, spans sorted and non-overlapping; Text of
// each Timex is text[Start:End]. Tag never fails: text it does not
// understand yields no expressions, and invalid UTF-8 is passed over.
//
// The text is read paragraph by paragraph (see TagReader): no expression
// spans a blank line, and the work space does not grow with the text.
//
// Tag is safe for concurrent use. It borrows a Tagger from a pool, so that
// a program tagging many articles reuses the scratch buffers instead of
// allocating them per call; the result shares no memory with the pool.
func Tag(text string, a Anchor) []Timex {
	tg := taggerPool.Get().(*Tagger)
	xs := tg.Tag(text, a)
	if cap(tg.acc) > maxPooledTimexes {
		// Do not keep the buffers of one huge input alive in the pool.
		*tg = Tagger{}
	}
	taggerPool.Put(tg)
	return xs
}

var taggerPool = sync.Pool{New: func() any { return new(Tagger) }}

// maxPooledTimexes is the most results a pooled Tagger keeps room for.
const maxPooledTimexes = 1 << 14

// Tagger tags text. Its zero value is ready to use. A Tagger keeps scratch
// buffers between calls, so reusing one for many documents allocates less;
// a Tagger must not be used by two goroutines at once.
type Tagger struct {
	low    []byte
	toks   []token
	outTok []int
	// out and ranges collect the results of one segment; Tag returns
	// copies of exactly the right size, so that the scratch can be reused.
	out    []Timex
	ranges []Range
	// acc and accRanges collect the results of all the segments of a call.
	acc       []Timex
	accRanges []Range
	// carry holds the expressions of the last lookBack bytes tagged, with
	// offsets in the whole input and their ranges in carryRanges: the past
	// the narrative look-backs of the next segment read. carryNext and
	// carryRangesNext are the buffers the next carry is built in.
	carry, carryNext             []Timex
	carryRanges, carryRangesNext []Range
	state                        tagger
	// anchor and anchorName cache the explanations' name of the last
	// anchor, which a program tagging many articles of one day repeats.
	anchor     date.Date
	anchorName string
	// shift is how many days the text's own day lies from the anchor, as a
	// day written in brackets showed it ("this morning (16)" in a story
	// dated the 17th); the expressions after it count from that day.
	shift int
}

// Tag is like the package-level Tag, reusing the Tagger's buffers.
func (tg *Tagger) Tag(text string, a Anchor) []Timex {
	tg.acc, tg.accRanges = tg.acc[:0], tg.accRanges[:0]
	tg.shift = 0
	tg.tagWhole(text, 0, a)
	return tg.collect()
}

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// TagSpans is Tag restricted to some spans of text: each span is tagged as
// a text of its own, so that no expression crosses its ends and no word
// outside it is read, and the offsets of the result are offsets in text.
//
// A program that needs the dates of a few sentences of a long text (the
// sentences that report an event, say) tags just those and skips the work
// of the rest; the dates it gets are the ones Tag gives when each sentence
// is tagged alone. Spans must be sorted and must not overlap; parts of a
// span outside text are ignored.
func (tg *Tagger) TagSpans(text string, a Anchor, spans []Span) []Timex {
	tg.acc, tg.accRanges = tg.acc[:0], tg.accRanges[:0]
	tg.shift = 0
	last := 0
	for _, sp := range spans {
		s, e := max(sp.Start, last, 0), min(sp.End, len(text))
		if e <= s {
			continue
		}
		last = e
		tg.tagWhole(text[s:e], s, a)
	}
	return tg.collect()
}

// tagWhole tags text, which starts at byte base of what the caller
// counts offsets in, segment by segment, and appends the expressions
// (offsets moved by base) to acc and their ranges to accRanges.
func (tg *Tagger) tagWhole(text string, base int, a Anchor) {
	tg.resetCarry()
	for pos := 0; pos < len(text); {
		n, _ := segmentEnd(text[pos:], true)
		xs := tg.tagSegment(text[pos:pos+n], base+pos, a)
		tg.acc = append(tg.acc, xs...)
		tg.accRanges = append(tg.accRanges, tg.ranges...)
		pos += n
	}
	tg.resetCarry()
	clear(tg.out) // keep no strings of text in the scratch
}

// collect returns the results gathered in acc: copies of exactly the right
// size, each Range re-pointed, in order, into one copy of accRanges.
func (tg *Tagger) collect() []Timex {
	t := &tg.state
	*t = tagger{out: tg.acc, ranges: tg.accRanges}
	xs := t.result()
	tg.acc, tg.accRanges = tg.acc[:0], tg.accRanges[:0]
	*t = tagger{}
	return xs
}

// scan runs the tagger over seg, a segment of a text, and leaves the
// expressions found in the returned state (out and ranges), which lives in
// tg until the next call. The carried expressions of the text before seg
// come first in out, with offsets relative to seg (so negative), and are
// followed by those found in seg.
func (tg *Tagger) scan(seg string, segBase int, a Anchor) *tagger {
	if cap(tg.low) < len(seg) {
		tg.low = make([]byte, len(seg))
	}
	low := tg.low[:len(seg)]
	// tokenize fills low with seg, its ASCII letters lowercased.
	toks := tokenize(seg, low, tg.toks[:0])
	var lowStr string
	if len(low) > 0 {
		// lowStr shares low's memory, which nothing writes to until the
		// next segment, after this one is done with lowStr.
		lowStr = unsafe.String(&low[0], len(low))
	}
	tg.toks = toks
	out, outTok := tg.out[:0], tg.outTok[:0]
	for _, x := range tg.carry {
		x.Start -= segBase
		x.End -= segBase
		out = append(out, x)
		outTok = append(outTok, -1)
	}
	// The state of the call lives in the Tagger, so that it is not
	// allocated per call.
	t := &tg.state
	a.Date += date.Date(tg.shift)
	*t = tagger{text: seg, low: lowStr, toks: toks, a: a, out: out,
		outTok: outTok, ranges: tg.ranges[:0], carried: len(tg.carry)}
	if tg.anchorName != "" && tg.anchor == a.Date {
		t.aName = tg.anchorName
	}
	t.run()
	tg.shift += t.dayShift
	a.Date = t.a.Date
	tg.out, tg.outTok, tg.ranges = t.out, t.outTok, t.ranges
	if t.aName != "" {
		tg.anchor, tg.anchorName = a.Date, t.aName
	}
	return t
}

// result copies the expressions found into a slice of their own, each
// Range into one shared array, and clears the scratch so that it keeps no
// strings of this text alive.
func (t *tagger) result() []Timex {
	if len(t.out) == 0 {
		return nil
	}
	xs := make([]Timex, len(t.out))
	copy(xs, t.out)
	var rs []Range
	if len(t.ranges) > 0 {
		rs = make([]Range, len(t.ranges))
		copy(rs, t.ranges)
	}
	k := 0
	for i := range xs {
		if xs[i].Range != nil {
			xs[i].Range = &rs[k]
			k++
		}
	}
	clear(t.out)
	return xs
}

// tagger is the state of one Tag call.
type tagger struct {
	text string
	low  string // text with ASCII letters lowercased; same offsets
	toks []token
	a    Anchor
	out  []Timex
	// outTok[k] is the first token of out[k].
	outTok []int
	// ranges holds the Range of every output in order, so that result can
	// give them one allocation.
	ranges []Range
	// aName caches dayName(a.Date) for explanations.
	aName string
	// carried is the number of expressions at the head of out that were
	// found in the segments before this one.
	carried int
	// dayShift is how many days a day in brackets moved the anchor in this
	// segment (see bracketDaySuffix).
	dayShift int
	// quote is where quotedAt has counted quotation marks to.
	quote quoteState
}

// anchorName is the anchor day as explanations write it: "Mon 2022-01-03".
func (t *tagger) anchorName() string {
	if t.aName == "" {
		t.aName = dayName(t.a.Date)
	}
	return t.aName
}

// run scans the tokens left to right and at each one keeps the longest
// expression that starts there.
func (t *tagger) run() []Timex {
	toks := t.toks // a local, so that the skip loop keeps it in registers
	var c cand     // the expression found at i, reused from token to token
	for i := 0; i < len(toks); {
		// Most tokens are words the lexicon does not know or punctuation:
		// skip them without a call. (mayStart rejects them too.)
		switch tk := &toks[i]; tk.kind {
		case tWord:
			if tk.lex.c[0] == cNone && tk.lex.flags == 0 || tk.lex.flags&fCapital != 0 && !t.capitalized(i) {
				i++
				continue
			}
		case tPunct:
			if t.text[tk.start] != '\'' {
				i++
				continue
			}
		case tOther:
			if !t.curlyApos(i) {
				i++
				continue
			}
		}
		if !t.mayStart(i) {
			i++
			continue
		}
		if !t.exprInto(i, &c) || c.end <= i {
			i++
			continue
		}
		t.emit(i, c)
		i = c.end
	}
	return t.out
}

// mayStart is a cheap test of whether an expression can begin at token i.
func (t *tagger) mayStart(i int) bool {
	tk := &t.toks[i]
	switch tk.kind {
	case tNum:
		return t.numMayStart(i)
	case tWord:
		if tk.lex.c[0] == cDet {
			// "the", "a", "an" open an expression only before a word the
			// grammar knows or a number: "the third quarter", "a year ago";
			// or after "for": "for a while".
			if i+1 >= len(t.toks) {
				return false
			}
			return t.knownNext(i) || t.word(i-1) == "for"
		}
		if tk.lex.c[0] == cNone {
			// A pattern word ("at", "more", "that") opens an expression only
			// before another word the grammar knows or a number.
			if tk.lex.flags&fAlone != 0 {
				return true
			}
			if tk.lex.flags&fPosition != 0 && t.word(i+1) == "of" {
				return true // "end of the year", "beginning of March"
			}
			if tk.lex.flags == 0 || !t.knownNext(i) {
				return false
			}
			// Before "the" only "at" leads anywhere ("at the time"): an
			// approximation never hedges "the …".
			return t.word(i+1) != "the" || t.word(i) == "at"
		}
		return true
	case tPunct, tOther:
		// "'90s", "’82": an apostrophe glued to a number.
		return t.apos(i) && i+1 < len(t.toks) && t.toks[i+1].kind == tNum && t.glued(i+1)
	}
	return false
}

// curlyApos reports whether token i, a run of non-ASCII bytes, is a right
// single quotation mark (’), which news text writes for an apostrophe.
func (t *tagger) curlyApos(i int) bool {
	tk := &t.toks[i]
	return tk.end-tk.start == 3 && t.text[tk.start:tk.end] == "’"
}

// startWords are words outside the lexicon that can begin an expression.
var startWords = map[string]bool{
	"right": true, "end": true, "beginning": true, "start": true, "middle": true,
	"more": true, "less": true, "up": true, "at": true, "no": true, "under": true, "these": true,
	"that": true, "year": true, "month": true, "week": true, "close": true, "turn": true,
	"once": true, "as": true, "least": true, "than": true, "future": true, "present": true, "moment": true, "time": true,
	"near": true, "distant": true, "foreseeable": true, "short": true, "long": true, "most": true,
	"quite":  true,
	"period": true, "days": true, "same": true, "then": true, "corresponding": true, "comparable": true, "full": true, "whole": true, "entire": true,
}

// emit appends candidate c, which starts at token i, to the output.
func (t *tagger) emit(i int, c cand) {
	s, e := int(t.toks[i].start), int(t.toks[c.end-1].end)
	x := Timex{Start: s, End: e, Text: t.text[s:e], Type: c.typ, Mod: c.mod,
		Granularity: c.p.gran, Zone: c.zone, Rule: c.rule, Explain: c.why, quoted: t.quotedAt(s)}
	if c.p.value != "" {
		x.Value = c.p.value
		t.ranges = append(t.ranges, c.p.rng)
		// A placeholder: the ranges slice may still grow and move; result
		// points each Range into the final copy.
		x.Range = &t.ranges[len(t.ranges)-1]
	} else {
		x.Value = c.value
		x.Granularity = GranNone
	}
	t.out = append(t.out, x)
	t.outTok = append(t.outTok, i)
}

// explicitYearRules are the rules whose value carries a year written out.
var explicitYearRules = map[string]bool{"year": true, "month-year": true, "month-day-year": true, "numeric-date": true}

// sentenceYear returns the year written out in an expression earlier in
// the sentence of token i: in "In 1988, sales peaked in April" April is
// April 1988, whatever the anchor.
func (t *tagger) sentenceYear(i int) (int, string, bool) {
	k := len(t.out) - 1
	if k < 0 {
		return 0, "", false
	}
	// Most dates have no year written before them in reach: find that out
	// from the few expressions before, without walking the tokens.
	near := false
	for m := k; m >= 0 && t.outTok[m] >= i-maxCueDistance*2; m-- {
		if explicitYearRules[t.out[m].Rule] {
			near = true
			break
		}
	}
	if !near {
		return 0, "", false
	}
	for j := i - 1; j >= 0 && j >= i-maxCueDistance*2; j-- {
		if t.sentenceEnd(j) || t.toks[j+1].newline {
			return 0, "", false
		}
		for k >= 0 && t.outTok[k] > j {
			k--
		}
		if k < 0 {
			return 0, "", false
		}
		// A bare year counts only as the frame of the sentence ("In 1988,
		// …"), not as a comparison ("the highest since 1987").
		if t.outTok[k] != j || !explicitYearRules[t.out[k].Rule] || t.out[k].Range == nil {
			continue
		}
		frame := t.out[k].Rule != "year" || t.word(j-1) == "in" || t.word(j-1) == "during"
		// And only a frame that opens the sentence or is set off by a
		// comma: in "a plan approved in 1987 … bought shares through
		// Sept. 29" the year belongs to the plan, not to the sentence.
		if frame && (t.opensSentence(j) || t.commaAfter(t.out[k].End)) {
			return t.out[k].Range.First.Year(), t.out[k].Text, true
		}
	}
	return 0, "", false
}

// opensSentence reports whether token j is at most two words after the
// start of its sentence or line ("In 1988, …", "Back in May, …").
func (t *tagger) opensSentence(j int) bool {
	for k := j - 1; k >= j-3; k-- {
		if k < 0 || t.sentenceEnd(k) || t.toks[k+1].newline {
			return true
		}
	}
	return false
}

// commaAfter reports whether the byte at offset e, after any spaces, is a
// comma.
func (t *tagger) commaAfter(e int) bool {
	for ; e < len(t.text) && t.text[e] == ' '; e++ {
	}
	return e < len(t.text) && t.text[e] == ','
}

// word is the lowercase text of token i, or "" when i is out of range or
// not a word.
func (t *tagger) word(i int) string {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return ""
	}
	return t.low[t.toks[i].start:t.toks[i].end]
}

// raw is the text of token i as written, or "".
func (t *tagger) raw(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.text[t.toks[i].start:t.toks[i].end]
}

// is returns the value of role c of token i.
func (t *tagger) is(i int, c class) (int, bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return 0, false
	}
	return t.toks[i].lex.has(c)
}

// punct reports whether token i is the punctuation byte b.
func (t *tagger) punct(i int, b byte) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tPunct && t.text[t.toks[i].start] == b
}

// glued reports whether token i follows token i-1 with no space between.
func (t *tagger) glued(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].space
}

// num returns the value of token i when it is a plain integer of 1 to
// maxDigits digits.
func (t *tagger) num(i, maxDigits int) (int, int, bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tNum {
		return 0, 0, false
	}
	tk := &t.toks[i]
	nd := int(tk.end - tk.start)
	if tk.grouped || nd > maxDigits {
		return 0, 0, false
	}
	v := 0
	for k := tk.start; k < tk.end; k++ {
		v = v*10 + int(t.text[k]-'0')
	}
	return v, nd, true
}

// capitalized reports whether token i starts with an upper-case letter.
func (t *tagger) capitalized(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return false
	}
	b := t.text[t.toks[i].start]
	return b >= 'A' && b <= 'Z'
}

// numMayStart reports whether the number at i can begin an expression: a
// four-digit number (a year), or one followed by a date separator, a word
// the grammar knows, or an ordinal or plural suffix. Money is never a date.
func (t *tagger) numMayStart(i int) bool {
	if t.punct(i-1, '$') {
		return false
	}
	if tk := &t.toks[i]; (!tk.grouped && tk.end-tk.start == 4) || i+1 >= len(t.toks) {
		return true
	}
	if i >= 2 && !t.toks[i].space && (t.punct(i-1, '-') || t.tokText(i-1) == "–") && t.toks[i-2].kind == tNum {
		return true // the second year of "1957-58"
	}
	n := &t.toks[i+1]
	switch n.kind {
	case tNum:
		return t.isHalfFraction(i + 1) // "2 1/2 years"
	case tPunct:
		switch t.text[n.start] {
		case '-', '/', ':', '\'':
			return true
		}
		return false
	case tOther:
		return t.tokText(i+1) == "–" // "18–21 January"
	case tWord:
		switch n.lex.c[0] {
		case cUnit, cMonth, cMeridiem, cZone, cWeekday, cDeictic, cShift:
			return true
		case cDet:
			return t.word(i+1) == "a" // "10 a.m."
		}
		if _, ok := n.lex.has(cUnit); ok {
			return true
		}
		w := t.word(i + 1)
		// The cheap tests go first; fFiller marks the unitFillers words.
		return w == "s" || w == "of" || w == "p" || n.lex.flags&fFiller != 0 || ordinalSuffix[w] || rangeWords[w]
	}
	return false
}

// knownNext reports whether the token after i is a number, an apostrophe
// or a word the grammar knows: what must follow "the", "a", "at", "more" for
// an expression to start there.
func (t *tagger) knownNext(i int) bool {
	if i+1 >= len(t.toks) {
		return false
	}
	n := &t.toks[i+1]
	switch n.kind {
	case tNum:
		return true
	case tWord:
		if n.lex.flags&fCapital != 0 {
			return t.capitalized(i + 1)
		}
		return n.lex.c[0] != cNone || n.lex.flags != 0
	case tPunct:
		return t.text[n.start] == '\''
	case tOther:
		return t.curlyApos(i + 1)
	}
	return false
}
