package resolve

import (
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Absolute and calendar-named dates: "January 10", "Jan. 10, 2022",
// "10 January 2022", "January 2022", "2022-01-10", "1/10/2022", "2011",
// "fiscal 1990", "the 1990s", "the 20th century", "the third quarter".

// dayAt reads a day of the month at i: "10", "10th", "tenth",
// "twenty-first". It returns the day and the token after it.
func (t *tagger) dayAt(i int) (int, int, bool) {
	if n, _, ok := t.num(i, 2); ok && n >= 1 && n <= 31 {
		j := i + 1
		if t.glued(j) && ordinalSuffix[t.word(j)] {
			j++
		}
		return n, j, true
	}
	if n, j, ok := t.ordinalWordAt(i); ok && n <= 31 {
		return n, j, true
	}
	return 0, 0, false
}

// ordinalSuffix are the letters after a number that make it an ordinal.
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// ordinalWordAt reads "third", "twenty-first", "twenty first".
func (t *tagger) ordinalWordAt(i int) (int, int, bool) {
	if n, ok := t.is(i, cOrdWord); ok {
		return n, i + 1, true
	}
	tens, ok := t.is(i, cNumWord)
	if !ok || tens < 20 || tens > 90 || tens%10 != 0 {
		return 0, 0, false
	}
	j := i + 1
	if t.punct(j, '-') {
		j++
	}
	if n, ok := t.is(j, cOrdWord); ok && n < 10 {
		return tens + n, j + 1, true
	}
	return 0, 0, false
}

// ordinalAt reads "3rd", "third", "20th".
func (t *tagger) ordinalAt(i int) (int, int, bool) {
	if n, _, ok := t.num(i, 3); ok && t.glued(i+1) && ordinalSuffix[t.word(i+1)] {
		return n, i + 2, true
	}
	return t.ordinalWordAt(i)
}

// numberWordsAt reads a number below 100 written in words: "seven",
// "ninety-six", "twenty four".
func (t *tagger) numberWordsAt(i int) (int, int, bool) {
	n, ok := t.is(i, cNumWord)
	if !ok || n >= 100 {
		return 0, 0, false
	}
	j := i + 1
	if n >= 20 && n%10 == 0 {
		k := j
		if t.punct(k, '-') && t.glued(k) {
			k++
		}
		if u, ok := t.is(k, cNumWord); ok && u < 10 {
			return n + u, k + 1, true
		}
	}
	return n, j, true
}

// monthNameOK reports whether the month word at i can be a month here. May
// and March are usually the verbs; abbreviations need a day or year
// nearby. A month name needs a capital letter.
func (t *tagger) monthNameOK(i int) bool {
	if !t.capitalized(i) {
		return false
	}
	w := t.word(i)
	return w != "may" && w != "march" || t.monthSupported(i)
}

// monthPreps are the words before an ambiguous month name ("May",
// "March") that show it is the month.
var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "through": true, "during": true,
	"of": true, "from": true, "by": true, "last": true, "next": true, "this": true, "early": true,
	"mid": true, "late": true, "before": true, "after": true, "between": true, "and": true,
	"or": true, "each": true, "every": true, "that": true, "-": true, "end": true, "beginning": true,
}

// monthSupported reports whether a preceding word marks the ambiguous month
// name at i as a month.
func (t *tagger) monthSupported(i int) bool {
	if i == 0 {
		return false
	}
	p := t.word(i - 1)
	if p == "" && t.punct(i-1, '-') {
		p = "-"
	}
	// "as soon as May", "as early as March".
	if p == "as" {
		w := t.word(i - 2)
		return w == "soon" || w == "early" || w == "late"
	}
	return monthPreps[p] || t.monthComplement(i, p)
}

// monthComplement reports whether the ambiguous month name at i, after the
// preposition p, is the date of a plan or of a postponement: "scheduled
// for March", "planned for May", "pushed back to May", "postponed to
// March". Neither verb takes a person there, as "a setback for May" or
// "spoke to May" may: but "set for May to win" is a person's prospect, and
// "put it to May", "brought it to May" need their particle ("put off",
// "brought forward") to move a date.
func (t *tagger) monthComplement(i int, p string) bool {
	if i < 2 {
		return false
	}
	if p == "for" && planFor(t.word(i-2), p) {
		return t.word(i+1) != "to"
	}
	if !postponePreps[p] {
		return false
	}
	verb, at := t.postponeVerbBefore(i - 2)
	if needs := postponeNeedsParticle[verb]; needs != "" {
		for k := at + 1; k < i-1; k++ {
			if t.word(k) == needs {
				return true
			}
		}
		return false
	}
	return verb != ""
}

