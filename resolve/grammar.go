package resolve

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
)

// The grammar: small matchers, each trying one family of expressions at a
// token index and returning a candidate. exprInto keeps the longest. Wrappers
// add what can surround any date: a position ("early", "the end of"), an
// approximation ("about", "more than"), a part of the day ("night"), a time
// zone qualifier ("(local time)").

// cand is a candidate expression found by a matcher: the token after its
// end, its type, and either a calendar point (dates and times) or a bare
// value (durations, sets, references).
type cand struct {
	end   int
	typ   Type
	p     point
	value string
	mod   string
	zone  string
	rule  string
	why   string
	// count is true when the expression starts with a number or a count
	// word ("two years", "a week ago"): approximations may precede it.
	count bool
}

type matcher func(t *tagger, i int) (cand, bool)

// startMask is a set of first-token kinds: one bit per lexicon class, plus
// bits for numbers, apostrophes and other start words. Each matcher lists
// the kinds its expressions can begin with, so that at a given token only
// the matchers that can succeed there are tried.
type startMask uint64

const (
	sNum   startMask = 1 << 40 // a number
	sApos  startMask = 1 << 41 // an apostrophe ("'90s")
	sOther startMask = 1 << 42 // a word from startWords
)

func cls(cs ...class) startMask {
	var m startMask
	for _, c := range cs {
		m |= 1 << uint(c)
	}
	return m
}

// startKinds is the startMask of token i.
func (t *tagger) startKinds(i int) startMask {
	tk := &t.toks[i]
	switch tk.kind {
	case tNum:
		return sNum
	case tPunct:
		if t.text[tk.start] == '\'' {
			return sApos
		}
		return 0
	case tOther:
		if t.curlyApos(i) {
			return sApos
		}
		return 0
	case tWord:
		m := startMask(1)<<uint(tk.lex.c[0]) | startMask(1)<<uint(tk.lex.c[1])
		m &^= 1 // cNone
		if tk.lex.flags&fStart != 0 {
			m |= sOther
		}
		return m
	}
	return 0
}

// coreMatchers are tried at every candidate start; the longest match wins,
// and among equally long ones the first listed. (Filled in init: the
// matchers call coreAt themselves.)
var coreMatchers []struct {
	m      matcher
	starts startMask
}

func init() {
	coreMatchers = []struct {
		m      matcher
		starts startMask
	}{
		{(*tagger).clockAt, sNum | cls(cClockWord)},
		{(*tagger).deicticAt, cls(cDeictic)},
		{(*tagger).dayAroundDeicticAt, cls(cDet)},
		{(*tagger).relAt, cls(cShift, cDet, cRel)},
		{(*tagger).monthAt, sNum | cls(cWeekday, cMonth, cDet, cOrdWord, cNumWord)},
		{(*tagger).numericDateAt, sNum},
		{(*tagger).yearAt, sNum | cls(cFiscal, cDet, cNumWord)},
		{(*tagger).decadeAt, sNum | sApos | cls(cDet)},
		{(*tagger).centuryAt, sNum | cls(cDet, cOrdWord, cNumWord)},
		{(*tagger).quarterAt, sNum | cls(cDet, cOrdWord, cNumWord, cFiscal)},
		{(*tagger).durationAt, sNum | cls(cDet, cRel, cNumWord, cVague)},
		{(*tagger).setAt, cls(cSetAdv, cEvery)},
		{(*tagger).refAt, sOther | cls(cRef, cDet, cRel)},
		{(*tagger).weekdayAt, cls(cWeekday)},
		{(*tagger).unitRefAt, cls(cDet)},
		{(*tagger).yearAgoAdjAt, cls(cUnit)},
		{(*tagger).barePluralAt, cls(cUnit)},
		{(*tagger).seasonAt, cls(cDet, cSeason)},
		{(*tagger).comparablePeriodAt, cls(cDet)},
		{(*tagger).partOfDayAt, cls(cPos, cDet, cPartDay)},
		{(*tagger).anaphorAt, sOther | cls(cDet)},
		{(*tagger).theStretchAt, cls(cDet)},
		{(*tagger).unitLongAt, cls(cUnit)},
		{(*tagger).yearRangeEndAt, sNum},
		{(*tagger).holidayAt, cls(cHoliday)},
		{(*tagger).thenAt, sOther},
		{(*tagger).vagueStretchAt, cls(cDet, cVague, cApprox) | sOther},
	}
	for k, cm := range coreMatchers {
		for b := range matchersByKind {
			if cm.starts&(1<<uint(b)) != 0 {
				matchersByKind[b] |= 1 << uint(k)
			}
		}
	}
}

