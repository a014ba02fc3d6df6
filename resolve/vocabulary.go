package resolve

import (
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// The calendar vocabulary the resolver reads, for other packages to reuse
// instead of copying: month and weekday names with their abbreviations,
// time-zone abbreviations and qualifiers, and the words that set a
// clause's tense. Every function here reads the same tables as the
// grammar (lexicon.go, tense.go), so that a word means the same thing
// everywhere; the iterators hand out the tables without letting them be
// changed.

// weekdayAbbrevs are the short weekday names of date lines and calendars
// ("Thu, 06 Jan 2022"). The grammar does not read them in running text,
// where "sun", "sat" and "wed" are usually other words.
var weekdayAbbrevs = []struct {
	w string
	d time.Weekday
}{
	{"mon", time.Monday}, {"tue", time.Tuesday}, {"tues", time.Tuesday}, {"wed", time.Wednesday},
	{"weds", time.Wednesday}, {"thu", time.Thursday}, {"thur", time.Thursday}, {"thurs", time.Thursday},
	{"fri", time.Friday}, {"sat", time.Saturday}, {"sun", time.Sunday},
}

// vocabKey lowercases word and drops one trailing full stop ("Sept." is
// "sept").
func vocabKey(word string) string {
	return strings.ToLower(strings.TrimSuffix(word, "."))
}

// MonthByName returns the month that word names: a full English month name
// or its usual abbreviation ("January", "jan", "Sept."), in any case, with
// or without a trailing full stop.
func MonthByName(word string) (time.Month, bool) {
	m, ok := months[vocabKey(word)]
	return m, ok
}

// months maps every month word of the vocabulary to its month.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, w := range vocabulary {
		if w.c == cMonth {
			m[w.w] = time.Month(w.v)
		}
	}
	return m
}()

// MonthWords yields every spelling MonthByName accepts (lower case, no
// full stop) with its month, in calendar order.
func MonthWords() iter.Seq2[string, time.Month] {
	return func(yield func(string, time.Month) bool) {
		for _, w := range vocabulary {
			if w.c == cMonth && !yield(w.w, time.Month(w.v)) {
				return
			}
		}
	}
}

// WeekdayByName returns the weekday that word names: a full English
// weekday name or an abbreviation ("Thursday", "thu", "Thurs."), in any
// case, with or without a trailing full stop. Plurals ("Mondays") are not
// names of one day.
func WeekdayByName(word string) (time.Weekday, bool) {
	d, ok := weekdays[vocabKey(word)]
	return d, ok
}

// weekdays maps every weekday word to its day.
var weekdays = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for w, d := range WeekdayWords() {
		m[w] = d
	}
	return m
}()

// WeekdayWords yields every spelling WeekdayByName accepts (lower case, no
// full stop) with its day: the full names from Monday to Sunday, then the
// abbreviations.
func WeekdayWords() iter.Seq2[string, time.Weekday] {
	return func(yield func(string, time.Weekday) bool) {
		for _, w := range vocabulary {
			if w.c == cWeekday && w.v&plural == 0 && !yield(w.w, time.Weekday(w.v%7)) {
				return
			}
		}
		for _, a := range weekdayAbbrevs {
			if !yield(a.w, a.d) {
				return
			}
		}
	}
}

// IsZoneAbbreviation reports whether word is a time-zone abbreviation the
// resolver knows ("GMT", "UTC", "EST", "ET", "MSK"), in any case. In
// running text the resolver takes one only in capitals.
func IsZoneAbbreviation(word string) bool {
	e, ok := lexicon[vocabKey(word)]
	if !ok {
		return false
	}
	_, ok = e.has(cZone)
	return ok
}

// ZoneAbbreviations yields the time-zone abbreviations, in lower case.
func ZoneAbbreviations() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range vocabulary {
			if w.c == cZone && !yield(w.w) {
				return
			}
		}
	}
}

// ZoneQualifier reads a time-zone qualifier at the start of s, after any
// spaces: "(local time)", "(US time)", "(GMT)", "Washington time", "local
// time", "GMT" (an abbreviation in capitals). It returns the qualifier as
// written without its parentheses, the number of bytes of s it spans, and
// whether there is one. Tag keeps such a qualifier in Timex.Zone.
func ZoneQualifier(s string) (zone string, n int, ok bool) {
	// Ten tokens hold any qualifier; the rest of s is not read.
	head := s
	if len(head) > 128 {
		head = head[:128]
	}
	low := make([]byte, len(head))
	t := &tagger{text: head, toks: tokenize(head, low, nil)}
	t.low = string(low)
	zone, k, ok := t.zoneAt(0)
	if !ok {
		return "", 0, false
	}
	return zone, int(t.toks[k-1].end), true
}

