package resolve

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
)

// Quarters and halves, the periods of company reports: "the third
// quarter", "third-quarter", "the fiscal first quarter", "the quarter",
// "the latest quarter", "the year-ago quarter", "the first half", "this
// year's third quarter", "the 1988 second quarter", "the third quarter of
// 1990". Also "the 10th", a day of the anchor's month.

// quarterAt matches the quarter and half expressions above.
func (t *tagger) quarterAt(i int) (cand, bool) {
	j := i
	the := t.word(j) == "the"
	if the {
		j++
	}
	// "the 1988 second quarter", "the 1988 quarter".
	year, hasYear := 0, false
	if y, e, ok := t.yearNumAt(j); ok && the && t.toks[j].kind == tNum {
		if n, _, ok := t.ordinalAt(e); ok && n <= 4 {
			year, hasYear = y, true
			j = e
		} else if t.isUnit(e, uQuarter) || t.word(e) == "period" {
			return t.yearQuarter(i, e, y)
		}
	}
	if t.word(j) == "fiscal" {
		j++
	}
	// "the year-ago third quarter", "the year-earlier first half": that
	// quarter of the year before the anchor's.
	if the && !hasYear {
		if c, ok := t.yearAgoNth(j); ok {
			return c, true
		}
	}
	n, k, ok := t.ordinalAt(j)
	if !ok && the && (t.word(j) == "last" || t.word(j) == "final") && t.word(j+2) == "of" {
		// "the last half of 1989", "the final quarter of 2020".
		switch {
		case t.isUnit(j+1, uHalf):
			n, k, ok = 2, j+1, true
		case t.isUnit(j+1, uQuarter):
			n, k, ok = 4, j+1, true
		}
		if y, _, yok := t.ofYear(j + 2); !ok || !yok || y == 0 {
			ok = false
		}
	}
	if ok {
		if t.punct(k, '-') && t.glued(k) {
			k++
		}
		switch {
		case t.isUnit(k, uQuarter) && n >= 1 && n <= 4:
			return t.nthQuarter(k+1, n, year, hasYear)
		case t.isUnit(k, uHalf) && n >= 1 && n <= 2:
			return t.nthHalf(k+1, n, year, hasYear)
		}
		if the && !hasYear && n >= 1 && n <= 31 && t.toks[j].kind == tNum {
			return t.dayOfMonth(i, k, n)
		}
		return cand{}, false
	}
	if !the || hasYear {
		return cand{}, false
	}
	return t.relQuarter(i, j)
}

// yearQuarter resolves "the 1988 quarter", "the 1988 period" (the year
// written at token e-1, the unit at e): the quarter a comparison is about,
// in that year.
func (t *tagger) yearQuarter(i, e, y int) (cand, bool) {
	if last := t.lastQuarter(i); last != nil {
		p, ok := quarterPoint(y, quarterOf(int(last.Range.First.Month())))
		if ok {
			return cand{end: e + 1, typ: Date, p: p, rule: "quarter/year-written",
				why: fmt.Sprintf("the quarter of %q, in %d", last.Text, y)}, true
		}
	}
	if t.isUnit(e, uQuarter) {
		// No quarter named before: the number of the last complete
		// quarter, in the year written.
		a := t.a.Date
		lp, _ := quarterPoint(a.Year(), quarterOf(int(a.Month()))-1)
		p, ok := quarterPoint(y, quarterOf(int(lp.rng.First.Month())))
		if !ok {
			return cand{}, false
		}
		return cand{end: e + 1, typ: Date, p: p, rule: "quarter/year-written",
			why: fmt.Sprintf("the last complete quarter's number before anchor %s, in %d", t.anchorName(), y)}, true
	}
	p, ok := yearPoint(y)
	if !ok {
		return cand{}, false
	}
	return cand{end: e + 1, typ: Date, p: p, rule: "year/period", why: fmt.Sprintf("a period of %d", y)}, true
}

// yearAgoNth resolves "year-ago third quarter", "year-earlier first half"
// at j (after "the"): that quarter or half of the year before the anchor's.
func (t *tagger) yearAgoNth(j int) (cand, bool) {
	if !t.isUnit(j, uYear) || !t.punct(j+1, '-') || !t.glued(j+1) || (t.word(j+2) != "ago" && t.word(j+2) != "earlier") {
		return cand{}, false
	}
	n, k, ok := t.ordinalAt(j + 3)
	if !ok {
		return cand{}, false
	}
	if t.punct(k, '-') && t.glued(k) {
		k++
	}
	y := t.a.Date.Year() - 1
	var c cand
	switch {
	case t.isUnit(k, uQuarter) && n >= 1 && n <= 4:
		c, ok = t.nthQuarter(k+1, n, y, true)
	case t.isUnit(k, uHalf) && n >= 1 && n <= 2:
		c, ok = t.nthHalf(k+1, n, y, true)
	default:
		ok = false
	}
	if !ok {
		return cand{}, false
	}
	c.rule += "/year-ago"
	c.why = t.word(j+2) + " by a year: " + c.why
	return c, true
}