// matchersByKind holds, for each bit of a startMask, the set of
// coreMatchers (bit k for coreMatchers[k]) that can begin with that kind,
// so that coreAt visits only those, in table order, without testing every
// matcher's mask.
var matchersByKind [64]uint32

// coreAt returns the longest core match at i.
func (t *tagger) coreAt(i int) (cand, bool) {
	var best cand
	found := t.coreInto(i, &best)
	return best, found
}

// coreInto is coreAt writing the match into *best, which spares the
// copies of the large record on the hot path (exprInto, run). When nothing
// matches it returns false and *best is not to be read.
func (t *tagger) coreInto(i int, best *cand) bool {
	found := false
	if i >= len(t.toks) {
		return false
	}
	kinds := t.startKinds(i)
	if kinds == 0 {
		return false
	}
	var set uint32
	for ; kinds != 0; kinds &= kinds - 1 {
		set |= matchersByKind[bits.TrailingZeros64(uint64(kinds))]
	}
	for ; set != 0; set &= set - 1 {
		if c, ok := coreMatchers[bits.TrailingZeros32(set)].m(t, i); ok && (!found || c.end > best.end) {
			*best, found = c, true
		}
	}
	return found
}

// exprInto finds the longest expression at i, wrappers included, and
// writes it into *best (which it may scribble on even when it returns
// false): run keeps one record for the whole text.
func (t *tagger) exprInto(i int, best *cand) bool {
	found := t.coreInto(i, best)
	// The flag tests repeat the wrappers' own first test, to spare most
	// tokens two calls that return a candidate record by value.
	flags := t.toks[i].lex.flags
	if flags&fPosition != 0 {
		if c, ok := t.positionAt(i); ok && (!found || c.end > best.end) {
			*best, found = c, true
		}
	}
	if flags&fApprox != 0 {
		if c, ok := t.approxAt(i); ok && (!found || c.end > best.end) {
			*best, found = c, true
		}
	}
	if !found {
		return false
	}
	t.partOfDaySuffix(best)
	t.bracketDaySuffix(best)
	t.zoneSuffix(best)
	t.boundaryMod(i, best)
	return true
}

// bracketWindow is how many days from the day read a day of the month
// written in brackets may be.
const bracketWindow = 7

// bracketDaySuffix reads the day of the month that some newsrooms write in
// brackets after a day counted from the anchor: "today (03)", "this
// afternoon (12)", "yesterday evening (23)". A story posted the next day
// still says "today": the day in brackets is the one meant, the nearest
// date with that day of the month within a week of the day read.
func (t *tagger) bracketDaySuffix(c *cand) {
	if c.typ != Date && c.typ != Time || c.p.gran != GranDay && c.p.gran != GranTime || len(c.p.value) < 10 {
		return
	}
	if !t.punct(c.end, '(') || !t.punct(c.end+2, ')') {
		return
	}
	n, _, ok := t.num(c.end+1, 2)
	if !ok || n < 1 || n > 31 {
		return
	}
	day := c.p.rng.First
	best, found := date.Zero, false
	for k := 0; k <= bracketWindow && !found; k++ {
		for _, d := range []date.Date{day - date.Date(k), day + date.Date(k)} {
			if d.Day() == n {
				best, found = d, true
				break
			}
		}
	}
	if !found {
		return
	}
	c.p.value = best.String() + c.p.value[10:]
	c.p.rng = Range{First: best, Last: best}
	c.end += 3
	c.rule += "+bracket-day"
	c.why += "; the day written in brackets, " + strconv.Itoa(n) + ", is " + best.String()
	// The story was written on another day than the anchor: "this
	// morning (16)" in a story dated the 17th. What follows counts from
	// the day it was written ("the afternoon", "tomorrow (17)").
	if shift := int(best - day); shift != 0 && shift >= -maxWritingDelay && shift <= maxWritingDelay && deicticRule(c.rule) {
		t.a.Date += date.Date(shift)
		t.aName = ""
		t.dayShift += shift
		c.why += fmt.Sprintf("; the story was written on %s, from which what follows counts", dayName(t.a.Date))
	}
}

// maxWritingDelay is how many days the day a story was written may lie
// from its anchor (the day it was published or dated).
const maxWritingDelay = 2

