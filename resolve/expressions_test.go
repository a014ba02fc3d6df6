package resolve

import "testing"

// Class 3 of issue 10: expressions not found before. Made-up sentences;
// the anchor is Wednesday 5 January 2022 unless given.
func TestTagNewExpressions(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		// Stretches of unstated length before or after another time.
		{sentence: "Minutes before the blast, the guards fled.", anchor: wed, text: "Minutes", typ: Duration, value: "PTXM", gran: GranNone},
		{sentence: "The envoy left just days before the vote.", anchor: wed, text: "days", typ: Duration, value: "PXD", gran: GranNone},
		{sentence: "Weeks after the truce, fighting resumed.", anchor: wed, text: "Weeks", typ: Duration, value: "PXW", gran: GranNone},
		{sentence: "The firm, which just months ago was broke, is now hiring.", anchor: wed, text: "months", typ: Duration, value: "PXM", gran: GranNone},
		{sentence: "In the years that followed, trade tripled.", anchor: wed, text: "the years", typ: Duration, value: "PXY", gran: GranNone},
		{sentence: "Rallies were held in the days before the vote.", anchor: wed, text: "the days", typ: Duration, value: "PXD", gran: GranNone},
		{sentence: "The first hours of the offensive were chaotic.", anchor: wed, text: "The first hours", typ: Duration, value: "PTXH", gran: GranNone},
		{sentence: "Over the years the border moved twice.", anchor: wed, text: "the years", typ: Duration, value: "PXY", gran: GranNone},
		{sentence: "The talks ended a decades-long feud.", anchor: wed, text: "decades-long", typ: Duration, value: "PXE", gran: GranNone},
		{sentence: "They ended a decade-long war.", anchor: wed, text: "decade-long", typ: Duration, value: "P10Y", gran: GranNone},
		{sentence: "Troops will stay in the region for some time.", anchor: wed, text: "some time", typ: Duration, value: "PXX", gran: GranNone},
		{sentence: "We are there to stay for a fairly lengthy period.", anchor: wed, text: "a fairly lengthy period", typ: Duration, value: "PXX", gran: GranNone},
		{sentence: "Homes will go without power for a while.", anchor: wed, text: "a while", typ: Duration, value: "PXX", gran: GranNone},
		{sentence: "He would not travel at this crucial moment.", anchor: wed, text: "this crucial moment", typ: Date, value: "PRESENT_REF", gran: GranNone},
		// Frequencies: adjectives and rates are sets.
		{sentence: "The ministry publishes a daily tally of arrests.", anchor: wed, text: "daily", typ: Set, value: "P1D", gran: GranNone},
		{sentence: "The two sides hold weekly talks in Vienna.", anchor: wed, text: "weekly", typ: Set, value: "P1W", gran: GranNone},
		{sentence: "The yard delivers 15 a year.", anchor: wed, text: "a year", typ: Set, value: "P1Y", gran: GranNone},
		{sentence: "Guards earn $300 a month.", anchor: wed, text: "a month", typ: Set, value: "P1M", gran: GranNone},
		{sentence: "The line runs four flights a week to Oslo.", anchor: wed, text: "a week", typ: Set, value: "P1W", gran: GranNone},
		{sentence: "The ban lasted a week.", anchor: wed, text: "a week", typ: Duration, value: "P1W", gran: GranNone},
		// Ranges: each bound on its own.
		{sentence: "The drought of 1957-58 killed thousands.", anchor: wed, text: "1957", typ: Date, value: "1957", gran: GranYear, first: "1957-01-01", last: "1957-12-31"},
		{sentence: "The drought of 1957-58 killed thousands.", anchor: wed, text: "58", typ: Date, value: "1958", gran: GranYear, first: "1958-01-01", last: "1958-12-31"},
		{sentence: "The 1999–2000 season was cut short.", anchor: wed, text: "2000", typ: Date, value: "2000", gran: GranYear, first: "2000-01-01", last: "2000-12-31"},
		{sentence: "Talks could take between 12 and 18 months.", anchor: wed, text: "12", typ: Duration, value: "P12M", gran: GranNone},
		{sentence: "Talks could take between 12 and 18 months.", anchor: wed, text: "18 months", typ: Duration, value: "P18M", gran: GranNone},
		{sentence: "Repairs take two to three weeks.", anchor: wed, text: "two", typ: Duration, value: "P2W", gran: GranNone},
		// Holidays.
		{sentence: "The leaders met at Christmas.", anchor: wed, text: "Christmas", typ: Date, value: "2021-12-25", gran: GranDay, first: "2021-12-25", last: "2021-12-25"},
		{sentence: "They will meet again at Easter.", anchor: wed, text: "Easter", typ: Date, value: "2022-04-17", gran: GranDay, first: "2022-04-17", last: "2022-04-17"},
		// The period of a holiday told in the past is the last one; a
		// greeting looks ahead whatever the tense.
		{sentence: "The minister visited Oslo over the Easter holiday.", anchor: wed, text: "Easter", typ: Date, value: "2021-04-04", gran: GranDay, first: "2021-04-04", last: "2021-04-04"},
		{sentence: "The minister will visit Oslo over the Easter holiday.", anchor: wed, text: "Easter", typ: Date, value: "2022-04-17", gran: GranDay, first: "2022-04-17", last: "2022-04-17"},
		{sentence: "The two leaders exchanged Easter greetings.", anchor: wed, text: "Easter", typ: Date, value: "2022-04-17", gran: GranDay, first: "2022-04-17", last: "2022-04-17"},
		{sentence: "Talks resume after Thanksgiving.", anchor: Anchor{Date: d("2021-11-02")}, text: "Thanksgiving", typ: Date, value: "2021-11-25", gran: GranDay, first: "2021-11-25", last: "2021-11-25"},
		{sentence: "The truce will hold on New Year's Day.", anchor: Anchor{Date: d("2021-12-20")}, text: "New Year's Day", typ: Date, value: "2022-01-01", gran: GranDay, first: "2022-01-01", last: "2022-01-01"},
		{sentence: "Fighting eased during Ramadan.", anchor: Anchor{Date: d("2022-06-01")}, text: "Ramadan", typ: Date, value: "2022-04-03", gran: GranDay, first: "2022-04-03", last: "2022-05-02"},
		{sentence: "The border opened last Christmas.", anchor: Anchor{Date: d("2022-03-01")}, text: "last Christmas", typ: Date, value: "2021-12-25", gran: GranDay, first: "2021-12-25", last: "2021-12-25"},
		{sentence: "The bombing on Easter 2019 killed hundreds.", anchor: wed, text: "Easter 2019", typ: Date, value: "2019-04-21", gran: GranDay, first: "2019-04-21", last: "2019-04-21"},
		{sentence: "The two leaders exchanged Christmas and New Year greetings.", anchor: Anchor{Date: d("2021-12-14")}, text: "Christmas", typ: Date, value: "2021-12-25", gran: GranDay, first: "2021-12-25", last: "2021-12-25"},
		{sentence: "The two leaders exchanged Christmas and New Year greetings.", anchor: Anchor{Date: d("2021-12-14")}, text: "New Year", typ: Date, value: "2022-01-01", gran: GranDay, first: "2022-01-01", last: "2022-01-01"},
		{sentence: "The leaders exchanged greetings on the approaching New Year and Christmas holidays.", anchor: Anchor{Date: d("2021-12-14")}, text: "Christmas", typ: Date, value: "2021-12-25", gran: GranDay, first: "2021-12-25", last: "2021-12-25"},
		{sentence: "The patriarch led the service on Orthodox Christmas.", anchor: Anchor{Date: d("2022-01-10")}, text: "Orthodox Christmas", typ: Date, value: "2022-01-07", gran: GranDay, first: "2022-01-07", last: "2022-01-07"},
		// Seasons, short years and decades.
		{sentence: "Tourism slumped last summer.", anchor: wed, text: "last summer", typ: Date, value: "2021-SU", gran: GranSeason, first: "2021-06-01", last: "2021-08-31"},
		{sentence: "Summer 2021 was the hottest on record.", anchor: wed, text: "Summer 2021", typ: Date, value: "2021-SU", gran: GranSeason, first: "2021-06-01", last: "2021-08-31"},
		{sentence: "The war of '82 ended in June.", anchor: wed, text: "'82", typ: Date, value: "1982", gran: GranYear, first: "1982-01-01", last: "1982-12-31"},
		{sentence: "Prices soared in the 70s.", anchor: wed, text: "the 70s", typ: Date, value: "197", gran: GranDecade, first: "1970-01-01", last: "1979-12-31"},
		{sentence: "Prices soared in the ’70s.", anchor: wed, text: "the ’70s", typ: Date, value: "197", gran: GranDecade, first: "1970-01-01", last: "1979-12-31"},
		{sentence: "Debt soared in the 1990s.", anchor: wed, text: "the 1990s", typ: Date, value: "199", gran: GranDecade, first: "1990-01-01", last: "1999-12-31"},
	})
}

