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
		return cand{}, false
	}
	isPlural := u&plural != 0
	u &^= plural
	// "52 years old", "a 136-year-old bank": an age, which news and the
	// TimeML corpora do not mark as a stretch of time.
	if w := t.word(k + 1); w == "old" || (t.punct(k+1, '-') && t.glued(k+1) && t.word(k+2) == "old") {
		return cand{}, false
	}
	// "a year-earlier figure", "the year-end": not a count of units.
	if t.punct(k+1, '-') && t.glued(k+1) && yearAdjectives[t.word(k+2)] {
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
	// "$5 a year", "3% a month": a rate, not a stretch of time.
	if article && (t.punct(j-1, '%') || t.toks[max(j-1, 0)].kind == tNum || rateWords[t.word(j-1)]) {
		return cand{}, false
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

// setAt matches sets: "every week", "each year", "every two months", "every
// Monday", "each July", "each summer", "annually", "weekly".
func (t *tagger) setAt(i int) (cand, bool) {
	if u, ok := t.is(i, cSetAdv); ok {
		// Adverbs only: "meets annually", not "the weekly magazine".
		if w := t.word(i + 1); w != "" && !adverbFollowers[w] {
			return cand{}, false
		}
		// "grow 20% annually", "$2 million annually", "10,000 units
		// annually": a rate of an amount, not a recurring time.
		if t.amountBefore(i) {
			return cand{}, false
		}
		return cand{end: i + 1, typ: Set, value: durationValue(1, u), rule: "set/adverb",
			why: t.word(i) + ": once per " + unitNames[u]}, true
	}
	if _, ok := t.is(i, cEvery); !ok {
		return cand{}, false
	}
	j := i + 1
	n := 1
	if t.word(j) == "other" {
		n, j = 2, j+1
	} else if c, e, article, ok := t.countAt(j); ok && !article && c > 0 {
		n, j = c, e
	}
	if u, ok := t.is(j, cUnit); ok {
		u &^= plural
		if _, known := unitInfos[u]; known {
			return cand{end: j + 1, typ: Set, value: durationValue(n, u), rule: "set/every",
				why: fmt.Sprintf("every %d %s", n, unitNames[u])}, true
		}
		if u == uWeekend {
			return cand{end: j + 1, typ: Set, value: "XXXX-WXX-WE", rule: "set/every", why: "every weekend"}, true
		}
	}
	if n != 1 {
		return cand{}, false
	}
	if wd, ok := t.is(j, cWeekday); ok {
		wd &^= plural
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		e := j + 1
		if pd, ok := t.is(e, cPartDay); ok {
			v += "T" + partDayCodes[pd&^plural]
			e++
		}
		return cand{end: e, typ: Set, value: v, rule: "set/every", why: "every " + weekdayNames[wd]}, true
	}
	if m, ok := t.is(j, cMonth); ok && t.capitalized(j) {
		return cand{end: j + 1, typ: Set, value: "XXXX-" + pad(m, 2), rule: "set/every", why: "every " + monthNames[m]}, true
	}
	if s, ok := t.is(j, cSeason); ok {
		return cand{end: j + 1, typ: Set, value: "XXXX-" + seasonCodes[s], rule: "set/every", why: "every " + t.word(j)}, true
	}
	if t.word(j) == "season" {
		return cand{end: j + 1, typ: Set, value: "P3M", rule: "set/every", why: "every season (three months)"}, true
	}
	if pd, ok := t.is(j, cPartDay); ok && pd&plural == 0 {
		return cand{end: j + 1, typ: Set, value: "XXXX-XX-XXT" + partDayCodes[pd], rule: "set/every", why: "every " + t.word(j)}, true
	}
	return cand{}, false
}

// amountBefore reports whether one of the three tokens before i is a
// number or a percent sign, with no clause break between.
func (t *tagger) amountBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		tk := &t.toks[k]
		if tk.kind == tNum || t.punct(k, '%') {
			return true
		}
		if tk.kind == tPunct {
			return false
		}
	}
	return false
}

