package resolve

import "testing"

// Class 4 of issue 10: anchoring on the narrative, not only on the
// document date. Made-up sentences; the anchor is Wednesday 5 January
// 2022 unless given.
func TestTagNarrativeAnchoring(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		// A time of day takes the weekday beside it, or the day the
		// narrative is at.
		{sentence: "The envoys met on Tuesday at 3 p.m. in Geneva.", anchor: wed, text: "3 p.m.", typ: Time, value: "2022-01-04T15:00", gran: GranTime, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "On March 3, 2021, the envoys met. They signed the accord at 10 a.m.", anchor: wed, text: "10 a.m.", typ: Time, value: "2021-03-03T10:00", gran: GranTime, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "Polls open on Friday, Jan. 7, at 7 a.m.", anchor: wed, text: "7 a.m.", typ: Time, value: "2022-01-07T07:00", gran: GranTime, first: "2022-01-07", last: "2022-01-07"},
		{sentence: "The talks ended on Monday. The president will speak at 8 p.m.", anchor: wed, text: "8 p.m.", typ: Time, value: "2022-01-05T20:00", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "The shelling stopped at noon.", anchor: wed, text: "noon", typ: Time, value: "2022-01-05T12:00", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
		// "The same period last year" follows the period just named.
		{sentence: "Exports in October rose from the same period last year.", anchor: Anchor{Date: d("2022-11-15")}, text: "the same period last year", typ: Date, value: "2021-10", gran: GranMonth, first: "2021-10-01", last: "2021-10-31"},
		{sentence: "Growth in the first half beat the same period last year.", anchor: Anchor{Date: d("2022-08-01")}, text: "the same period last year", typ: Date, value: "2021-H1", gran: GranQuarter, first: "2021-01-01", last: "2021-06-30"},
		{sentence: "Profit in the first nine months fell from the same period last year.", anchor: Anchor{Date: d("2022-11-01")}, text: "the same period last year", typ: Duration, value: "P9M", gran: GranNone},
		{sentence: "Tourism in the summer beat the same period last year.", anchor: Anchor{Date: d("2022-11-01")}, text: "the same period last year", typ: Date, value: "2021-SU", gran: GranSeason, first: "2021-06-01", last: "2021-08-31"},
		{sentence: "Profit rose in the third quarter from the same period last year.", anchor: Anchor{Date: d("2022-11-01")}, text: "the same period last year", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		// Composed in full.
		{sentence: "The plant will reopen in October of next year.", anchor: wed, text: "October of next year", typ: Date, value: "2023-10", gran: GranMonth, first: "2023-10-01", last: "2023-10-31"},
		{sentence: "The museum opened in May of last year.", anchor: wed, text: "May of last year", typ: Date, value: "2021-05", gran: GranMonth, first: "2021-05-01", last: "2021-05-31"},
		{sentence: "The ceasefire was signed last Oct. 23.", anchor: wed, text: "last Oct. 23", typ: Date, value: "2021-10-23", gran: GranDay, first: "2021-10-23", last: "2021-10-23"},
		{sentence: "The pact lapses next January 2.", anchor: wed, text: "next January 2", typ: Date, value: "2023-01-02", gran: GranDay, first: "2023-01-02", last: "2023-01-02"},
		{sentence: "The envoys met on March 3, 2021. The following Tuesday, they signed a truce.", anchor: wed, text: "The following Tuesday", typ: Date, value: "2021-03-09", gran: GranDay, first: "2021-03-09", last: "2021-03-09"},
		{sentence: "The offer expires on Jan. 31. Until then, the shares stay convertible.", anchor: wed, text: "then", typ: Date, value: "2022-01-31", gran: GranDay, first: "2022-01-31", last: "2022-01-31"},
		// A clause told at a date of its own, more than a week before the
		// anchor (a story filed a week after its events), keeps its week.
		{sentence: "The Council on Aug. 6 ordered an embargo and on Tuesday voted to enforce it.", anchor: Anchor{Date: d("1990-08-15")}, text: "Tuesday", typ: Date, value: "1990-08-07", gran: GranDay, first: "1990-08-07", last: "1990-08-07"},
		{sentence: "On Dec. 1 the rebels took the port and on Friday they shelled the airport.", anchor: Anchor{Date: d("2021-12-20")}, text: "Friday", typ: Date, value: "2021-12-03", gran: GranDay, first: "2021-12-03", last: "2021-12-03"},
		// … but a background date in another clause does not move the week.
		{sentence: "Iraq invaded Kuwait on Aug. 2, and on Tuesday the U.N. voted an embargo.", anchor: Anchor{Date: d("1990-08-15")}, text: "Tuesday", typ: Date, value: "1990-08-14", gran: GranDay, first: "1990-08-14", last: "1990-08-14"},
		{sentence: "Since the Aug. 2 invasion, troops arrived on Tuesday.", anchor: Anchor{Date: d("1990-08-15")}, text: "Tuesday", typ: Date, value: "1990-08-14", gran: GranDay, first: "1990-08-14", last: "1990-08-14"},
	})
}

