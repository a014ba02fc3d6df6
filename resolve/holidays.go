package resolve

import (
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Holidays: "Christmas", "Christmas Eve", "New Year's Day", "Easter",
// "Good Friday", "Thanksgiving", "Ramadan" (a month of the Islamic
// calendar, a period of days). Without a year the clause's tense picks
// the occurrence, as for a month; "last Christmas", "next Easter", "this
// Ramadan" count from the anchor; "Christmas 2021" is as written.

// holiday is one row of the holiday table.
type holiday struct {
	// words are the holiday's tokens in lower case; "'" stands for an
	// apostrophe, straight or curly ("New Year's Day").
	words []string
	name  string
	// days returns the holiday's days whose first day falls in Gregorian
	// year y (Ramadan may begin twice in one year, in 1997 for one).
	days func(y int) []Range
	// period is set for a holiday of many days, whose value is its first
	// day and whose range runs to its last (the convention of "January
	// 18-21").
	period bool
}

// holidays is the table, longest phrase first for each first word.
var holidays = []holiday{
	{[]string{"orthodox", "christmas"}, "Orthodox Christmas", fixedDay(1, 7), false},
	{[]string{"christmas", "eve"}, "Christmas Eve", fixedDay(12, 24), false},
	{[]string{"christmas", "day"}, "Christmas Day", fixedDay(12, 25), false},
	{[]string{"christmas"}, "Christmas", fixedDay(12, 25), false},
	{[]string{"new", "year", "'", "s", "eve"}, "New Year's Eve", fixedDay(12, 31), false},
	{[]string{"new", "year", "'", "s", "day"}, "New Year's Day", fixedDay(1, 1), false},
	{[]string{"new", "year", "'", "s"}, "New Year's Day", fixedDay(1, 1), false},
	{[]string{"new", "year"}, "New Year's Day", fixedDay(1, 1), false},
	{[]string{"good", "friday"}, "Good Friday", easterDay(-2), false},
	{[]string{"easter", "sunday"}, "Easter Sunday", easterDay(0), false},
	{[]string{"easter", "monday"}, "Easter Monday", easterDay(1), false},
	{[]string{"easter"}, "Easter Sunday", easterDay(0), false},
	{[]string{"thanksgiving", "day"}, "Thanksgiving (US)", thanksgiving, false},
	{[]string{"thanksgiving"}, "Thanksgiving (US)", thanksgiving, false},
	{[]string{"ramadan"}, "Ramadan", islamicMonth(9), true},
}

// holidaysByFirst holds the holidays by first word, in table order.
var holidaysByFirst = func() map[string][]holiday {
	m := map[string][]holiday{}
	for _, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], h)
	}
	return m
}()

// notHolidayNext are words after a holiday's name that make it part of
// another name or a thing: "Christmas Island", "Easter eggs", "the
// Easter Rising".
var notHolidayNext = map[string]bool{"island": true, "islands": true, "tree": true, "trees": true,
	"card": true, "cards": true, "carol": true, "carols": true, "egg": true, "eggs": true, "bunny": true,
	"rising": true, "lily": true, "lilies": true, "pudding": true}

// notHolidayBefore are words before a holiday's name that make it another
// holiday: "Lunar New Year", "Chinese New Year" fall on other days.
var notHolidayBefore = map[string]bool{"lunar": true, "chinese": true, "jewish": true, "persian": true,
	"islamic": true, "hijri": true, "iranian": true, "vietnamese": true, "korean": true, "tibetan": true}

// holidayGreetings are nouns a holiday's name qualifies that point to its
// coming or current occurrence, whatever the tense: "exchanged Christmas
// greetings" in mid-December wishes a Christmas ahead.
var holidayGreetings = map[string]bool{"greetings": true, "greeting": true, "wishes": true,
	"message": true, "messages": true, "holidays": true, "holiday": true, "season": true,
	"break": true, "recess": true, "truce": true, "ceasefire": true, "celebrations": true,
	"festivities": true, "address": true}

// holidayPeriods are the nouns of holidayGreetings that name the time of
// the holiday itself, which a past tense puts in the past as it does the
// holiday's name: "spent the Christmas holidays in Rome", "visited over
// the Easter holiday". A greeting or a truce looks ahead whatever the
// tense.
var holidayPeriods = map[string]bool{"holidays": true, "holiday": true, "season": true, "break": true, "recess": true,
	"celebrations": true, "festivities": true}

// fixedDay is a holiday on the same day every year.
func fixedDay(m, d int) func(int) []Range {
	return func(y int) []Range {
		if !validYear(y) {
			return nil
		}
		day := mkDate(y, m, d)
		return []Range{{day, day}}
	}
}