// postponeNeedsParticle are the verbs of postponeVerbs that move a date
// only with their particle: "put off", "brought forward", "pushed back".
var postponeNeedsParticle = map[string]string{"put": "off", "brought": "forward", "bring": "forward",
	"brings": "forward", "pushed": "back"}

// monthAt matches dates built on a month name:
//
//	January 10   Jan. 10, 2022   Saturday, April 25   January 2022
//	10 January 2022   the 10th of January   January this year   January
func (t *tagger) monthAt(i int) (cand, bool) {
	start := i
	j := i
	// A weekday before: "Saturday, April 25".
	wd := 0
	if v, ok := t.is(j, cWeekday); ok && v&plural == 0 {
		wd = v
		j++
		if t.punct(j, ',') {
			j++
		}
		if _, ok := t.is(j, cMonth); !ok {
			// "Thursday, 10 February": a day first.
			if _, k, ok := t.dayFirst(j); !ok || !t.capitalized(k) {
				return cand{}, false
			} else if _, ok := t.is(k, cMonth); !ok {
				return cand{}, false
			}
		}
	}
	// Day first: "10 January 2022", "the 10th of January", "18-21 January".
	if day, k, ok := t.dayFirst(j); ok {
		last, k2, span := t.dayRangeEnd(k, day, 12)
		if span {
			k = k2
		}
		if m, ok := t.is(k, cMonth); ok && t.capitalized(k) && (!span || last <= daysInAnyYear(m)) {
			e := k + 1
			if t.punct(e, '.') && t.glued(e) && t.abbreviatedMonth(k) {
				e++ // "10 Feb.", not the full stop of "on 10 February."
			}
			y, ye, hasYear := t.yearAfter(e)
			if hasYear {
				e = ye
			}
			return t.monthDay(start, e, y, m, day, last, hasYear, 0)
		}
	}
	m, ok := t.is(j, cMonth)
	if !ok || !t.capitalized(j) {
		return cand{}, false
	}
	abbrev := t.abbreviatedMonth(j)
	e := j + 1
	if t.punct(e, '.') && t.glued(e) && abbrev {
		e++
	}
	// Month and day.
	if day, k, ok := t.dayAt(e); ok && !(t.punct(k, ':') && t.glued(k) && t.glued(k+1)) && !(t.glued(k) && t.word(k) != "") {
		if day <= daysInAnyYear(m) {
			last, k2, span := t.dayRangeEnd(k, day, m)
			if span {
				k = k2
			}
			y, ye, hasYear := t.yearAfter(k)
			if hasYear {
				k = ye
			}
			return t.monthDay(start, k, y, m, day, last, hasYear, wd)
		}
	}
	if wd != 0 {
		return cand{}, false
	}
	// Month and year: "January 2022", "May of 1990", "June last year";
	// a speaker may hedge between them: "in June, I believe, of 2020".
	k := t.afterHedge(e)
	if t.punct(k, ',') || t.word(k) == "of" {
		k++
	}
	if y, ye, ok := t.yearNumAt(k); ok {
		p, ok := monthPoint(y, m)
		if !ok {
			return cand{}, false
		}
		return cand{end: ye, typ: Date, p: p, rule: "month-year",
			why: monthNames[m] + " " + strconv.Itoa(y) + " as written"}, true
	}
	// "June last year", "October of next year".
	if t.word(k-1) != "of" {
		k = e
	}
	if rel, ok := t.is(k, cRel); ok && t.isUnit(k+1, uYear) {
		dir := relDirection(rel)
		if rel == relThis || rel == relLast || rel == relNext {
			p, ok := monthPoint(t.a.Date.Year()+dir, m)
			if !ok {
				return cand{}, false
			}
			return cand{end: k + 2, typ: Date, p: p, rule: "month-year/" + relRule(dir),
				why: fmt.Sprintf("%s of the year %s anchor %s", monthNames[m], relWordDir(dir), t.anchorName())}, true
		}
	}
	// A bare month: "in March", "as soon as January".
	if abbrev || !t.monthNameOK(j) {
		return cand{}, false
	}
	return t.bareMonth(j, m)
}