// A day of the month written in brackets after a day counted from the
// anchor is the day meant: newsrooms that post the next morning still
// write "today (03)".
func TestTagBracketDay(t *testing.T) {
	fri := Anchor{Date: d("2024-10-04")}
	runCases(t, []tagCase{
		{sentence: "The envoy met the president today (03) at the secretariat.", anchor: fri, text: "today (03)", typ: Date, value: "2024-10-03", gran: GranDay, first: "2024-10-03", last: "2024-10-03"},
		{sentence: "The envoy met the president today (04).", anchor: fri, text: "today (04)", typ: Date, value: "2024-10-04", gran: GranDay, first: "2024-10-04", last: "2024-10-04"},
		{sentence: "The ministers met yesterday evening (02).", anchor: fri, text: "yesterday evening (02)", typ: Time, value: "2024-10-02TEV", gran: GranTime, first: "2024-10-02", last: "2024-10-02"},
		{sentence: "The delegation arrives tomorrow (06).", anchor: fri, text: "tomorrow (06)", typ: Date, value: "2024-10-06", gran: GranDay, first: "2024-10-06", last: "2024-10-06"},
		{sentence: "The summit opened today (30).", anchor: Anchor{Date: d("2024-10-01")}, text: "today (30)", typ: Date, value: "2024-09-30", gran: GranDay, first: "2024-09-30", last: "2024-09-30"},
		// A number far from the day read is something else.
		{sentence: "The talks end today (15 delegations attend).", anchor: fri, text: "today", typ: Date, value: "2024-10-04", gran: GranDay, first: "2024-10-04", last: "2024-10-04"},
	})
}

// "The next day", "the day after", "the previous night" count from the day
// the story has just named, whatever wrote it (a weekday as well as a
// date); with none named, from the anchor.
func TestTagNarrativeNextDay(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The president reached Paris on Saturday. The next day he met the king.", anchor: wed, text: "The next day", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The envoy will land on Friday and see the emir the next day.", anchor: wed, text: "the next day", typ: Date, value: "2022-01-08", gran: GranDay, first: "2022-01-08", last: "2022-01-08"},
		{sentence: "Rebels shelled the port on Monday; they had cut the power the day before.", anchor: wed, text: "the day before", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The truce began on Sunday and collapsed the day after.", anchor: wed, text: "the day after", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The talks stalled on Tuesday. The previous day, both sides had been upbeat.", anchor: wed, text: "The previous day", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The minister arrived on Monday and left the next morning.", anchor: wed, text: "the next morning", typ: Time, value: "2022-01-04TMO", gran: GranTime, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The vote was held on Sunday. Results came out the following evening.", anchor: wed, text: "the following evening", typ: Time, value: "2022-01-03TEV", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The ships sailed on Tuesday; the storm had struck the previous night.", anchor: wed, text: "the previous night", typ: Time, value: "2022-01-03TNI", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		// Nothing named: the anchor.
		{sentence: "The minister said he would fly to Rome the next day.", anchor: wed, text: "the next day", typ: Date, value: "2022-01-06", gran: GranDay, first: "2022-01-06", last: "2022-01-06"},
		{sentence: "The king left the next morning.", anchor: wed, text: "the next morning", typ: Time, value: "2022-01-06TMO", gran: GranTime, first: "2022-01-06", last: "2022-01-06"},
	})
}