// easterDay is a holiday off days from Easter Sunday (Gregorian computus).
func easterDay(off int) func(int) []Range {
	return func(y int) []Range {
		if !validYear(y) || y < 1583 {
			return nil
		}
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		n := h + l - 7*m + 114
		day := mkDate(y, n/31, n%31+1) + date.Date(off)
		return []Range{{day, day}}
	}
}

// thanksgiving is the fourth Thursday of November (the US holiday).
func thanksgiving(y int) []Range {
	if !validYear(y) {
		return nil
	}
	first := mkDate(y, 11, 1)
	thu := first + date.Date((4-isoWeekday(first)+7)%7)
	day := thu + 21
	return []Range{{day, day}}
}

// islamicMonth is month m of the Islamic year, by the tabular (arithmetic)
// calendar, which falls within a day of the month as the sighting of the
// moon begins it.
func islamicMonth(m int) func(int) []Range {
	return func(y int) []Range {
		if !validYear(y) || !validYear(y+1) || y < 700 {
			return nil
		}
		// The Islamic year in which Gregorian year y begins, and the next
		// two: their month m may begin in y.
		h0 := (y-622)*33/32 - 1
		var out []Range
		for h := h0; h <= h0+3; h++ {
			first := islamicDay(h, m, 1)
			if first.Year() != y {
				continue
			}
			out = append(out, Range{first, islamicDay(h, m+1, 1) - 1})
		}
		return out
	}
}

// islamicDay is day d of month m of Islamic year h (tabular calendar,
// civil epoch 16 July 622); month 13 is month 1 of the next year.
func islamicDay(h, m, d int) date.Date {
	if m > 12 {
		h, m = h+1, m-12
	}
	jdn := d + (59*(m-1)+1)/2 + (h-1)*354 + (3+11*h)/30 + 1948439
	return date.Date(jdn - 1721426) // 1721426: the day number of 1 January 1
}

// holidayName reads the holiday named at token i, written with a capital:
// the holiday and the token after its name.
func (t *tagger) holidayName(i int) (holiday, int, bool) {
	if !t.capitalized(i) {
		return holiday{}, 0, false
	}
	for _, h := range holidaysByFirst[t.word(i)] {
		j := i
		ok := true
		for _, w := range h.words {
			if w == "'" {
				ok = t.apos(j) && t.glued(j)
			} else {
				ok = t.word(j) == w && (j == i || t.capitalized(j) || w == "s")
			}
			if !ok {
				break
			}
			j++
		}
		if !ok || notHolidayNext[t.word(j)] || notHolidayBefore[t.word(i-1)] {
			continue
		}
		// "Tariq Ramadan", "Taha Yassin Ramadan": a capitalised word
		// before, inside a sentence, makes the word a surname.
		if len(h.words) == 1 && t.capitalized(i-1) && !t.sentenceStart(i-1) && !t.isHolidayContext(i-1) {
			return holiday{}, 0, false
		}
		return h, j, true
	}
	return holiday{}, 0, false
}

// isHolidayContext reports whether the capitalised word at i may stand
// before a holiday's name without making it a surname: "Merry Christmas",
// "Happy Easter", "Orthodox Christmas".
func (t *tagger) isHolidayContext(i int) bool {
	switch t.word(i) {
	case "merry", "happy", "orthodox", "catholic", "holy", "before", "after", "on", "at", "during", "since", "until":
		return true
	}
	return false
}

// holidayPoint is the point of one occurrence of h.
func holidayPoint(h holiday, r Range) (point, bool) {
	p, ok := dayPoint(r.First)
	if ok {
		p.rng = r
	}
	return p, ok
}

// occurrences are h's days beginning in years y0 to y1.
func (h holiday) occurrences(y0, y1 int) []Range {
	var out []Range
	for y := y0; y <= y1; y++ {
		out = append(out, h.days(y)...)
	}
	return out
}