// deicticRule reports a rule that counts days from the anchor ("today",
// "this morning", "tomorrow").
func deicticRule(rule string) bool {
	return strings.HasPrefix(rule, "deictic/") || strings.HasPrefix(rule, "partofday/")
}

// positions are the words that pick a part of a period, with the TimeML mod
// they set. Multi-word positions ("the end of") are matched word by word.
var positions = []position{
	{[]string{"early"}, "START"},
	{[]string{"mid"}, "MID"},
	{[]string{"late"}, "END"},
	{[]string{"the", "early"}, "START"},
	{[]string{"the", "mid"}, "MID"},
	{[]string{"the", "late"}, "END"},
	{[]string{"the", "end", "of"}, "END"},
	{[]string{"the", "close", "of"}, "END"},
	{[]string{"the", "turn", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"},
	{[]string{"end", "of"}, "END"},
	{[]string{"beginning", "of"}, "START"},
	{[]string{"earlier"}, ""},
	{[]string{"later"}, ""},
	// "the week of January 10": not a part of the day, the ISO week that
	// holds it (weekOfMod is no TimeML mod; positionAt reads it)
	{[]string{"the", "week", "of"}, weekOfMod},
	{[]string{"week", "of"}, weekOfMod},
}

// weekOfMod marks the positions that name the week of a day.
const weekOfMod = "week-of"

// position is one entry of positions.
type position struct {
	words []string
	mod   string
}

// positionsByFirst holds positions grouped by first word, in table order,
// so that positionAt looks at only the entries that can match.
var positionsByFirst = func() map[string][]position {
	m := make(map[string][]position)
	for _, p := range positions {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// matchWords reports the index after words when the tokens at i spell them.
func (t *tagger) matchWords(i int, words []string) (int, bool) {
	for _, w := range words {
		if t.word(i) != w {
			return 0, false
		}
		i++
	}
	return i, true
}

// positionAt matches "early 2021", "mid-January", "late last week", "the
// end of the year": a position word before a date. The value stays the
// date's own (TimeML puts the position in mod), so precision is not
// invented.
func (t *tagger) positionAt(i int) (cand, bool) {
	if i >= len(t.toks) || t.toks[i].lex.flags&fPosition == 0 {
		return cand{}, false
	}
	next := t.word(i + 1) // tested first: it rules out most positions
	for _, p := range positionsByFirst[t.word(i)] {
		if len(p.words) > 1 && p.words[1] != next {
			continue
		}
		j, ok := t.matchWords(i, p.words)
		if !ok {
			continue
		}
		if t.punct(j, '-') && t.glued(j) {
			j++
		}
		if j >= len(t.toks) || !t.mayStart(j) {
			continue
		}
		c, ok := t.coreAt(j)
		if !ok || (c.typ != Date && c.typ != Time) || c.p.value == "" {
			continue
		}
		if p.mod == weekOfMod {
			if c.p.gran != GranDay {
				continue
			}
			w, ok := weekPoint(c.p.rng.First)
			if !ok {
				continue
			}
			c.p, c.rule = w, "week/of-day"
			c.why = "the ISO week of " + c.why
			return c, true
		}
		if p.mod == "" { // "earlier Sunday", "later today": same day
			if c.p.gran != GranDay {
				continue
			}
		} else if c.p.gran != GranDay && c.p.gran != GranTime {
			c.mod = p.mod
		}
		words := p.words
		if n := len(words); n > 1 && strings.HasPrefix(c.why, words[n-1]+" ") {
			words = words[:n-1] // "the end of" + "of the year: …"
		}
		c.why = strings.Join(words, " ") + " " + c.why
		return c, true
	}
	return cand{}, false
}

// approximations are the words that hedge a count, with their TimeML mod.
// countOnly ones ("over", "some") are prepositions or determiners before
// anything but a number.
var approximations = []approximation{
	{[]string{"about"}, "APPROX", false},
	{[]string{"around"}, "APPROX", false},
	{[]string{"roughly"}, "APPROX", true},
	{[]string{"approximately"}, "APPROX", false},
	{[]string{"some"}, "APPROX", true},
	{[]string{"nearly"}, "LESS_THAN", true},
	{[]string{"almost"}, "LESS_THAN", true},
	{[]string{"less", "than"}, "LESS_THAN", true},
	{[]string{"under"}, "LESS_THAN", true},
	{[]string{"more", "than"}, "MORE_THAN", true},
	{[]string{"over"}, "MORE_THAN", true},
	{[]string{"up", "to"}, "EQUAL_OR_LESS", true},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS", true},
	{[]string{"at", "most"}, "EQUAL_OR_LESS", true},
	{[]string{"at", "least"}, "EQUAL_OR_MORE", true},
}

// approximation is one entry of approximations.
type approximation struct {
	words     []string
	mod       string
	countOnly bool
}

// approximationsByFirst holds approximations grouped by first word, in
// table order.
var approximationsByFirst = func() map[string][]approximation {
	m := make(map[string][]approximation)
	for _, a := range approximations {
		m[a.words[0]] = append(m[a.words[0]], a)
	}
	return m
}()

// approxAt matches "about two years", "nearly four years ago", "more than
// four hours", "around 7:15 p.m.".
func (t *tagger) approxAt(i int) (cand, bool) {
	if i >= len(t.toks) || t.toks[i].lex.flags&fApprox == 0 {
		return cand{}, false
	}
	next := t.word(i + 1) // tested first: it rules out most hedges
	for _, a := range approximationsByFirst[t.word(i)] {
		if len(a.words) > 1 && a.words[1] != next {
			continue
		}
		j, ok := t.matchWords(i, a.words)
		if !ok || j >= len(t.toks) || t.word(j) == "the" || !t.mayStart(j) {
			continue // nothing a hedge can go with starts at j
		}
		c, ok := t.coreAt(j)
		if !ok || (a.countOnly && !c.count) || c.typ == Set {
			continue
		}
		if !c.count && c.typ != Time && t.word(j) == "the" {
			continue
		}
		// "talked about recent events": a hedge goes with a count or a
		// time, not with a reference to the past or the present.
		if !c.count && c.p.value == "" {
			continue
		}
		c.mod = a.mod
		c.why = strings.Join(a.words, " ") + " " + c.why
		return c, true
	}
	return cand{}, false
}

// partOfDaySuffix turns "Sunday" + "night" into a TIME: 2022-01-02TNI.
// It edits c in place: the record is large, and most calls leave it as is.
func (t *tagger) partOfDaySuffix(c *cand) {
	if c.typ != Date || c.p.gran != GranDay || strings.HasSuffix(c.p.value, "WE") {
		return
	}
	v, ok := t.is(c.end, cPartDay)
	if !ok || v&plural != 0 {
		return
	}
	c.p.value += "T" + partDayCodes[v]
	c.p.gran = GranTime
	c.typ = Time
	c.why += ", " + t.word(c.end)
	c.end++
}

// zoneSuffix attaches a time-zone qualifier that follows a day or a time:
// "Sunday (US time)", "Thursday (local time)", "15:00 (GMT)", "Monday
// Moscow time". The zone says in which calendar the day is counted; the
// value is unchanged, the qualifier is kept in Zone and in the explanation.
func (t *tagger) zoneSuffix(c *cand) {
	if c.p.gran != GranDay && c.p.gran != GranTime {
		return
	}
	zone, end, ok := t.zoneAt(c.end)
	if !ok {
		return
	}
	c.zone = zone
	c.end = end
	c.why += "; the day is counted in " + zone
}

// zoneAt matches a zone qualifier at i: "(local time)", "(US time)",
// "(GMT)", "Washington time", "local time", "GMT". It returns the qualifier
// text without parentheses and the token after it.
func (t *tagger) zoneAt(i int) (string, int, bool) {
	paren := t.punct(i, '(')
	j := i
	if paren {
		j++
	}
	var k int
	switch {
	case t.isZoneAbbr(j):
		k = j + 1
	case t.word(j) == "local" && t.word(j+1) == "time":
		k = j + 2
	case t.capitalized(j) && t.word(j+1) == "time":
		k = j + 2
	case t.capitalized(j) && t.capitalized(j+1) && t.word(j+2) == "time" && paren:
		k = j + 3
	default:
		return "", 0, false
	}
	zone := t.text[t.toks[j].start:t.toks[k-1].end]
	if paren {
		if !t.punct(k, ')') {
			return "", 0, false
		}
		k++
	}
	return zone, k, true
}

// isZoneAbbr reports whether token i is a time-zone abbreviation written in
// capitals ("GMT", not the word "est").
func (t *tagger) isZoneAbbr(i int) bool {
	if _, ok := t.is(i, cZone); !ok {
		return false
	}
	r := t.raw(i)
	return strings.ToUpper(r) == r
}