// "The next year", "the next month", "the next week" after a date told
// earlier in the sentence count from it, as "the following year" does;
// with none, or as a stretch ("over the next year"), from the anchor.
func TestTagNarrativeNextUnit(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The accord was signed in March 2019 and ratified the next year.", anchor: wed, text: "the next year", typ: Date, value: "2020", gran: GranYear, first: "2020-01-01", last: "2020-12-31"},
		{sentence: "The firm was founded in 1990 and went public the next year.", anchor: wed, text: "the next year", typ: Date, value: "1991", gran: GranYear, first: "1991-01-01", last: "1991-12-31"},
		{sentence: "He was elected in May 2015 and the next month he visited Paris.", anchor: wed, text: "the next month", typ: Date, value: "2015-06", gran: GranMonth, first: "2015-06-01", last: "2015-06-30"},
		{sentence: "The rebels took the port on 3 June 2020 and lost it the next week.", anchor: wed, text: "the next week", typ: Date, value: "2020-W24", gran: GranWeek, first: "2020-06-08", last: "2020-06-14"},
		{sentence: "In 2018 the two sides met in Oslo, and the next year they met in Rome.", anchor: wed, text: "the next year", typ: Date, value: "2019", gran: GranYear, first: "2019-01-01", last: "2019-12-31"},
		// From the anchor.
		{sentence: "The ministers will meet again the next year.", anchor: wed, text: "the next year", typ: Date, value: "2023", gran: GranYear, first: "2023-01-01", last: "2023-12-31"},
		{sentence: "Since 2019 prices rose, and they will rise over the next year.", anchor: wed, text: "the next year", typ: Date, value: "2023", gran: GranYear, first: "2023-01-01", last: "2023-12-31"},
	})
}

// "The evening of 3 March", "the morning of Tuesday": one time, that part
// of the day named after "of".
func TestTagPartOfNamedDay(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The ministers met on the evening of 3 March.", anchor: wed, text: "the evening of 3 March", typ: Time, value: "2021-03-03TEV", gran: GranTime, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "The ministers met on the morning of Tuesday.", anchor: wed, text: "the morning of Tuesday", typ: Time, value: "2022-01-04TMO", gran: GranTime, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The vote will be held on the night of 10 March.", anchor: wed, text: "the night of 10 March", typ: Time, value: "2022-03-10TNI", gran: GranTime, first: "2022-03-10", last: "2022-03-10"},
		{sentence: "On the afternoon of Dec. 30, the envoy called.", anchor: wed, text: "the afternoon of Dec. 30", typ: Time, value: "2021-12-30TAF", gran: GranTime, first: "2021-12-30", last: "2021-12-30"},
		{sentence: "Rebels struck on the night of January 2, 2021.", anchor: wed, text: "the night of January 2, 2021", typ: Time, value: "2021-01-02TNI", gran: GranTime, first: "2021-01-02", last: "2021-01-02"},
	})
}

// Not a named day after "of": no time.
func TestTagPartOfNoDay(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	for _, x := range Tag("The evening of the vote was calm. The morning of his life was hard.", wed) {
		t.Errorf("%q tagged as %s %s (%s)", x.Text, x.Type, x.Value, x.Rule)
	}
}

// "The early hours of Sunday" are the start of that day, not a stretch of
// unstated length; "the early hours" of no named day stay one.
func TestTagEarlyHoursOfDay(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The accord was reached in the early hours of Sunday.", anchor: wed, text: "the early hours of Sunday", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02", mod: "START"},
		{sentence: "Shelling began in the early hours of 3 March.", anchor: wed, text: "the early hours of 3 March", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03", mod: "START"},
		{sentence: "The envoys will sign in the early hours of Friday.", anchor: wed, text: "the early hours of Friday", typ: Date, value: "2022-01-07", gran: GranDay, first: "2022-01-07", last: "2022-01-07", mod: "START"},
		{sentence: "In the early hours of Dec. 30, troops crossed the river.", anchor: wed, text: "the early hours of Dec. 30", typ: Date, value: "2021-12-30", gran: GranDay, first: "2021-12-30", last: "2021-12-30", mod: "START"},
		{sentence: "Talks ran into the early hours of the morning.", anchor: wed, text: "the early hours", typ: Duration, value: "PTXH", gran: GranNone},
	})
}

// A day named inside quotation marks is the speaker's time: the
// narrative outside the quote counts from its own last day. Inside a
// quote, the narrative's days still count.
func TestTagNarrativeSkipsQuotedDays(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The envoys met on January 3. \"We need peace today,\" one said. The following day, they signed the accord.", anchor: wed, text: "The following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoys met on January 3. “Tomorrow we sign,” one said. The next day, they signed.", anchor: wed, text: "The next day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoys met on January 3. \"We sign the following day,\" one said.", anchor: wed, text: "the following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoys met on January 3. \"We need peace,\" one said on Monday. The following day, they signed.", anchor: wed, text: "The following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoys met on January 3. The following day, they signed.", anchor: wed, text: "The following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
	})
}

// A quotation runs over the lines of hard-wrapped copy and ends with its
// paragraph.
func TestTagQuotesAcrossWrappedLines(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The envoys met on January 3. \"We need\npeace today,\" one said.\nThe following day, they signed.", anchor: wed, text: "The following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoys met on January 3. \"We need peace\n\n    The following day, they signed.", anchor: wed, text: "The following day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
	})
}