// dayRangeEnd reads the end of a span of days after the day first at
// token k: a dash glued to both numbers ("18-21", "18–21"), or a word that
// joins two days ("17 to 22 March", "from 3 until 5 May", "between 3 and
// 5 May"). "and" joins a span after "between" or between two days in a
// row ("on 3 and 4 April"): "on 3 and 5 May" are two days, not the days
// between. It returns the last day and the token
// after it. The last day must come after the first within month m (12
// when the month is not known yet: any month).
func (t *tagger) dayRangeEnd(k, first, m int) (int, int, bool) {
	switch {
	case t.glued(k) && t.glued(k+1) && (t.punct(k, '-') || t.tokText(k) == "–"):
	case dayRangeWords[t.word(k)] && !t.glued(k) && !t.glued(k+1):
	case t.word(k) == "and":
	default:
		return 0, 0, false
	}
	last, k2, ok := t.dayAt(k + 1)
	if ok && t.word(k) == "and" && last != first+1 && !t.betweenBefore(k) {
		ok = false // "on 3 and 5 May": two days
	}
	if !ok || last <= first || last > daysInAnyYear(m) || t.glued(k2) && t.word(k2) != "" {
		return 0, 0, false
	}
	return last, k2, true
}

// dayRangeWords join the first and last day of a span: "17 to 22 March".
var dayRangeWords = map[string]bool{"to": true, "until": true, "till": true, "through": true, "thru": true}

// betweenBefore reports whether "between" stands a few tokens before the
// "and" at k, with only a day and a month between them: "between 3 and
// 5 May", "between May 3 and 5".
func (t *tagger) betweenBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if t.word(j) == "between" {
			return true
		}
	}
	return false
}

// tokText is the text of token i, or "" past the ends.
func (t *tagger) tokText(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.text[t.toks[i].start:t.toks[i].end]
}

// spanDays widens the day of c, the first of "January 18-21", to the
// whole span (see monthDay). The value stays the first day: TimeML has no value for a
// span of days, and writes such a span as two expressions.
func spanDays(c cand, m, first, last int) cand {
	y := c.p.rng.First.Year()
	if last > daysIn(y, m) {
		return c
	}
	c.p.rng.Last = mkDate(y, m, last)
	c.rule += "/span"
	c.why += fmt.Sprintf("; the span runs to %s %d", monthNames[m], last)
	return c
}

// abbreviatedMonth reports whether the month name at token j is written
// short ("Feb", "Sept"), so that a period glued to it is its own.
func (t *tagger) abbreviatedMonth(j int) bool {
	w := t.word(j)
	return t.toks[j].end-t.toks[j].start <= 4 && w != "june" && w != "july" && w != "may"
}

// dayFirst reads the day of "10 January" or "the 10th of January" and
// returns the token of the month.
func (t *tagger) dayFirst(i int) (int, int, bool) {
	j := i
	the := t.word(j) == "the"
	if the {
		j++
	}
	day, k, ok := t.dayAt(j)
	if !ok {
		return 0, 0, false
	}
	if t.word(k) == "of" {
		k++
	} else if the {
		return 0, 0, false
	}
	return day, k, true
}

// yearAfter reads the year that can follow a month and day: ", 2022" or
// " 2022".
func (t *tagger) yearAfter(i int) (int, int, bool) {
	j := i
	if t.punct(j, ',') {
		j++
	}
	if y, e, ok := t.yearNumAt(j); ok {
		return y, e, true
	}
	return 0, 0, false
}

func daysInAnyYear(m int) int {
	if m == 2 {
		return 29
	}
	return daysIn(2001, m)
}

// monthDayRules and monthRules name the rule of a month-day or a bare
// month by the tense that chose its occurrence (none: the nearest).
var (
	monthDayRules = [...]string{tenseNone: "month-day", tensePast: "month-day/past-tense", tenseFuture: "month-day/future-tense"}
	monthRules    = [...]string{tenseNone: "month/nearest", tensePast: "month/past-tense", tenseFuture: "month/future-tense"}
)

// monthDay resolves a month and day, with or without a year, and widens
// it to the span of days that ends on last when last is not 0 ("January
// 18-21").
func (t *tagger) monthDay(start, end, y, m, day, last int, hasYear bool, wd int) (cand, bool) {
	c, ok := t.oneMonthDay(start, end, y, m, day, hasYear, wd)
	if ok && last > 0 {
		c = spanDays(c, m, day, last)
	}
	return c, ok
}