// IsFutureCue reports whether word, on its own, puts its clause after the
// moment of writing: an auxiliary ("will", "shall", "'ll" as "ll"), a word of
// schedule or plan ("scheduled", "upcoming", "plans", "next"), or a verb
// news uses in the present for what is scheduled ("opens", "meets"). Case
// is ignored. Many cues depend on their neighbours ("set to", "is
// expected"), which the resolver reads in context; this is the word alone.
func IsFutureCue(word string) bool {
	return cueTable[vocabKey(word)]&kFuture != 0
}

// IsPastCue reports whether word, on its own, is a past-tense verb or a
// word of the past: an irregular past form ("said", "held", "met"), a
// regular one ("talked"; words such as "united" or "hundred" that only end
// like one are not), or "ago", "yesterday", "earlier". Case is ignored.
func IsPastCue(word string) bool {
	w := vocabKey(word)
	k := cueTable[w]
	if k&kPast != 0 {
		return true
	}
	return k&kNotPastEd == 0 && regularPast(w)
}

// FutureCues and PastCues yield the words of the cue tables in
// alphabetical order. (Regular past forms are recognised by their ending
// and are not listed.)
func FutureCues() iter.Seq[string] { return cueWords(kFuture) }

// PastCues: see FutureCues.
func PastCues() iter.Seq[string] { return cueWords(kPast) }

func cueWords(k cueKind) iter.Seq[string] {
	var words []string
	for w, kw := range cueTable {
		if kw&k != 0 {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return slices.Values(words)
}

// CountByName reads a small count written as a word or in digits: "six"
// and "6" are 6, "a" and "an" are 1 ("a week after"), "twenty" is 20.
// Compound and hyphenated numbers ("twenty-one"), "hundred" and counts
// over 9999 are not read: a count of calendar units in running text is
// small.
func CountByName(word string) (int, bool) {
	w := strings.ToLower(word)
	switch w {
	case "a", "an", "one":
		return 1, true
	}
	if w != "" && len(w) <= 4 && allDigits(w) {
		n := 0
		for i := 0; i < len(w); i++ {
			n = 10*n + int(w[i]-'0')
		}
		return n, n > 0
	}
	n, ok := countWords[w]
	return n, ok
}

// countWords are the number words of the vocabulary below a hundred.
var countWords = func() map[string]int {
	m := map[string]int{}
	for _, e := range vocabulary {
		if e.c == cNumWord && e.v < 100 {
			m[e.w] = e.v
		}
	}
	return m
}()

// UnitByName returns the granularity of a calendar unit word: "day" and
// "days" are GranDay, "week(s)" GranWeek, "month(s)" GranMonth, "year(s)"
// GranYear. Other units (hours, quarters, decades) are not read: a
// period counted in them is too fine or too coarse to place an event.
func UnitByName(word string) (Granularity, bool) {
	g, ok := calendarUnits[strings.ToLower(word)]
	return g, ok
}

// calendarUnits are the unit words of the vocabulary that UnitByName reads.
var calendarUnits = func() map[string]Granularity {
	m := map[string]Granularity{}
	for _, e := range vocabulary {
		if g, ok := unitGran[e.v&^plural]; e.c == cUnit && ok && g != GranQuarter {
			m[e.w] = g
		}
	}
	return m
}()

// PeriodFrom is the calendar period of granularity g (GranDay, GranWeek,
// GranMonth or GranYear) n such periods from the one that holds d; n < 0
// counts back. Six weeks before Friday 23 August 2024 is the ISO week
// 2024-W28 (8–14 July):
//
//	PeriodFrom(date.New(2024, 8, 23), -6, GranWeek) // "2024-W28", {2024-07-08, 2024-07-14}
//
// ok is false for another granularity or a year outside 1–9999.
func PeriodFrom(d date.Date, n int, g Granularity) (value string, r Range, ok bool) {
	var p point
	switch g {
	case GranDay:
		p, ok = dayPoint(d + date.Date(n))
	case GranWeek:
		p, ok = weekPoint(d + date.Date(7*n))
	case GranMonth:
		p, ok = monthPoint(d.Year(), int(d.Month())+n)
	case GranYear:
		p, ok = yearPoint(d.Year() + n)
	}
	return p.value, p.rng, ok
}

// PostponeVerb reports whether word (lower case) is a verb that moves
// something to another date, whose date after a word of
// PostponePreposition is the new one: "postponed until Friday", "pushed
// back to March", "rescheduled for Tuesday".
func PostponeVerb(word string) bool { return postponeVerbs[word] }

// PostponePreposition reports whether word (lower case) leads from a verb
// of PostponeVerb to its new date: "until", "to", "for".
func PostponePreposition(word string) bool { return postponePreps[word] }

// PostponeParticle reports whether word (lower case) may stand between a
// verb of PostponeVerb and its preposition: "pushed back to", "postponed
// the meeting until".
func PostponeParticle(word string) bool { return postponeParticles[word] }