// relQuarter resolves "the quarter", "the latest quarter", "the year-ago
// quarter", "the quarter a year ago" (j is the token after "the").
func (t *tagger) relQuarter(i, j int) (cand, bool) {
	which := 0 // 0 this, -1 latest complete, -5 a year before the latest
	label := "the quarter"
	switch w := t.word(j); {
	case w == "latest" || (w == "most" && t.word(j+1) == "recent"):
		which, label = -1, "the latest quarter"
		if w == "most" {
			j++
		}
		j++
	case (w == "year") && t.punct(j+1, '-') && (t.word(j+2) == "ago" || t.word(j+2) == "earlier"):
		which, label = -5, "the year-ago quarter"
		j += 3
	}
	if !t.isUnit(j, uQuarter) && !(which != 0 && t.word(j) == "period") {
		return cand{}, false
	}
	if t.word(j+1) == "of" || t.punct(j+1, '-') {
		return cand{}, false
	}
	a := t.a.Date
	q := quarterOf(int(a.Month()))
	why := ""
	end := j + 1
	// "the quarter a year ago", "the quarter last year".
	if which == 0 || which == -1 {
		switch {
		case t.word(end) == "a" && t.isUnit(end+1, uYear) && (t.word(end+2) == "ago" || t.word(end+2) == "earlier"):
			which, end = -5, end+3
		case t.word(end) == "last" && t.isUnit(end+1, uYear):
			which, end = -5, end+2
		}
		if which == -5 {
			why = fmt.Sprintf("%s: the last complete quarter before anchor %s, a year earlier", t.text[t.toks[i].start:t.toks[end-1].end], t.anchorName())
		}
	}
	// "the quarter ended July 31": the three months up to that day, which
	// fall mostly in the calendar quarter of the day six weeks before it.
	if which == 0 && end == j+1 && (t.word(end) == "ended" || t.word(end) == "ending") {
		if c, ok := t.coreAt(end + 1); ok && c.p.rng.First == c.p.rng.Last && c.p.gran == GranDay {
			mid := c.p.rng.First - 45
			if p, ok := quarterPoint(mid.Year(), quarterOf(int(mid.Month()))); ok {
				return cand{end: end, typ: Date, p: p, rule: "quarter/ended",
					why: fmt.Sprintf("the quarter %s %s: the three months up to %s, mostly in %s", t.word(end), t.text[t.toks[end+1].start:t.toks[c.end-1].end], c.p.value, p.value)}, true
			}
		}
	}
	switch {
	case which == 0:
		// In a past-tense clause "the quarter" is the one just reported.
		ts, cue := t.clauseTense(i, j+1)
		if ts == tensePast {
			which = -1
			why = fmt.Sprintf("the quarter before anchor %s's (%q is past tense)", t.anchorName(), cue.word)
		} else {
			why = fmt.Sprintf("the quarter of anchor %s", t.anchorName())
		}
	case which == -1:
		why = fmt.Sprintf("%s: the last complete quarter before anchor %s", label, t.anchorName())
	case why == "":
		why = fmt.Sprintf("%s: the last complete quarter before anchor %s, a year earlier", label, t.anchorName())
	}
	p, ok := quarterPoint(a.Year(), q+which)
	if !ok {
		return cand{}, false
	}
	return cand{end: end, typ: Date, p: p, rule: "quarter/relative", why: why}, true
}

