package resolve

import (
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Durations ("two years", "the past three months", "a five-year plan"),
// dates counted from the anchor ("two days ago", "a year earlier"), sets
// ("every week", "annually") and the TimeML references PRESENT_REF,
// PAST_REF and FUTURE_REF ("now", "recently", "in the future").

// unitInfo says how a unit is written in a TimeML duration: a count of
// letter, multiplied by mult; time units go after the "T".
type unitInfo struct {
	letter string
	mult   int
	isTime bool
	vague  string // the letter used with an unknown count: PXY, PXE …
}

var unitInfos = map[int]unitInfo{
	uDay:        {"D", 1, false, "D"},
	uWeek:       {"W", 1, false, "W"},
	uMonth:      {"M", 1, false, "M"},
	uYear:       {"Y", 1, false, "Y"},
	uDecade:     {"Y", 10, false, "E"},
	uCentury:    {"Y", 100, false, "C"},
	uMillennium: {"Y", 1000, false, "L"},
	uFortnight:  {"W", 2, false, "W"},
	uQuarter:    {"Q", 1, false, "Q"},
	uHour:       {"H", 1, true, "H"},
	uMinute:     {"M", 1, true, "M"},
	uSecond:     {"S", 1, true, "S"},
}

// durationValue is the TimeML value of n units; n < 0 means an unknown
// count ("several years" is PXY).
func durationValue(n, unit int) string {
	ui := unitInfos[unit]
	p := "P"
	if ui.isTime {
		p = "PT"
	}
	if n < 0 {
		return p + "X" + ui.vague
	}
	return p + strconv.Itoa(n*ui.mult) + ui.letter
}

// countAt reads a count at i: "3", "twenty four", "two hundred", "a", "an",
// "a few", "several", "a couple of", "a dozen". n is -1 for counts that are
// not numbers. article is true for a bare "a"/"an".
func (t *tagger) countAt(i int) (n int, end int, article bool, ok bool) {
	if v, nd, ok := t.num(i, 6); ok && nd >= 1 {
		return v, i + 1, false, true
	}
	w := t.word(i)
	switch w {
	case "a", "an":
		switch t.word(i + 1) {
		case "few":
			return -1, i + 2, false, true
		case "couple":
			if t.word(i+2) == "of" {
				return 2, i + 3, false, true
			}
			return 2, i + 2, false, true
		case "dozen":
			return 12, i + 2, false, true
		case "hundred":
			return 100, i + 2, false, true
		case "thousand":
			return 1000, i + 2, false, true
		}
		return 1, i + 1, true, true
	case "few", "several", "many", "numerous":
		return -1, i + 1, false, true
	case "couple":
		if t.word(i+1) == "of" {
			return 2, i + 2, false, true
		}
		return 0, 0, false, false
	}
	v, j, ok := t.numberWordsAt(i)
	if !ok {
		return 0, 0, false, false
	}
	if t.word(j) == "hundred" {
		v *= 100
		j++
	} else if t.word(j) == "thousand" {
		v *= 1000
		j++
	}
	return v, j, false, true
}

// durationLeads may open a duration: "the past three months", "the next
// two weeks", "the first nine months".
var durationLeads = map[string]bool{"past": true, "last": true, "next": true, "coming": true,
	"previous": true, "first": true, "final": true, "following": true, "initial": true,
	"remaining": true, "preceding": true}

// unitFillers may stand between a count and its unit: "20 more years",
// "eight trading days".
var unitFillers = map[string]bool{"more": true, "additional": true, "straight": true,
	"consecutive": true, "full": true, "trading": true, "business": true, "working": true,
	"calendar": true, "long": false, "extra": true, "other": true}

// durationAt matches durations and anchor-counted dates.
func (t *tagger) durationAt(i int) (cand, bool) {
	j := i
	the := t.word(j) == "the"
	if the {
		j++
	}
	lead := ""
	// The cheap tests go first: most tokens are none of these, and then
	// the map is not consulted.
	if w := t.word(j); (the || w == "past" || w == "next" || w == "last") && durationLeads[w] {
		lead = t.word(j)
		j++
	}
	n, k, article, ok := t.countAt(j)
	if !ok {
		return cand{}, false
	}
	countEnd := k
	if article && (the || lead != "") {
		return cand{}, false
	}
	hyphen := false
	if t.punct(k, '-') && t.glued(k) {
		hyphen = true
		k++
		if the {
			return cand{}, false // "the 90-minute call": the span starts at the number
		}
	}
	// "2 1/2 years", "two and a half years": a half after the count.
	half := false
	if !hyphen && n >= 0 && !article {
		if t.isHalfFraction(k) {
			half, k = true, k+3
		} else if t.andAHalf(k) && n > 0 {
			half, k = true, k+3
		}
	}
	// A filler is never itself a unit (see TestUnitFillersAreNotUnits), so
	// the filler test is needed only when token k is not a unit; the
	// lexicon flags the fillers (fFiller), which spares a map lookup.
	u, ok := t.is(k, cUnit)
	if !ok && !hyphen && k < len(t.toks) && t.toks[k].kind == tWord && t.toks[k].lex.flags&fFiller != 0 {
		k++
		u, ok = t.is(k, cUnit)
	}
	if !ok {
		// "12 to 18 months", "two or three days": the first bound of a
		// range, its unit written only after the second.
		return t.countRange(i, countEnd, n, article)
	}
	isPlural := u&plural != 0
	u &^= plural
	// "52 years old", "a 136-year-old bank": an age, which news and the
	// TimeML corpora do not mark as a stretch of time.
	if w := t.word(k + 1); w == "old" || (t.punct(k+1, '-') && t.glued(k+1) && t.word(k+2) == "old") {
		return cand{}, false
	}
	// "a year-earlier figure", "the year-end": not a count of units; "a
	// decade-long war": the adjective is unitLongAt's.
	if t.punct(k+1, '-') && t.glued(k+1) && (yearAdjectives[t.word(k+2)] || article && t.word(k+2) == "long") {
		return cand{}, false
	}
	// "the 1988 quarter" is a year, not 1988 quarters.
	if (the || lead != "" || !isPlural) && n > 999 {
		return cand{}, false
	}
	if _, known := unitInfos[u]; !known {
		return cand{}, false
	}
	switch {
	case u == uSecond && (article || n < 0 && !isPlural):
		return cand{}, false // "a second term"
	case u == uQuarter && t.word(k+1) == "of" && !(isPlural && n < 0):
		return cand{}, false // "a quarter of the vote", but "several quarters of losses"
	case isPlural && n == 1:
		return cand{}, false
	case !isPlural && n < 0 && !article && !hyphen:
		return cand{}, false // "several year" is not English; "a several-year tenure" is
	}
	end := k + 1
	if !half && n >= 0 && t.andAHalf(end) {
		half, end = true, end+3 // "a minute and a half"
	}
	startsWithCount := !the && lead == ""
	// "two days ago", "a year earlier", "three days later".
	if startsWithCount && !half {
		if c, ok := t.shifted(i, end, n, u); ok {
			return c, true
		}
	}
	// "15 a year", "$5 a year", "four flights a week", "twice a day": a
	// rate, which TimeML tags as a SET on "a year".
	if article && (t.punct(j-1, '%') || rateWords[t.word(j-1)] || t.amountBefore(j)) {
		return cand{end: end, typ: Set, value: durationValue(1, u), rule: "set/rate",
			why: t.text[t.toks[j].start:t.toks[end-1].end] + " after an amount: once per " + unitNames[u]}, true
	}
	// "Islam will one day be …", "she may one day lead": some day to come.
	if n == 1 && u == uDay && !isPlural && !half && t.word(j) == "one" && modalWords[t.word(j-1)] {
		return cand{end: end, typ: Date, value: refValues[refFuture], rule: "ref/one-day",
			why: "one day after " + strconv.Quote(t.word(j-1)) + ": some day to come"}, true
	}
	v := durationValue(n, u)
	if half {
		v = halfDurationValue(n, u)
	}
	why := "a duration of " + t.text[t.toks[j].start:t.toks[end-1].end]
	if n < 0 {
		why += " (count not given)"
	}
	return cand{end: end, typ: Duration, value: v, rule: "duration", why: why, count: startsWithCount}, true
}

// modalWords before "one day" make it some day in the future.
var modalWords = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true,
	"can": true, "should": true, "shall": true, "ll": true}