// oneMonthDay resolves a month and day, with or without a year. Without
// one, the clause's tense chooses the occurrence: past → on or before the
// anchor, future → on or after, unknown → the nearest.
func (t *tagger) oneMonthDay(start, end, y, m, day int, hasYear bool, wd int) (cand, bool) {
	a := t.a.Date
	var rule, why string
	if hasYear {
		if !validYear(y) || day > daysIn(y, m) {
			return cand{}, false
		}
		rule, why = "month-day-year", monthNames[m]+" "+strconv.Itoa(day)+", "+strconv.Itoa(y)+" as written"
	} else {
		if sy, txt, ok := t.sentenceYear(start); ok && day <= daysIn(sy, m) {
			p, ok := dayPoint(mkDate(sy, m, day))
			if !ok {
				return cand{}, false
			}
			return cand{end: end, typ: Date, p: p, rule: "month-day/sentence-year",
				why: fmt.Sprintf("%s %d in %d, the year of %q earlier in the sentence", monthNames[m], day, sy, txt)}, true
		}
		ts, c := t.dateTense(start, end, false)
		// A past verb governing the day ("met on March 3", "was signed
		// Feb. 20") leaves it no room after the anchor but a story's few
		// days of delay; a past cue further away (a dividend "declared,
		// payable Dec. 15") may belong to another clause, so a season's
		// slack is kept.
		slack := 92
		if ts == tensePast && !c.complement && (t.pastVerbGoverns(start) || t.frameVerbGoverns(start, end)) {
			slack = maxWritingDelay
			c.why = c.quotedWhy() + " and governs the day"
		}
		y = nearestYear(a, ts, func(y int) int {
			if day > daysIn(y, m) {
				return 1 << 20
			}
			return int(mkDate(y, m, day) - a)
		}, slack)
		if day > daysIn(y, m) {
			return cand{}, false
		}
		wdYear := false
		if wd != 0 && weekdayNum(y, m, day) != wd {
			// "Saturday, April 25": the weekday names the year when the
			// nearest one does not have it (the year before or after).
			for _, alt := range [2]int{y - 1, y + 1} {
				if validYear(alt) && day <= daysIn(alt, m) && weekdayNum(alt, m, day) == wd {
					y, wdYear = alt, true
					break
				}
			}
		}
		rule = monthDayRules[ts]
		if wdYear {
			p, ok := dayPoint(mkDate(y, m, day))
			if !ok {
				return cand{}, false
			}
			return cand{end: end, typ: Date, p: p, rule: "month-day/weekday-year",
				why: fmt.Sprintf("%s %d in %d, the year near anchor %s in which it is a %s", monthNames[m], day, y, t.anchorName(), mkDate(y, m, day).Weekday())}, true
		}
		// Each explanation is one concatenation, so one allocation.
		side := c.sideWhy()
		if ts == tensePast && mkDate(y, m, day) > a {
			// (the slack above: the past verb is another phrase's)
			side = ", within a season after it (" + c.quotedWhy() + " but does not govern the day)"
		}
		why = monthNames[m] + " " + strconv.Itoa(day) + " in year " + strconv.Itoa(y) + ", nearest to anchor " + t.anchorName() + side
	}
	p, ok := dayPoint(mkDate(y, m, day))
	if !ok {
		return cand{}, false
	}
	return cand{end: end, typ: Date, p: p, rule: rule, why: why}, true
}