// nthQuarter resolves "the third quarter" ending before token e. Without a
// year it is the anchor year's, unless that quarter has not begun and the
// clause is not future, then the year before's.
func (t *tagger) nthQuarter(e, n, year int, hasYear bool) (cand, bool) {
	a := t.a.Date
	why := ""
	if !hasYear {
		if y, ye, ok := t.ofYear(e); ok {
			year, e, hasYear = y, ye, true
		}
	}
	theYear := ""
	if !hasYear {
		if y, ye, txt, ok := t.ofTheYear(e); ok {
			e, theYear = ye, txt
			if y != 0 {
				year, hasYear = y, true
			}
		}
	}
	switch {
	case hasYear && theYear != "":
		why = "quarter " + strconv.Itoa(n) + " of the year " + strconv.Itoa(year) + ", written earlier in the sentence (" + theYear + ")"
	case hasYear:
		why = "quarter " + strconv.Itoa(n) + " of " + strconv.Itoa(year) + " as written"
	default:
		year = a.Year()
		why = "quarter " + strconv.Itoa(n) + " of the anchor's year " + strconv.Itoa(year)
		if n > quarterOf(int(a.Month())) {
			if ts, _ := t.clauseTense(e-1, e); ts == tensePast {
				year--
				why = "quarter " + strconv.Itoa(n) + " of " + strconv.Itoa(year) + ", the last one before anchor " + t.anchorName()
			}
		}
	}
	p, ok := quarterPoint(year, n)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "quarter/ordinal", why: why}, true
}

// nthHalf resolves "the first half" (of the anchor's year, or of a year
// written after it, or of "the year": the year written earlier in the
// sentence, else the anchor's).
func (t *tagger) nthHalf(e, n, year int, hasYear bool) (cand, bool) {
	if !hasYear {
		if y, ye, ok := t.ofYear(e); ok {
			year, e, hasYear = y, ye, true
		}
	}
	why := ""
	if !hasYear {
		if y, ye, txt, ok := t.ofTheYear(e); ok {
			e = ye
			if y != 0 {
				year, hasYear = y, true
				why = fmt.Sprintf("half %d of the year %d, written earlier in the sentence (%s)", n, year, txt)
			} else {
				year, hasYear = t.a.Date.Year(), true
				why = fmt.Sprintf("half %d of the year of anchor %s", n, t.anchorName())
			}
		}
	}
	if !hasYear {
		if t.word(e) == "of" {
			return cand{}, false // "the first half of the match"
		}
		year = t.a.Date.Year()
	}
	p, ok := halfPoint(year, n)
	if !ok {
		return cand{}, false
	}
	if why == "" {
		why = fmt.Sprintf("half %d of %d", n, year)
	}
	return cand{end: e, typ: Date, p: p, rule: "half/ordinal", why: why}, true
}

// ofTheYear reads "of the year" or "of the current year" after a quarter or
// half at i: the year written earlier in the sentence (y, with its text),
// if one was, else y is 0 and the anchor's year is meant. e is the token
// after "year".
func (t *tagger) ofTheYear(i int) (y, e int, txt string, ok bool) {
	if t.word(i) != "of" || t.word(i+1) != "the" {
		return 0, 0, "", false
	}
	k := i + 2
	if t.word(k) == "current" {
		k++
	}
	if t.word(k) != "year" {
		return 0, 0, "", false
	}
	if sy, stxt, ok := t.sentenceYear(i); ok {
		return sy, k + 1, strconv.Quote(stxt), true
	}
	return 0, k + 1, "", true
}

// ofYear reads "of 1990" or "of this year" after a quarter or half.
func (t *tagger) ofYear(i int) (int, int, bool) {
	if t.word(i) != "of" {
		return 0, 0, false
	}
	if y, e, ok := t.yearNumAt(i + 1); ok {
		return y, e, true
	}
	if rel, ok := t.is(i+1, cRel); ok && (rel == relThis || rel == relLast || rel == relNext) && t.isUnit(i+2, uYear) {
		return t.a.Date.Year() + relDirection(rel), i + 3, true
	}
	return 0, 0, false
}

// possessivePart reads "'s third quarter", "'s first half", "'s summer"
// after a year expression ending at i ("this year's third quarter").
func (t *tagger) possessivePart(i, year int) (cand, bool) {
	if !t.punct(i, '\'') || t.word(i+1) != "s" {
		return cand{}, false
	}
	j := i + 2
	if t.word(j) == "fiscal" {
		j++
	}
	// "last year's quarter": the quarter just named, in that year.
	if t.isUnit(j, uQuarter) || t.word(j) == "period" {
		q, what := 0, ""
		if last := t.lastQuarter(i); last != nil {
			q, what = quarterOf(int(last.Range.First.Month())), fmt.Sprintf("the quarter of %q", last.Text)
		} else {
			a := t.a.Date
			q, what = quarterOf(int(a.Month()))-1, "the last complete quarter's number"
			if q == 0 {
				q = 4
			}
		}
		if p, ok := quarterPoint(year, q); ok {
			return cand{end: j + 1, typ: Date, p: p, rule: "quarter/year-written",
				why: fmt.Sprintf("%s, in %d", what, year)}, true
		}
		return cand{}, false
	}
	n, k, ok := t.ordinalAt(j)
	if !ok {
		return cand{}, false
	}
	if t.punct(k, '-') && t.glued(k) {
		k++
	}
	switch {
	case t.isUnit(k, uQuarter) && n >= 1 && n <= 4:
		return t.nthQuarter(k+1, n, year, true)
	case t.isUnit(k, uHalf) && n >= 1 && n <= 2:
		return t.nthHalf(k+1, n, year, true)
	}
	return cand{}, false
}