// isHalfFraction reports whether tokens i… spell "1/2" glued together, as
// in "2 1/2 years".
func (t *tagger) isHalfFraction(i int) bool {
	one, _, ok := t.num(i, 1)
	two, _, ok2 := t.num(i+2, 1)
	return ok && ok2 && one == 1 && two == 2 && t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2)
}

// andAHalf reports whether the tokens at i are "and a half".
func (t *tagger) andAHalf(i int) bool {
	return t.word(i) == "and" && t.word(i+1) == "a" && t.word(i+2) == "half"
}

// halfUnits says how half of a unit is written in the next smaller unit,
// so that "two and a half years" is P2Y6M and "a minute and a half"
// PT1M30S, as TimeML writes them; units without an exact half in a smaller
// unit take a decimal ("P1.5W").
var halfUnits = map[int]string{uYear: "6M", uDay: "T12H", uHour: "30M", uMinute: "30S"}

// halfDurationValue is the TimeML value of n and a half units.
func halfDurationValue(n, unit int) string {
	ui := unitInfos[unit]
	if h, ok := halfUnits[unit]; ok {
		return durationValue(n, unit) + h
	}
	p := "P"
	if ui.isTime {
		p = "PT"
	}
	if ui.mult%2 == 0 { // decades, centuries, fortnights: a whole number
		return p + strconv.Itoa(n*ui.mult+ui.mult/2) + ui.letter
	}
	return p + strconv.Itoa(n*ui.mult) + ".5" + ui.letter
}