// weekdayNum is the weekday of y-m-d as the lexicon numbers weekdays:
// Monday 1 … Sunday 7.
func weekdayNum(y, m, d int) int {
	wd := int(mkDate(y, m, d).Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// bareMonth resolves a month name with no year: "in March". The clause's
// tense picks the occurrence (past → the most recent on or before the
// anchor's month, future → the next on or after it); with no cue, the
// nearest occurrence.
func (t *tagger) bareMonth(j, m int) (cand, bool) {
	a := t.a.Date
	ay, am := a.Year(), int(a.Month())
	if sy, txt, ok := t.sentenceYear(j); ok {
		p, ok := monthPoint(sy, m)
		if !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "month/sentence-year",
			why: fmt.Sprintf("%s %d, the year of %q earlier in the sentence", monthNames[m], sy, txt)}, true
	}
	ts, c := t.dateTense(j, j+1, false)
	slack := 1
	if ts == tensePast && t.lastPastBefore(j) {
		slack = 0 // "the two leaders last met in Astana in October": the most recent October
	}
	y := nearestYear(a, ts, func(y int) int { return (y-ay)*12 + m - am }, slack)
	p, ok := monthPoint(y, m)
	if !ok {
		return cand{}, false
	}
	why := monthNames[m] + " " + strconv.Itoa(y) + ", nearest to anchor " + t.anchorName() + c.sideWhy()
	rule := monthRules[ts]
	return cand{end: j + 1, typ: Date, p: p, rule: rule, why: why}, true
}

// lastPastBefore reports "last" before a verb in the past in the clause
// before token j ("last met", "last visited"): the most recent occurrence,
// which leaves a month no slack towards the future, as a past cue further
// off ("announced a cutback in its supply in September") may need.
func (t *tagger) lastPastBefore(j int) bool {
	for k := j - 1; k > 0 && k >= j-maxCueDistance; k-- {
		if t.sentenceEnd(k) || t.punct(k, ',') {
			return false
		}
		if t.word(k-1) == "last" {
			if c, ok := t.cueAt(k); ok && c.ts == tensePast {
				return true
			}
		}
	}
	return false
}

// numericDateAt matches all-digit dates: 2022-01-10, 2022/01/10 and the US
// order 1/10/2022 (month first; a first number above 12 means day first).
func (t *tagger) numericDateAt(i int) (cand, bool) {
	a, na, ok := t.num(i, 4)
	if !ok {
		return cand{}, false
	}
	sep := byte(0)
	switch {
	case t.punct(i+1, '-') && t.glued(i+1):
		sep = '-'
	case t.punct(i+1, '/') && t.glued(i+1):
		sep = '/'
	default:
		return cand{}, false
	}
	b, nb, ok := t.num(i+2, 2)
	if !ok || !t.glued(i+2) || !t.punct(i+3, sep) || !t.glued(i+3) {
		return cand{}, false
	}
	c, nc, ok := t.num(i+4, 4)
	if !ok || !t.glued(i+4) {
		return cand{}, false
	}
	if t.glued(i+5) && (t.toks[i+5].kind == tNum || t.toks[i+5].kind == tWord) {
		return cand{}, false
	}
	var y, m, d int
	var order string
	switch {
	case na == 4 && nc <= 2:
		y, m, d, order = a, b, c, "year-month-day"
	case na <= 2 && (nc == 4 || nc == 2) && sep == '/':
		y, m, d, order = c, a, b, "month/day/year (US order)"
		if a > 12 && b <= 12 {
			m, d, order = b, a, "day/month/year (first number above 12)"
		}
		if nc == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
	default:
		return cand{}, false
	}
	_ = nb
	if m < 1 || m > 12 || d < 1 || !validYear(y) || d > daysIn(y, m) {
		return cand{}, false
	}
	p, ok := dayPoint(mkDate(y, m, d))
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 5, typ: Date, p: p, rule: "numeric-date", why: "numeric date read as " + order}, true
}

// maxFutureSlackDays bounds how far before the anchor a date of a
// future-tense clause may fall: "will attend the summit on 5 October",
// said on January 3, is next October, however near last October is. A
// few weeks are allowed, since a story may be filed days after it was
// written, and a cue read wrongly must not move a date by a year.
const maxFutureSlackDays = 31

// futureSlack is the slack of a future-tense clause for a reading whose
// slack is s (days, or months for a month's name).
func futureSlack(s int) int { return min(s, maxFutureSlackDays) }

// nearestYear chooses the year of a date written without one: of the
// occurrences in the anchor's year and the years either side, the nearest
// to the anchor (dist(y) is the signed distance of year y's occurrence,
// positive after the anchor). A past-tense clause rules out occurrences
// more than slack units after the anchor, a future one those more than
// slack units before it: "held talks in December", said in January, is
// last December; "will meet in January", said in December, next January.
func nearestYear(a date.Date, ts tense, dist func(y int) int, slack int) int {
	ay := a.Year()
	best, bestD := ay, 1<<30
	for pass := 0; pass < 2; pass++ {
		for y := ay - 1; y <= ay+1; y++ {
			d := dist(y)
			if d >= 1<<20 {
				continue
			}
			if pass == 0 && ((ts == tensePast && d > slack) || (ts == tenseFuture && d < -futureSlack(slack))) {
				continue
			}
			ad := d
			if ad < 0 {
				ad = -ad
			}
			if ad < bestD {
				best, bestD = y, ad
			}
		}
		if bestD < 1<<30 {
			break
		}
	}
	return best
}

// hedges are what a speaker may put, between commas, inside a date
// before its year: "in June, I believe, of 2020".
var hedges = [][]string{
	{"i", "believe"}, {"i", "think"}, {"i", "recall"}, {"as", "i", "recall"}, {"i", "guess"},
	{"if", "i", "am", "not", "mistaken"}, {"if", "i", "remember", "correctly"},
	{"if", "i", "recall", "correctly"}, {"if", "memory", "serves"}, {"it", "seems"},
}

// afterHedge returns the token after a hedge written between commas at k
// (", I believe,"), or k when there is none.
func (t *tagger) afterHedge(k int) int {
	if !t.punct(k, ',') {
		return k
	}
	for _, h := range hedges {
		j := k + 1
		for _, w := range h {
			if t.word(j) != w {
				j = -1
				break
			}
			j++
		}
		if j > 0 && t.punct(j, ',') {
			return j + 1
		}
	}
	return k
}