// Look-alikes of the new expressions that are not times.
func TestTagNewExpressionsNotTimes(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	for _, c := range []struct{ sentence, notText string }{
		{"Iraq's deputy premier Taha Yassin Ramadan spoke.", "Ramadan"},
		{"The ship sailed to Christmas Island.", "Christmas"},
		{"Children hunted for Easter eggs.", "Easter"},
		{"It is a good deal for New York.", "New"},
		{"The couple, both in their 70s, retired.", "70s"},
		{"Some 2000-2500 people rallied.", "2000"},
		{"The Daily Mail broke the story.", "Daily"},
		{"The vote was 89-52.", "89"},
		{"Crowds marked the Lunar New Year.", "New Year"},
		{"The days of the old regime are over.", "The days"},
	} {
		t.Run(c.sentence, func(t *testing.T) {
			for _, x := range Tag(c.sentence, wed) {
				if x.Text == c.notText {
					t.Errorf("%q tagged as %s %s (%s)", x.Text, x.Type, x.Value, x.Rule)
				}
			}
		})
	}
}

// Two days from the anchor, named from "yesterday" or "tomorrow": one
// expression, not a bare "yesterday" inside it.
func TestTagDayBeforeYesterday(t *testing.T) {
	wed := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "Agreements were signed the day before yesterday.", anchor: wed, text: "the day before yesterday", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The day before yesterday, rebels shelled the port.", anchor: wed, text: "The day before yesterday", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The summit opens the day after tomorrow in Riga.", anchor: wed, text: "the day after tomorrow", typ: Date, value: "2022-01-07", gran: GranDay, first: "2022-01-07", last: "2022-01-07"},
		{sentence: "Voting ends the day after tomorrow.", anchor: Anchor{Date: d("2021-12-30")}, text: "the day after tomorrow", typ: Date, value: "2022-01-01", gran: GranDay, first: "2022-01-01", last: "2022-01-01"},
		{sentence: "The envoy landed the day before yesterday evening.", anchor: wed, text: "the day before yesterday evening", typ: Time, value: "2022-01-03TEV", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		// The plain words keep their day.
		{sentence: "The envoy landed yesterday.", anchor: wed, text: "yesterday", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "He left the day before the vote, not yesterday.", anchor: wed, text: "yesterday", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
	})
}