// shifted resolves "N units ago/earlier/later/hence" (and "before" or
// "after" at the end of a clause) against the anchor.
func (t *tagger) shifted(i, e, n, u int) (cand, bool) {
	// "a week or so ago": the hedge does not change the day counted.
	if t.word(e) == "or" && t.word(e+1) == "so" {
		if _, ok := t.is(e+2, cShift); ok {
			e += 2
		}
	}
	w := t.word(e)
	dir, ok := t.is(e, cShift)
	end := e + 1
	switch {
	case !ok:
		// "two weeks from now" is, as TimeML writes it, a duration ("two
		// weeks") and a reference ("now"), each tagged on its own.
		return cand{}, false
	case w == "before" || w == "after":
		// "two days before the vote" names a day relative to the vote,
		// not to the anchor: only a clause-final "before" counts.
		if nt := e + 1; nt < len(t.toks) && t.toks[nt].kind != tPunct {
			return cand{}, false
		}
	case (w == "earlier" || w == "later") && t.word(e+1) == "than":
		// "three days earlier than planned": a duration, as TimeML
		// tags it, compared with another time.
		return cand{}, false
	}
	if n < 0 {
		v := refValues[refPast]
		if dir > 0 {
			v = refValues[refFuture]
		}
		return cand{end: end, typ: Date, value: v, rule: "ref/vague-shift", count: true,
			why: "an unstated number of units " + w + " the anchor"}, true
	}
	a := t.a.Date
	from := "anchor " + t.anchorName()
	// "Three days later", "a week earlier" count from the day the story
	// has just named ("They met on March 3. Three days later …"); "ago"
	// always counts from the anchor.
	if w != "ago" && w != "from" && w != "hence" && u != uYear {
		if ref, txt, ok := t.lastDay(i); ok {
			a, from = ref, fmt.Sprintf("%q, the day named just before (not the anchor)", txt)
		}
	}
	ay, am, _ := a.Date()
	var p point
	switch u {
	case uDay:
		p, ok = dayPoint(a + date.Date(dir*n))
	case uWeek, uFortnight:
		m := 1
		if u == uFortnight {
			m = 2
		}
		p, ok = weekPoint(a + date.Date(7*dir*n*m))
	case uMonth:
		p, ok = monthPoint(ay, int(am)+dir*n)
	case uQuarter:
		p, ok = quarterPoint(ay, quarterOf(int(am))+dir*n)
	case uYear:
		if n == 1 {
			if c, ok := t.yearBeforeQuarter(i, end, dir); ok {
				return c, true
			}
		}
		p, ok = yearPoint(ay + dir*n)
	case uDecade:
		p, ok = yearPoint(ay + 10*dir*n)
	case uCentury:
		p, ok = yearPoint(ay + 100*dir*n)
	default:
		return cand{}, false
	}
	if !ok {
		return cand{}, false
	}
	return cand{end: end, typ: Date, p: p, rule: "shift/" + w, count: true,
		why: fmt.Sprintf("%s: %s moved %+d %s", t.text[t.toks[i].start:t.toks[end-1].end], from, dir*n, unitNames[u])}, true
}