// holidayAt matches a holiday: "Christmas", "at Easter 2021", "during
// Ramadan", "New Year's Eve".
func (t *tagger) holidayAt(i int) (cand, bool) {
	h, e, ok := t.holidayName(i)
	if !ok {
		return cand{}, false
	}
	rule := "holiday"
	if h.period {
		rule = "holiday/period"
	}
	// A year written after it: "Christmas 2021", "Easter of 1998".
	k := e
	if t.word(k) == "of" {
		k++
	}
	if y, ye, ok := t.yearNumAt(k); ok {
		if occ := h.days(y); len(occ) > 0 {
			p, ok := holidayPoint(h, occ[0])
			if !ok {
				return cand{}, false
			}
			return cand{end: ye, typ: Date, p: p, rule: rule + "/year",
				why: h.name + " " + strconv.Itoa(y) + " as written" + h.span(occ[0])}, true
		}
	}
	a := t.a.Date
	ts, c := t.dateTense(i, e, false)
	if noun, ok := t.holidayNoun(e); ok && !(ts == tensePast && holidayPeriods[noun]) {
		// (but "visited Lima over the Easter holiday": a period of the
		// holiday told in the past is the last one)
		ts, c = tenseNone, cue{why: "the " + h.name + " of " + noun + " is the coming or current one"}
	}
	occ := h.occurrences(a.Year()-1, a.Year()+1)
	r, ok := pickOccurrence(a, ts, occ)
	if !ok {
		return cand{}, false
	}
	p, ok := holidayPoint(h, r)
	if !ok {
		return cand{}, false
	}
	why := fmt.Sprintf("%s %d, nearest to anchor %s", h.name, r.First.Year(), t.anchorName()) + c.sideWhy() + h.span(r)
	return cand{end: e, typ: Date, p: p, rule: rule + "/" + map[tense]string{tenseNone: "nearest", tensePast: "past-tense", tenseFuture: "future-tense"}[ts], why: why}, true
}

// span explains the days of a holiday of many days.
func (h holiday) span(r Range) string {
	if !h.period {
		return ""
	}
	return fmt.Sprintf("; %s to %s by the tabular Islamic calendar (the sighting of the moon may shift it a day)", r.First, r.Last)
}

// pickOccurrence chooses among the occurrences of a period the one a
// clause of tense ts means, as nearestYear does for months: past, the
// latest that has begun by the anchor; future, the first that has not
// ended; else the nearest.
func pickOccurrence(a date.Date, ts tense, occ []Range) (Range, bool) {
	best, bestD, found := Range{}, 1<<30, false
	for pass := 0; pass < 2 && !found; pass++ {
		for _, r := range occ {
			d := 0 // signed distance from the anchor, 0 inside the period
			switch {
			case a < r.First:
				d = int(r.First - a)
			case a > r.Last:
				d = -int(a - r.Last)
			}
			if pass == 0 && (ts == tensePast && d > 0 || ts == tenseFuture && d < 0) {
				continue
			}
			if ad := max(d, -d); ad < bestD {
				best, bestD, found = r, ad, true
			}
		}
	}
	return best, found
}

// relHoliday resolves "last Christmas" (the most recent that has ended),
// "next Easter" (the first to begin after the anchor), "this Ramadan" (the
// one of the anchor's year, or under way).
func (t *tagger) relHoliday(r *relPhrase) (cand, bool) {
	h, e, ok := t.holidayName(r.j)
	if !ok {
		return cand{}, false
	}
	a := t.a.Date
	occ := h.occurrences(a.Year()-2, a.Year()+2)
	var pick Range
	found := false
	for _, o := range occ {
		switch {
		case r.dir < 0 && o.Last < a:
			pick, found = o, true // the latest so far
		case r.dir > 0 && o.First > a && !found:
			pick, found = o, true
		case r.dir == 0 && (o.First.Year() == a.Year() || o.First <= a && a <= o.Last):
			pick, found = o, true
		}
	}
	if !found {
		return cand{}, false
	}
	p, ok := holidayPoint(h, pick)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "holiday/" + relRule(r.dir),
		why: fmt.Sprintf("%s %s: %d, from anchor %s", r.relWord, h.name, pick.First.Year(), t.anchorName()) + h.span(pick)}, true
}

// apos reports whether token i is an apostrophe, straight or curly.
func (t *tagger) apos(i int) bool {
	return t.punct(i, '\'') || i >= 0 && i < len(t.toks) && t.toks[i].kind == tOther && t.curlyApos(i)
}

// holidayNoun returns the noun of holidayGreetings that the holiday's name
// ending before token e qualifies: "Christmas greetings", "Christmas and
// New Year greetings", "the New Year and Christmas holidays".
func (t *tagger) holidayNoun(e int) (string, bool) {
	if w := t.word(e); holidayGreetings[w] {
		return w, true
	}
	if t.word(e) != "and" {
		return "", false
	}
	for k := e + 2; k <= e+6; k++ {
		if t.apos(k) {
			continue // "New Year's"
		}
		if w := t.word(k); holidayGreetings[w] {
			return w, true
		} else if w == "" || !t.capitalized(k) && w != "s" && w != "day" && w != "eve" {
			break
		}
	}
	return "", false
}