// dayOfMonth resolves "the 10th": that day of the anchor's month, or of
// the month before when the clause is past and the day has not yet come
// ("was signed on the 28th", told on the 5th), or of the month after when
// the clause is future and the day has gone by ("will vote on the 3rd").
func (t *tagger) dayOfMonth(i, e, n int) (cand, bool) {
	if shift, ok := namedMonthShifts[t.word(e+1)]; ok && t.word(e) == "of" && t.isUnit(e+2, uMonth) {
		// "the 20th of this month", "the 5th of next month": that day
		// of the month named from the anchor's
		y, m := t.a.Date.Year(), int(t.a.Date.Month())+shift
		if m < 1 {
			y, m = y-1, 12
		} else if m > 12 {
			y, m = y+1, 1
		}
		if !validYear(y) || n > daysIn(y, m) {
			return cand{}, false
		}
		p, ok := dayPoint(mkDate(y, m, n))
		if !ok {
			return cand{}, false
		}
		return cand{end: e + 3, typ: Date, p: p, rule: "day-of-month/named-month",
			why: fmt.Sprintf("day %d of %s month from anchor %s: %s %d", n, t.word(e+1), t.anchorName(), monthNames[m], y)}, true
	}
	// "the 10th anniversary", "the 3rd Division": a noun follows.
	if w := t.word(e); w != "" && !dayFollowers[w] {
		return cand{}, false
	}
	a := t.a.Date
	y, m := a.Year(), int(a.Month())
	ts, c := t.dateTense(i, e, false)
	shift, whose := 0, ""
	switch {
	case ts == tensePast && n > a.Day()+maxWritingDelay:
		shift, whose = -1, "the last such day before anchor "+t.anchorName()
	case ts == tenseFuture && n < a.Day()-maxWritingDelay:
		shift, whose = 1, "the next such day after anchor "+t.anchorName()
	}
	// A month moved to that lacks the day ("the 31st" told past on May 2:
	// April has none) gives way to the next one on ("March 31").
	for k := 0; ; k++ {
		if shift != 0 {
			m += shift
			if m < 1 {
				y, m = y-1, 12
			} else if m > 12 {
				y, m = y+1, 1
			}
		}
		if !validYear(y) || k == 2 || shift == 0 && n > daysIn(y, m) {
			return cand{}, false
		}
		if n <= daysIn(y, m) {
			break
		}
	}
	p, ok := dayPoint(mkDate(y, m, n))
	if !ok {
		return cand{}, false
	}
	if shift == 0 {
		return cand{end: e, typ: Date, p: p, rule: "day-of-month",
			why: fmt.Sprintf("day %d of the anchor's month (%s)%s", n, t.anchorName(), c.sideWhy())}, true
	}
	return cand{end: e, typ: Date, p: p, rule: dayOfMonthRules[ts],
		why: fmt.Sprintf("day %d of %s %d, %s%s", n, monthNames[m], y, whose, c.sideWhy())}, true
}

// namedMonthShifts name a month from the anchor's after "the 20th of":
// "this month", "next month", "last month".
var namedMonthShifts = map[string]int{"this": 0, "next": 1, "last": -1, "coming": 1, "previous": -1}

// dayOfMonthRules name the rule of "the 10th" moved by the tense.
var dayOfMonthRules = map[tense]string{tensePast: "day-of-month/past-tense", tenseFuture: "day-of-month/future-tense"}

// dayFollowers are words that can follow "the 10th" when it is a date.
var dayFollowers = map[string]bool{"and": true, "or": true, "at": true, "when": true, "to": true,
	"until": true, "through": true, "in": true, "but": true, "after": true, "before": true}

