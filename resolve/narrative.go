package resolve

import (
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
)

// The narrative: expressions that count from a date the story has just
// named rather than from the anchor — "the following year", "three days
// later", "the previous Friday", "that quarter", "the same day", "in the
// evening". Each looks back through the expressions already found, no
// further than a bounded number of bytes.

// narrativeRef returns the date that "the following …" or "the previous
// …" at token i counts from: the start of the last dated expression before
// it, if one was written out near enough. ok is false when the anchor
// should be used.
func (t *tagger) narrativeRef(i int, the bool, rel int, relWord string) (date.Date, string, bool) {
	if !the || (rel != relFollowing && relWord != "previous" && relWord != "preceding") {
		return 0, "", false
	}
	outside := !t.quotedAt(int(t.toks[i].start))
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > narrativeContext {
			return 0, "", false
		}
		if outside && x.quoted {
			continue // the speaker's time, not the narrative's (see lastSingleDayX)
		}
		if x.Range != nil && x.Granularity != GranDecade && x.Granularity != GranCentury {
			return x.Range.First, x.Text, true
		}
	}
	return 0, "", false
}

// lastSingleDay returns the last expression before token i that names a
// single day, if it is near enough to be what "the previous Friday"
// counts from.
func (t *tagger) lastSingleDay(i int) (date.Date, string, bool) {
	if x := t.lastSingleDayX(i); x != nil {
		return x.Range.First, x.Text, true
	}
	return 0, "", false
}

// lastSingleDayX is lastSingleDay's expression, or nil. A day named
// inside quotation marks is the speaker's, not the narrative's, for text
// outside them: in `…, "we need support today," she said. The following
// day, …` the following day counts from the story's last day, not from
// the quote's "today".
func (t *tagger) lastSingleDayX(i int) *Timex {
	outside := !t.quotedAt(int(t.toks[i].start))
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > narrativeContext {
			break
		}
		if outside && x.quoted {
			continue
		}
		if x.Range != nil && x.Range.First == x.Range.Last {
			return x
		}
	}
	return nil
}

// quotedAt reports whether byte offset off of the text stands inside
// quotation marks opened in its paragraph: an odd number of straight
// double quotes before it, or more curly opening quotes than closing ones.
// A paragraph ends at a blank or indented line; a quotation may run over
// the lines of hard-wrapped copy. The count goes on from the offset asked
// last, so that a text is read once as the scan moves forward, not once
// per expression.
func (t *tagger) quotedAt(off int) bool {
	off = min(off, len(t.text))
	if off < t.quote.pos {
		// Asked behind: count again from the start of the paragraph.
		start := 0
		for k := off - 1; k > 0; k-- {
			if t.text[k-1] == '\n' && paragraphStart(t.text, k) {
				start = k
				break
			}
		}
		t.quote = quoteState{pos: start}
	}
	q := &t.quote
	for k := q.pos; k < off; k++ {
		switch t.text[k] {
		case '\n':
			if paragraphStart(t.text, k+1) {
				q.straight, q.curly = 0, 0
			}
		case '"':
			q.straight++
		case 0xE2: // “ and ” are E2 80 9C and E2 80 9D
			if k+2 < len(t.text) && t.text[k+1] == 0x80 {
				switch t.text[k+2] {
				case 0x9C:
					q.curly++
				case 0x9D:
					q.curly--
				}
			}
		}
	}
	q.pos = max(q.pos, off)
	return q.straight%2 == 1 || q.curly > 0
}

// paragraphStart reports whether the line that starts at byte k of text,
// after a newline, opens a paragraph: it is blank or indented.
func paragraphStart(text string, k int) bool {
	return k >= len(text) || text[k] == '\n' || text[k] == '\r' || text[k] == ' ' || text[k] == '\t'
}

// quoteState is quotedAt's count of the quotation marks of the line up to
// pos.
type quoteState struct {
	pos, straight, curly int
}

// sentenceRef returns the start of the last expression before token i in
// its sentence that names a calendar date (not a decade, a century or a day
// counted from the anchor such as "today"), if any.
func (t *tagger) sentenceRef(i int) (date.Date, string, bool) {
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if !t.sameSentence(i, x.End) {
			return 0, "", false
		}
		if x.Range != nil && x.Granularity != GranDecade && x.Granularity != GranCentury && !deicticRule(x.Rule) {
			return x.Range.First, x.Text, true
		}
	}
	return 0, "", false
}

// narrativeDay is the day "the next day", "the day before" or "the
// following morning" at token i counts from: the last single day named
// before it (a weekday as well as a written date), if near enough, else the
// anchor; from says which, for the explanation.
func (t *tagger) narrativeDay(i int) (base date.Date, from string) {
	if d, txt, ok := t.lastSingleDay(i); ok {
		return d, strconv.Quote(txt) + ", the day named just before (not the anchor)"
	}
	return t.a.Date, "anchor " + t.anchorName()
}