// A half or quarter "of the year" is one expression: of the year written
// earlier in the sentence, else of the anchor's.
func TestTagPartOfTheYear(t *testing.T) {
	may := Anchor{Date: d("2022-05-05")}
	runCases(t, []tagCase{
		{sentence: "Growth will slow in the second half of the year.", anchor: may, text: "the second half of the year", typ: Date, value: "2022-H2", gran: GranQuarter, first: "2022-07-01", last: "2022-12-31"},
		{sentence: "Exports held up in the first half of the year.", anchor: may, text: "the first half of the year", typ: Date, value: "2022-H1", gran: GranQuarter, first: "2022-01-01", last: "2022-06-30"},
		{sentence: "In 2019, sales rose in the first half of the year.", anchor: may, text: "the first half of the year", typ: Date, value: "2019-H1", gran: GranQuarter, first: "2019-01-01", last: "2019-06-30"},
		{sentence: "In 2019, output fell in the fourth quarter of the year.", anchor: may, text: "the fourth quarter of the year", typ: Date, value: "2019-Q4", gran: GranQuarter, first: "2019-10-01", last: "2019-12-31"},
		{sentence: "Orders should pick up in the fourth quarter of the current year.", anchor: may, text: "the fourth quarter of the current year", typ: Date, value: "2022-Q4", gran: GranQuarter, first: "2022-10-01", last: "2022-12-31"},
		{sentence: "Prices will peak in the second quarter of the year.", anchor: may, text: "the second quarter of the year", typ: Date, value: "2022-Q2", gran: GranQuarter, first: "2022-04-01", last: "2022-06-30"},
		// Not of a year: the half of a match is no time.
		{sentence: "He scored in the first half of the match on Sunday.", anchor: may, text: "Sunday", typ: Date, value: "2022-05-01", gran: GranDay, first: "2022-05-01", last: "2022-05-01"},
	})
}

// A speaker may hedge inside a date, between commas, before its year: the
// year still dates the month. Without a year after it, the hedge leaves
// the month alone.
func TestTagHedgedYear(t *testing.T) {
	nov := Anchor{Date: d("2021-11-25")}
	runCases(t, []tagCase{
		{sentence: "We met in Lima in June, I believe, of 2020.", anchor: nov, text: "June, I believe, of 2020", typ: Date, value: "2020-06", gran: GranMonth, first: "2020-06-01", last: "2020-06-30"},
		{sentence: "It was in March, I think, 2019, that we signed.", anchor: nov, text: "March, I think, 2019", typ: Date, value: "2019-03", gran: GranMonth, first: "2019-03-01", last: "2019-03-31"},
		{sentence: "The last round was in May, if I am not mistaken, of 2018.", anchor: nov, text: "May, if I am not mistaken, of 2018", typ: Date, value: "2018-05", gran: GranMonth, first: "2018-05-01", last: "2018-05-31"},
		{sentence: "We first spoke in April, if I remember correctly, 2017.", anchor: nov, text: "April, if I remember correctly, 2017", typ: Date, value: "2017-04", gran: GranMonth, first: "2017-04-01", last: "2017-04-30"},
		{sentence: "They talked in October, as I recall, of 2016.", anchor: nov, text: "October, as I recall, of 2016", typ: Date, value: "2016-10", gran: GranMonth, first: "2016-10-01", last: "2016-10-31"},
		{sentence: "We spoke in June, I believe, and again later.", anchor: nov, text: "June", typ: Date, value: "2021-06", gran: GranMonth, first: "2021-06-01", last: "2021-06-30"},
	})
}
