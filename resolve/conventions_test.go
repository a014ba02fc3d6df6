package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Class 2 of issue 10: the TempEval-3 / TimeML conventions for durations
// and references, which TempEval-3 scoring and TimeML consumers expect.
// Made-up sentences; the anchor is Wednesday 5 January 2022 unless given.
func TestTagTimeMLConventions(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		// A count compared with another time is a duration; "now" is
		// tagged on its own.
		{sentence: "The ship docked three days earlier than planned.", anchor: wed, text: "three days", typ: Duration, value: "P3D", gran: GranNone},
		{sentence: "The polls closed two hours later than usual.", anchor: wed, text: "two hours", typ: Duration, value: "PT2H", gran: GranNone},
		{sentence: "The vote is two weeks from now.", anchor: wed, text: "two weeks", typ: Duration, value: "P2W", gran: GranNone},
		{sentence: "The vote is two weeks from now.", anchor: wed, text: "now", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "A year from today the treaty lapses.", anchor: wed, text: "A year", typ: Duration, value: "P1Y", gran: GranNone},
		// "The past decade" is ten years up to the anchor.
		{sentence: "Trade will double over the next decade.", anchor: wed, text: "the next decade", typ: Duration, value: "P10Y", gran: GranNone},
		{sentence: "Rents tripled in the past decade.", anchor: wed, text: "the past decade", typ: Duration, value: "P10Y", gran: GranNone},
		{sentence: "Borders moved often in the past century.", anchor: wed, text: "the past century", typ: Duration, value: "P100Y", gran: GranNone},
		{sentence: "Wages lost ground to inflation in the last decade.", anchor: wed, text: "the last decade", typ: Date, value: "201", gran: GranDecade, first: "2010-01-01", last: "2019-12-31"},
		{sentence: "Last decade was the warmest on record.", anchor: wed, text: "Last decade", typ: Date, value: "201", gran: GranDecade, first: "2010-01-01", last: "2019-12-31"},
		// "Today" at large is the present.
		{sentence: "In today's markets, speed wins.", anchor: wed, text: "today", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "By today's standards the fee was small.", anchor: wed, text: "today", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "Schools train the engineers of tomorrow.", anchor: wed, text: "tomorrow", typ: Date, value: "FUTURE_REF", gran: GranNone},
		{sentence: "Today's vote was close.", anchor: wed, text: "Today", typ: Date, value: "2022-01-05", gran: GranDay, first: "2022-01-05", last: "2022-01-05"},
		// Parts of days, decades, weeks and clock times as TimeML writes them.
		{sentence: "The shelling went on Wednesday night.", anchor: wed, text: "Wednesday night", typ: Time, value: "2022-01-05TNI", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "Rebels struck on Sunday morning.", anchor: wed, text: "Sunday morning", typ: Time, value: "2022-01-02TMO", gran: GranTime, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "Debt soared in the 1980s.", anchor: wed, text: "the 1980s", typ: Date, value: "198", gran: GranDecade, first: "1980-01-01", last: "1989-12-31"},
		{sentence: "Debt soared in the eighties.", anchor: wed, text: "the eighties", typ: Date, value: "198", gran: GranDecade, first: "1980-01-01", last: "1989-12-31"},
		{sentence: "Talks resume next week.", anchor: Anchor{Date: d("2022-01-26")}, text: "next week", typ: Date, value: "2022-W05", gran: GranWeek, first: "2022-01-31", last: "2022-02-06"},
		{sentence: "Polls close at 15:00 GMT.", anchor: wed, text: "15:00 GMT", typ: Time, value: "2022-01-05T15:00", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "The raid began at 4 a.m. local time.", anchor: wed, text: "4 a.m. local time", typ: Time, value: "2022-01-05T04:00", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
	})
}

// No clock time carries a zone designator: TimeML values are local to
// the text, and the zone goes to Zone.
func TestTagClockTimesHaveNoZ(t *testing.T) {
	for _, x := range Tag("Polls close at 15:00 GMT and open at 07:30 UTC; the raid was at 4 a.m. (local time).", Anchor{Date: d("2022-01-05")}) {
		assert.NotContains(t, x.Value, "Z", x.Text)
		assert.NotEmpty(t, x.Zone, x.Text)
	}
}

// "Then current" is current as of a time told before: the past.
func TestTagThenCurrent(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "Holders could buy shares at half the then current market price.", anchor: wed, text: "then current", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "The then-current chairman resigned.", anchor: wed, text: "then-current", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Under the then current rules, the vote was secret.", anchor: wed, text: "then current", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "The deal was priced at the then current rate of exchange.", anchor: wed, text: "then current", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Until then, current members keep their seats.", anchor: wed, text: "current", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "The current rules date from 1990.", anchor: wed, text: "current", typ: Date, value: "PRESENT_REF", gran: GranNone},
	})
}

// "The quarter ended <day>" is the three months up to that day: the
// calendar quarter most of them fall in, in the year of that day.
func TestTagQuarterEnded(t *testing.T) {
	nov := Anchor{Date: d("2021-11-03")}
	runCases(t, []tagCase{
		{sentence: "For the quarter ended Sept. 30, the bank earned $5 million.", anchor: nov, text: "the quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "In the quarter ended July 31, the retailer lost money.", anchor: nov, text: "the quarter", typ: Date, value: "2021-Q2", gran: GranQuarter, first: "2021-04-01", last: "2021-06-30"},
		{sentence: "Sales rose 4% in the quarter ended June 30.", anchor: nov, text: "the quarter", typ: Date, value: "2021-Q2", gran: GranQuarter, first: "2021-04-01", last: "2021-06-30"},
		{sentence: "Sales rose 4% in the quarter ended Aug. 28.", anchor: nov, text: "the quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Net fell in the quarter ending March 31, 2020.", anchor: nov, text: "the quarter", typ: Date, value: "2020-Q1", gran: GranQuarter, first: "2020-01-01", last: "2020-03-31"},
		{sentence: "The chain expects a loss for the quarter ending Dec. 31.", anchor: nov, text: "the quarter", typ: Date, value: "2021-Q4", gran: GranQuarter, first: "2021-10-01", last: "2021-12-31"},
		// With no day after it, the quarter just reported, as before.
		{sentence: "The quarter ended with a loss.", anchor: nov, text: "The quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
	})
}

// An explanation does not repeat the "of" of "the end of the year".
func TestTagPositionExplainsOnce(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	for _, s := range []string{"The pact expires at the end of the year.", "Talks resume at the start of the month.",
		"The vote is due by the middle of the year.", "Troops leave at the beginning of the week."} {
		for _, x := range Tag(s, wed) {
			assert.NotContains(t, x.Explain, "of of", s)
		}
	}
}