// sameSentence reports whether byte offset end, the end of an
// expression found before token i, is in the sentence of token i.
func (t *tagger) sameSentence(i, end int) bool {
	if end <= 0 {
		return false // carried over from a paragraph before
	}
	for j := i - 1; j >= 0 && int(t.toks[j].end) > end; j-- {
		if t.sentenceEnd(j) || t.toks[j+1].newline {
			return false
		}
	}
	return true
}

// narrativeContext is how far back (in bytes) "the following year" looks
// for the date it follows.
const narrativeContext = 600

// partDayPreps are the words before "the morning", "the afternoon" that
// make it a time of a day: "in the morning", "during the night".
var partDayPreps = map[string]bool{"in": true, "during": true, "by": true, "until": true, "through": true,
	"throughout": true, "overnight": true}

// partOfNamedDay reads the single day named at token k as the part of it
// coded pd: "Sunday" after "late evening" is 2022-01-02TEV. prefix, the
// words of the part of the day, opens the explanation. ok is false when no
// single day is named at k.
func (t *tagger) partOfNamedDay(k, pd int, prefix string) (cand, bool) {
	c, ok := t.coreAt(k)
	if !ok || c.typ != Date || c.p.gran != GranDay || len(c.p.value) != 10 {
		return cand{}, false
	}
	c.p.value += "T" + partDayCodes[pd]
	c.p.gran = GranTime
	c.typ = Time
	c.rule = "partofday/" + c.rule
	c.why = prefix + c.why
	return c, true
}

// partOfDayAt matches a part of a day named before its day or standing for
// the day the story is telling: "mid-afternoon yesterday" (the afternoon
// of yesterday), "early morning Friday", "in the morning" and "by mid
// afternoon" (of the last day named just before, else of the anchor).
func (t *tagger) partOfDayAt(i int) (cand, bool) {
	j := i
	pos := ""
	if _, ok := t.is(j, cPos); ok {
		pos = t.word(j)
		j++
		if t.punct(j, '-') && t.glued(j) {
			j++
		}
	}
	the := false
	if pos == "" && t.word(j) == "the" {
		the = true
		j++
	}
	pd, ok := t.is(j, cPartDay)
	if !ok || pd&plural != 0 {
		return cand{}, false
	}
	e := j + 1
	// The day follows: "mid-afternoon yesterday", "late evening Sunday".
	if !the {
		if c, ok := t.partOfNamedDay(e, pd, t.text[t.toks[i].start:t.toks[j].end]+" of "); ok {
			return c, true
		}
	}
	// "the evening of 3 March", "the morning of Tuesday": that part of the
	// day named after "of".
	if the && t.word(e) == "of" {
		if c, ok := t.partOfNamedDay(e+1, pd, t.text[t.toks[i].start:t.toks[e].end]+" "); ok {
			return c, true
		}
	}
	// On its own, after a preposition ("in the morning") or with a position
	// word ("mid-afternoon"), and not before a noun ("morning papers").
	if the && !partDayPreps[t.word(i-1)] || !the && pos == "" {
		return cand{}, false
	}
	if n := e; n < len(t.toks) && t.toks[n].kind == tWord && !partDayFollowers[t.word(n)] {
		return cand{}, false
	}
	day, from := t.a.Date, "the anchor "+t.anchorName()
	if d, txt, ok := t.lastSingleDay(i); ok {
		day, from = d, strconv.Quote(txt)+", the day named just before"
	}
	p, ok := dayPoint(day)
	if !ok {
		return cand{}, false
	}
	p.value += "T" + partDayCodes[pd]
	p.gran = GranTime
	return cand{end: e, typ: Time, p: p, rule: "partofday/narrative",
		why: t.text[t.toks[i].start:t.toks[j].end] + " of " + from}, true
}

// partDayFollowers are the words that may follow a part of the day used
// on its own ("in the morning and …", "by mid-afternoon on …").
var partDayFollowers = map[string]bool{"and": true, "or": true, "but": true, "on": true, "in": true,
	"at": true, "to": true, "when": true, "as": true, "after": true, "before": true, "until": true,
	"of": false, "with": true, "while": true, "from": true}

// granRank orders granularities from finest to coarsest.
var granRank = map[Granularity]int{GranTime: 1, GranDay: 2, GranWeek: 3, GranMonth: 4, GranQuarter: 5,
	GranSeason: 6, GranYear: 7}