// adverbFollowers are words that can follow a frequency adverb ("meets
// annually in June") but not the adjective ("the weekly magazine").
var adverbFollowers = map[string]bool{"and": true, "or": true, "in": true, "at": true, "on": true,
	"since": true, "for": true, "to": true, "until": true, "from": true, "by": true, "through": true,
	"but": true, "with": true, "as": true, "during": true, "after": true, "before": true}

// refPhrases are fixed phrases with a TimeML reference value; need is a
// word that must precede the phrase, left out of the span ("at the time"
// is tagged "the time").
var refPhrases = []refPhrase{
	{[]string{"right", "now"}, "", refPresent},
	{[]string{"the", "present"}, "", refPresent},
	{[]string{"present"}, "at", refPresent},
	{[]string{"the", "moment"}, "at", refPresent},
	{[]string{"these", "days"}, "", refPresent},
	{[]string{"the", "time"}, "at", refPast},
	{[]string{"that", "time"}, "at", refPast},
	{[]string{"the", "past"}, "", refPast},
	{[]string{"the", "future"}, "", refFuture},
	{[]string{"the", "near", "future"}, "", refFuture},
	{[]string{"the", "distant", "future"}, "", refFuture},
	{[]string{"the", "foreseeable", "future"}, "", refFuture},
	{[]string{"the", "near", "term"}, "", refFuture},
	{[]string{"the", "short", "term"}, "", refFuture},
	{[]string{"the", "long", "term"}, "", refFuture},
	{[]string{"as", "soon", "as", "possible"}, "", refFuture},
	{[]string{"a", "later", "date"}, "at", refFuture},
	{[]string{"a", "future", "date"}, "at", refFuture},
}

// refPhrase is one entry of refPhrases.
type refPhrase struct {
	words []string
	need  string
	ref   int
}

// refPhrasesByFirst holds refPhrases grouped by first word, in table
// order, so that refAt looks at only the phrases that can match.
var refPhrasesByFirst = func() map[string][]refPhrase {
	m := make(map[string][]refPhrase)
	for _, ph := range refPhrases {
		m[ph.words[0]] = append(m[ph.words[0]], ph)
	}
	return m
}()