var unitNames = map[int]string{uDay: "day(s)", uWeek: "week(s)", uFortnight: "fortnight(s)", uMonth: "month(s)",
	uQuarter: "quarter(s)", uYear: "year(s)", uDecade: "decade(s)", uCentury: "century(ies)"}

// rateWords before "a year", "a month" make it a rate ("cents a share a
// year", "times a day") rather than a duration.
var rateWords = map[string]bool{"percent": true, "cents": true, "dollars": true, "times": true,
	"once": true, "twice": true, "thrice": true, "share": true}

// unitLongAt matches "decade-long", "week-long", "hour-long": an adjective
// of one unit's length (P10Y, P1W, PT1H).
func (t *tagger) unitLongAt(i int) (cand, bool) {
	u, ok := t.is(i, cUnit)
	if !ok || u&plural != 0 || !t.punct(i+1, '-') || !t.glued(i+1) || t.word(i+2) != "long" || !t.glued(i+2) {
		return cand{}, false
	}
	if _, known := unitInfos[u]; !known {
		return cand{}, false
	}
	return cand{end: i + 3, typ: Duration, value: durationValue(1, u), rule: "duration/long-adjective",
		why: t.word(i) + "-long: a duration of one " + t.word(i)}, true
}

// rangeWords join the two bounds of a range of counts: "12 to 18 months".
var rangeWords = map[string]bool{"to": true, "and": true, "or": true}

// countRange matches the first bound of a range of counts whose unit is
// written after the second: the "12" of "12 and 18 months", "12 to 18
// months", "12-18 months", "two or three days". TimeML tags each bound on
// its own; the first takes the unit of the second (P12M), and the second
// is found as a duration of its own when scanning goes on.
func (t *tagger) countRange(i, countEnd, n int, article bool) (cand, bool) {
	if n < 0 || article {
		return cand{}, false
	}
	k := countEnd
	switch {
	case (t.punct(k, '-') || t.tokText(k) == "–") && t.glued(k) && t.glued(k+1):
		k++
	case rangeWords[t.word(k)]:
		k++
	default:
		return cand{}, false
	}
	n2, e2, article2, ok := t.countAt(k)
	if !ok || article2 || n2 <= n {
		return cand{}, false
	}
	u, ok := t.is(e2, cUnit)
	if !ok || u&plural == 0 {
		return cand{}, false
	}
	u &^= plural
	if _, known := unitInfos[u]; !known {
		return cand{}, false
	}
	return cand{end: countEnd, typ: Duration, value: durationValue(n, u), rule: "duration/range-start", count: true,
		why: t.text[t.toks[i].start:t.toks[countEnd-1].end] + ": the first bound of " + strconv.Quote(t.text[t.toks[i].start:t.toks[e2].end]) + ", in its unit"}, true
}