// unitGran is the granularity of a calendar unit named by "that …".
var unitGran = map[int]Granularity{uDay: GranDay, uWeek: GranWeek, uMonth: GranMonth, uQuarter: GranQuarter, uYear: GranYear}

// anaphorContext is how far back (in bytes) "that year" looks for the date
// it points to.
const anaphorContext = 1000

// anaphorAt matches a reference back to a date the text has named: "that
// year", "that quarter", "the same day", "that very month", and "the day"
// in "later in the day". Each is the unit of that size containing the
// last date named before it (the last day, for a day); with no such date
// near enough, nothing is tagged: the text gives no date to resolve to.
func (t *tagger) anaphorAt(i int) (cand, bool) {
	j := i
	switch w := t.word(j); {
	case w == "that":
		j++
		if t.word(j) == "very" || t.word(j) == "same" {
			j++
		}
	case w == "the" && t.word(j+1) == "same":
		j += 2
	case w == "the" && t.isUnit(j+1, uDay) && t.word(i-1) == "in" && (t.word(i-2) == "later" || t.word(i-2) == "earlier"):
		j++
	default:
		return cand{}, false
	}
	u, ok := t.is(j, cUnit)
	if !ok {
		return cand{}, false
	}
	g, ok := unitGran[u]
	if !ok || t.punct(j+1, '-') {
		return cand{}, false
	}
	// The last date of the unit's own size, else the last finer one:
	// "that quarter" points back to a quarter rather than to a day named
	// in passing after it.
	var ante, finer *Timex
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > anaphorContext {
			break
		}
		r := granRank[x.Granularity]
		if x.Range == nil || r == 0 || r > granRank[g] || x.Rule == "partofday/narrative" {
			continue
		}
		if x.Granularity == g {
			ante = x
			break
		}
		if finer == nil {
			finer = x
		}
	}
	if ante == nil {
		ante = finer
	}
	var p point
	if ante == nil {
		if u != uDay || t.word(i) != "the" {
			return cand{}, false
		}
		// "later in the day" with no day named: the anchor's.
		p, ok = dayPoint(t.a.Date)
		if !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "anaphor/day",
			why: "the day: the anchor " + t.anchorName() + ", no other day being named"}, true
	}
	first := ante.Range.First
	y, m, _ := first.Date()
	switch u {
	case uDay:
		p, ok = dayPoint(first)
	case uWeek:
		p, ok = weekPoint(first)
	case uMonth:
		p, ok = monthPoint(y, int(m))
	case uQuarter:
		p, ok = quarterPoint(y, quarterOf(int(m)))
	default:
		p, ok = yearPoint(y)
	}
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "anaphor/" + t.word(j),
		why: t.text[t.toks[i].start:t.toks[j].end] + ": the " + t.word(j) + " of " + strconv.Quote(ante.Text) + ", named just before"}, true
}

// lastDay returns the day named by the last expression before token i, if
// it is a single written day near enough to be what "three days later"
// counts from.
func (t *tagger) lastDay(i int) (date.Date, string, bool) {
	k := len(t.out) - 1
	if k < 0 {
		return 0, "", false
	}
	x := &t.out[k]
	if x.Range == nil || x.Range.First != x.Range.Last || int(t.toks[i].start)-x.End > narrativeContext {
		return 0, "", false
	}
	if x.Rule != "month-day-year" && x.Rule != "numeric-date" && !strings.HasPrefix(x.Rule, "month-day") && !strings.HasPrefix(x.Rule, "weekday/") && !strings.HasPrefix(x.Rule, "day/") && !strings.HasPrefix(x.Rule, "shift/") {
		return 0, "", false
	}
	return x.Range.First, x.Text, true
}

// thenSignals are the words before "then" that make it the time named
// just before: "until then", "by then". ("Since then" as often follows an
// event as a date: "ever since IBM picked the chip. Since then, …")
var thenSignals = map[string]bool{"until": true, "till": true, "by": true, "before": true}

// thenAt matches "then" after "until", "by", "since" … : the time named
// just before it ("The offer expires on Nov. 30. Until then, …" is 30
// November). With no time near enough nothing is tagged.
func (t *tagger) thenAt(i int) (cand, bool) {
	if t.word(i) != "then" || !thenSignals[t.word(i-1)] {
		return cand{}, false
	}
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > anaphorContext {
			break
		}
		if x.Range == nil || x.Granularity == GranDecade || x.Granularity == GranCentury {
			continue
		}
		return cand{end: i + 1, typ: x.Type, p: point{x.Value, *x.Range, x.Granularity}, rule: "anaphor/then",
			why: t.word(i-1) + " then: " + strconv.Quote(x.Text) + ", the time named just before"}, true
	}
	return cand{}, false
}