// refAt matches PRESENT_REF, PAST_REF and FUTURE_REF expressions: "now",
// "currently", "recently", "soon", "the past", "in the future", "at the
// time", "recent years", "coming months", "current".
func (t *tagger) refAt(i int) (cand, bool) {
	if r, ok := t.is(i, cRef); ok {
		// "soon after the talks", "as soon as January": not a reference.
		if r == refFuture && (t.word(i-1) == "as" || t.word(i+1) == "after" || t.word(i+1) == "as") {
			return cand{}, false
		}
		return cand{end: i + 1, typ: Date, value: refValues[r], rule: "ref/word",
			why: t.word(i) + " refers to " + refNames[r]}, true
	}
	next := t.word(i + 1) // tested first: it rules out most phrases
	for _, ph := range refPhrasesByFirst[t.word(i)] {
		if len(ph.words) > 1 && ph.words[1] != next {
			continue
		}
		e, ok := t.matchWords(i, ph.words)
		if !ok || (ph.need != "" && t.word(i-1) != ph.need) {
			continue
		}
		// "the past two years", "the past week" are other expressions.
		if ph.ref == refPast && ph.words[1] == "past" {
			if _, _, _, ok := t.countAt(e); ok {
				return cand{}, false
			}
			if _, ok := t.is(e, cUnit); ok {
				return cand{}, false
			}
		}
		// "the future of the alliance": the prospects of something, not a time.
		if ph.ref == refFuture && ph.words[len(ph.words)-1] == "future" && t.word(e) == "of" {
			return cand{}, false
		}
		return cand{end: e, typ: Date, value: refValues[ph.ref], rule: "ref/phrase",
			why: "a fixed phrase for " + refNames[ph.ref]}, true
	}
	// "recent years", "coming weeks", "the coming months".
	j := i
	if t.word(j) == "the" {
		j++
	}
	if rel, ok := t.is(j, cRel); ok && (rel == relRecent || rel == relComing) {
		if u, ok := t.is(j+1, cUnit); ok && u&plural != 0 {
			// "in recent months": TimeML marks the stretch itself, of
			// unstated length, as a duration (PXM).
			if ui, known := unitInfos[u&^plural]; known && rel == relRecent && !ui.isTime {
				return cand{end: j + 2, typ: Duration, value: durationValue(-1, u&^plural), rule: "duration/recent",
					why: "recent " + t.word(j+1) + ": a stretch of unstated length up to the anchor"}, true
			}
			r := refPast
			if rel == relComing {
				r = refFuture
			}
			return cand{end: j + 2, typ: Date, value: refValues[r], rule: "ref/plural-unit",
				why: "an unbounded stretch of " + t.word(j+1) + " " + map[int]string{refPast: "before", refFuture: "after"}[r] + " the anchor"}, true
		}
	}
	// "in past years", "future quarters": a plural unit with no count,
	// before or after the anchor.
	if w := t.word(i); (w == "past" || w == "future") && t.word(i-1) != "the" {
		if u, ok := t.is(i+1, cUnit); ok && u&plural != 0 && u&^plural != uSecond {
			r := refPast
			if w == "future" {
				r = refFuture
			}
			return cand{end: i + 2, typ: Date, value: refValues[r], rule: "ref/plural-unit",
				why: w + " " + t.word(i+1) + ": an unbounded stretch " + map[int]string{refPast: "before", refFuture: "after"}[r] + " the anchor"}, true
		}
	}
	// "recent" before a noun: "the recent sale" refers to the past.
	if t.word(i) == "recent" && t.word(i+1) != "" {
		if _, ok := t.is(i+1, cUnit); !ok {
			return cand{end: i + 1, typ: Date, value: refValues[refPast], rule: "ref/recent",
				why: "recent refers to the past"}, true
		}
	}
	// "current" before anything that is not a time unit: "current conditions".
	if t.word(i) == "current" {
		if _, ok := t.is(i+1, cUnit); !ok && t.word(i+1) != "fiscal" && t.toks[i].kind == tWord {
			return cand{end: i + 1, typ: Date, value: refValues[refPresent], rule: "ref/current",
				why: "current refers to the present"}, true
		}
	}
	return cand{}, false
}

var refNames = [...]string{"", "the present", "the past", "the future"}

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

// rateWords before "a year", "a month" make it a rate ("cents a share a
// year", "times a day") rather than a duration.
var rateWords = map[string]bool{"percent": true, "cents": true, "dollars": true, "times": true,
	"once": true, "twice": true, "thrice": true, "share": true}

// barePluralAt matches a unit in the plural with no count after "for",
// "within", "in", "over": "for years", "within weeks" — a duration of
// unstated length (PXY, PXW).
func (t *tagger) barePluralAt(i int) (cand, bool) {
	u, ok := t.is(i, cUnit)
	if !ok || u&plural == 0 {
		return cand{}, false
	}
	u &^= plural
	if _, known := unitInfos[u]; !known || u == uQuarter || u == uSecond {
		return cand{}, false
	}
	prev := t.word(i - 1)
	if t.punct(i+1, '-') {
		return cand{}, false
	}
	// "for years", and "after months of talks": before "of" only after a
	// preposition or verb that takes a stretch of time, not after a
	// determiner or adjective ("the heady days of").
	if t.word(i+1) == "of" {
		if !barePluralPreps[prev] && !stretchOfWords[prev] {
			return cand{}, false
		}
	} else if !barePluralPreps[prev] {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Duration, value: durationValue(-1, u), rule: "duration/bare-plural",
		why: t.word(i-1) + " " + t.word(i) + ": a duration of unstated length"}, true
}

var barePluralPreps = map[string]bool{"for": true, "within": true, "in": true, "over": true}

// stretchOfWords are words before "months of talks", "years of war" that
// make the plural a stretch of time.
var stretchOfWords = map[string]bool{"after": true, "follows": true, "followed": true, "following": true,
	"despite": true, "amid": true, "ending": true, "ends": true, "ended": true, "caps": true, "capped": true,
	"took": true, "takes": true, "spent": true, "spend": true, "through": true, "during": true}
