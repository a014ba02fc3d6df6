package resolve

import (
	"github.com/rickb777/date/v2"
)

// Type is the TimeML TIMEX3 type of an expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Granularity is the size of the calendar unit an expression names.
// A resolved date never claims a finer granularity than its text gives.
type Granularity string

// Granularities from finest to coarsest.
const (
	GranTime    Granularity = "time" // a time of day or part of a day
	GranDay     Granularity = "day"
	GranWeek    Granularity = "week"
	GranMonth   Granularity = "month"
	GranQuarter Granularity = "quarter"
	GranSeason  Granularity = "season"
	GranYear    Granularity = "year"
	GranDecade  Granularity = "decade"
	GranCentury Granularity = "century"
	GranNone    Granularity = "" // durations, sets and PRESENT_REF-like values
)

// Range is an inclusive span of calendar days: First and Last are both days
// the expression can denote.
type Range struct {
	First date.Date
	Last  date.Date
}

// Contains reports whether d lies inside r.
func (r Range) Contains(d date.Date) bool { return d >= r.First && d <= r.Last }

// Overlaps reports whether r and o share at least one day.
func (r Range) Overlaps(o Range) bool { return r.First <= o.Last && o.First <= r.Last }

// Days is the number of days in r.
func (r Range) Days() int { return int(r.Last-r.First) + 1 }

// Timex is one temporal expression found in a text and resolved.
type Timex struct {
	// Start and End are byte offsets into the text as given, End exclusive.
	Start, End int
	// Text is text[Start:End].
	Text string
	// Type is the TimeML type.
	Type Type
	// Value is the TimeML TIMEX3 value: 2021-12-30, 2022-W02, 2022-01, P3D,
	// PRESENT_REF, XXXX-WXX-1, 2013-03-22TAF …
	Value string
	// Mod is the TimeML mod attribute when the text gives one (START, MID,
	// END, APPROX, BEFORE, AFTER, …); empty otherwise.
	Mod string
	// Range is the inclusive set of days the expression can denote; nil for
	// durations, sets and expressions with no calendar position.
	Range *Range
	// Granularity is the calendar unit of Value.
	Granularity Granularity
	// Zone is the time-zone qualifier attached to the expression in the text,
	// such as "local time" or "US time"; empty when there is none.
	Zone string
	// Rule names the rule that produced the value, e.g. "weekday/past-tense".
	Rule string
	// Explain is a one-line account of how the value was reached.
	Explain string
	// quoted: the expression stands inside quotation marks, the speaker's
	// time rather than the narrative's (see lastSingleDayX).
	quoted bool
}

// Anchor is what relative expressions are resolved against.
type Anchor struct {
	// Date is the reference day: an article's dateline date, else its
	// publication date.
	Date date.Date
	// Published is the publication date when it differs from Date and is
	// known; zero otherwise. Some expressions ("earlier this week" in a story
	// written on a Sunday and datelined Monday) are only consistent with it.
	Published date.Date
}