// comparablePeriodAt matches "the same period last year", "the
// corresponding quarter a year ago", "the comparable period a year
// earlier": the quarter named just before, a year back.
func (t *tagger) comparablePeriodAt(i int) (cand, bool) {
	if t.word(i) != "the" || !comparableWords[t.word(i+1)] {
		return cand{}, false
	}
	j := i + 2
	if t.word(j) == "year" && t.punct(j+1, '-') && (t.word(j+2) == "ago" || t.word(j+2) == "earlier") {
		j += 3
	}
	if !t.isUnit(j, uQuarter) && t.word(j) != "period" {
		return cand{}, false
	}
	e := j + 1
	switch {
	case t.word(e) == "last" && t.isUnit(e+1, uYear):
		e += 2
	case t.word(e) == "a" && t.isUnit(e+1, uYear) && (t.word(e+2) == "ago" || t.word(e+2) == "earlier"):
		e += 3
	case e > i+2 && t.word(i+2) == "year":
	default:
		return cand{}, false
	}
	if t.word(j) == "period" {
		// "the same period last year" follows the period just named,
		// whatever its size: a month, a half, a season, "the first nine
		// months".
		if c, ok := t.samePeriodBefore(i, e); ok {
			return c, true
		}
	}
	last := t.lastQuarter(i)
	if last == nil {
		// No quarter named: the last complete quarter, a year earlier.
		a := t.a.Date
		p, ok := quarterPoint(a.Year(), quarterOf(int(a.Month()))-5)
		if !ok {
			return cand{}, false
		}
		return cand{end: e, typ: Date, p: p, rule: "quarter/year-ago",
			why: fmt.Sprintf("the last complete quarter before anchor %s, a year earlier", t.anchorName())}, true
	}
	y, m, _ := last.Range.First.Date()
	if last.Rule != ruleSameQuarter && last.Range.Last >= t.a.Date-365 {
		y--
	}
	p, ok := quarterPoint(y, quarterOf(int(m)))
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: ruleSameQuarter,
		why: fmt.Sprintf("the quarter of %q, a year earlier", last.Text)}, true
}

var comparableWords = map[string]bool{"same": true, "corresponding": true, "comparable": true}

// quarterContext is how far back (in bytes) a quarter can be mentioned and
// still be the period that "a year earlier" compares with.
const quarterContext = 800

// yearBeforeQuarter resolves "a year earlier", "a year ago" and
// "year-earlier" when a quarter was named just before: in "profit rose in
// the third quarter from $5 million a year earlier" the comparison is with
// the same quarter of the year before, not with the whole year.
func (t *tagger) yearBeforeQuarter(i, end, dir int) (cand, bool) {
	last := t.lastQuarter(i)
	if last == nil {
		return cand{}, false
	}
	y, m, _ := last.Range.First.Date()
	shift := dir
	if last.Rule == ruleSameQuarter || last.Range.Last < t.a.Date-365 {
		// "… a year earlier; year-earlier sales …", "the year-ago quarter
		// … year-ago sales": already the year before.
		shift = 0
	}
	p, ok := quarterPoint(y+shift, quarterOf(int(m)))
	if !ok || p.rng.First > t.a.Date {
		return cand{}, false
	}
	return cand{end: end, typ: Date, p: p, rule: ruleSameQuarter, count: true,
		why: fmt.Sprintf("%s: the same quarter a year before the one named just before (%q)",
			t.text[t.toks[i].start:t.toks[end-1].end], last.Text)}, true
}

// lastQuarter returns the quarter named last before token i, if it is near
// enough to be the period a comparison refers to; expressions that cannot
// change the period (durations, references) may come between.
func (t *tagger) lastQuarter(i int) *Timex {
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > quarterContext {
			return nil
		}
		if x.Granularity == GranQuarter && x.Range != nil {
			return x
		}
		if x.Range != nil && x.Rule != ruleSameQuarter && x.Granularity != GranDay {
			return nil // another period intervenes
		}
	}
	return nil
}

// ruleSameQuarter is the rule of "a year earlier" read as a quarter.
const ruleSameQuarter = "shift/year-same-quarter"

// yearAgoAdjAt matches the adjectives "year-earlier" and "year-ago"
// ("year-earlier profit"): the year before the anchor's, or the quarter a
// year before one just mentioned.
func (t *tagger) yearAgoAdjAt(i int) (cand, bool) {
	if !t.isUnit(i, uYear) {
		return cand{}, false
	}
	// "year end", "year's end": the end of the anchor's year.
	if e, ok := t.matchWords(i+1, []string{"end"}); ok || (t.punct(i+1, '\'') && t.word(i+2) == "s" && t.word(i+3) == "end") {
		if !ok {
			e = i + 4
		}
		p, ok := yearPoint(t.a.Date.Year())
		if !ok {
			return cand{}, false
		}
		return cand{end: e, typ: Date, p: p, mod: "END", rule: "year-end",
			why: fmt.Sprintf("the end of the anchor's year %d", t.a.Date.Year())}, true
	}
	if !t.punct(i+1, '-') || !t.glued(i+1) {
		return cand{}, false
	}
	if t.word(i+2) == "end" && t.glued(i+2) {
		// "year-end": the last day of the year; the anchor's, unless a year
		// follows ("year-end 1988").
		y := t.a.Date.Year()
		e := i + 3
		why := "year-end: 31 December "
		if yy, ye, ok := t.yearNumAt(e); ok {
			y, e = yy, ye
		} else if t.word(i-1) == "since" {
			// "up 5% since year-end": the last year-end before the anchor.
			y--
			why = "since year-end: the last year-end before anchor " + t.anchorName() + ", 31 December "
		}
		if !validYear(y) {
			return cand{}, false
		}
		p, _ := dayPoint(mkDate(y, 12, 31))
		return cand{end: e, typ: Date, p: p, rule: "year-end", why: why + strconv.Itoa(y)}, true
	}
	if w := t.word(i + 2); w != "earlier" && w != "ago" || !t.glued(i+2) {
		return cand{}, false
	}
	if _, ok := t.is(i+3, cUnit); ok || t.word(i+3) == "period" {
		return cand{}, false // "the year-ago quarter" is quarterAt's
	}
	if c, ok := t.yearBeforeQuarter(i, i+3, -1); ok {
		return c, true
	}
	p, ok := yearPoint(t.a.Date.Year() - 1)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 3, typ: Date, p: p, rule: "shift/year-adjective",
		why: fmt.Sprintf("%s: the year before anchor %s", t.text[t.toks[i].start:t.toks[i+2].end], t.anchorName())}, true
}

// yearAdjectives are the words that make "year-…" an adjective.
var yearAdjectives = map[string]bool{"earlier": true, "ago": true, "end": true, "before": true}

// lastPeriod returns the period named last before token i that "the same
// period last year" refers to: a month, week, quarter, half or season, or
// a stretch of months ("the first nine months"); nil when none is near
// enough or a year or longer period comes between.
func (t *tagger) lastPeriod(i int) *Timex {
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > quarterContext {
			return nil
		}
		switch {
		case x.Range != nil && (x.Granularity == GranMonth || x.Granularity == GranWeek ||
			x.Granularity == GranQuarter || x.Granularity == GranSeason):
			return x
		case x.Type == Duration && len(x.Value) > 2 && x.Value[len(x.Value)-1] == 'M' && x.Value[1] != 'T':
			return x // "the first nine months": P9M
		case x.Range != nil && x.Rule != ruleSameQuarter && x.Granularity != GranDay:
			return nil // a year or longer comes between
		}
	}
	return nil
}

// samePeriodBefore resolves "the same period last year" (tokens i to e)
// as the period named just before, a year back: the same month, week,
// quarter, half or season of the year before, or, after a stretch of
// months, the same stretch (a duration, as TimeML writes it).
func (t *tagger) samePeriodBefore(i, e int) (cand, bool) {
	last := t.lastPeriod(i)
	if last == nil || last.Granularity == GranQuarter && !strings.Contains(last.Value, "-H") {
		return cand{}, false // no period, or a quarter: the quarter rule's
	}
	why := fmt.Sprintf("the period of %q, a year earlier", last.Text)
	if last.Range == nil {
		return cand{end: e, typ: Duration, value: last.Value, rule: "period/same-as",
			why: fmt.Sprintf("the same stretch as %q, a year earlier", last.Text)}, true
	}
	first := last.Range.First
	y, m, _ := first.Date()
	back := 1
	if last.Range.Last < t.a.Date-365 {
		back = 0 // already a year back: "sales in October 2020 … the same period"
	}
	var p point
	var ok bool
	switch last.Granularity {
	case GranMonth:
		p, ok = monthPoint(y-back, int(m))
	case GranWeek:
		p, ok = weekPoint(first - date.Date(364*back))
	case GranQuarter:
		p, ok = halfPoint(y-back, (int(m)+5)/6)
	case GranSeason:
		_, s := seasonOf(y, int(m))
		p, ok = seasonPoint(y-back, s)
	}
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "period/same-last-year", why: why}, true
}
