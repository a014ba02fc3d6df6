package resolve

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mon3 is Monday 3 January 2022, the anchor of most cases: ISO week 1 of
// 2022 runs from 3 to 9 January, week 52 of 2021 from 27 December to 2
// January.
var mon3 = Anchor{Date: date.New(2022, time.January, 3)}

func d(s string) date.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return date.NewAt(t)
}

type tagCase struct {
	sentence string
	anchor   Anchor
	text     string // the expression's text, as Tag must find it
	typ      Type
	value    string
	gran     Granularity
	first    string // range; empty when there is none
	last     string
	mod      string
}

// find returns the expression of text in sentence tagged with a.
func find(t *testing.T, c tagCase) Timex {
	t.Helper()
	var got []string
	for _, x := range Tag(c.sentence, c.anchor) {
		if x.Text == c.text {
			return x
		}
		got = append(got, x.Text+"="+x.Value)
	}
	require.Failf(t, "expression not found", "want %q in %q; found %v", c.text, c.sentence, got)
	return Timex{}
}

func runCases(t *testing.T, cases []tagCase) {
	for _, c := range cases {
		if c.anchor.Date == date.Zero {
			c.anchor = mon3
		}
		t.Run(c.sentence, func(t *testing.T) {
			x := find(t, c)
			assert.Equal(t, c.value, x.Value, "value (%s: %s)", x.Rule, x.Explain)
			assert.Equal(t, c.typ, x.Type, "type")
			assert.Equal(t, c.gran, x.Granularity, "granularity")
			assert.Equal(t, c.mod, x.Mod, "mod")
			assert.True(t, ValidValue(x.Value), "valid value %q", x.Value)
			assert.NotEmpty(t, x.Rule)
			assert.NotEmpty(t, x.Explain)
			if c.first == "" {
				assert.Nil(t, x.Range, "range")
				return
			}
			require.NotNil(t, x.Range, "range")
			assert.Equal(t, c.first, x.Range.First.String(), "range start")
			assert.Equal(t, c.last, x.Range.Last.String(), "range end")
		})
	}
}

func TestTagAbsoluteDates(t *testing.T) {
	runCases(t, []tagCase{
		{sentence: "The summit opens on January 10 in Vienna.", text: "January 10", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "The deadline falls on Jan. 10 this time.", text: "Jan. 10", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "The treaty was signed on 10 January 2022 in Oslo.", text: "10 January 2022", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "Posted Jan 02, 2022 by the desk.", text: "Jan 02, 2022", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The log entry 2022-01-10 shows the order.", text: "2022-01-10", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "The permit expires 1/10/2022 at noon.", text: "1/10/2022", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "The permit expires 25/12/2021, the clerk wrote.", text: "25/12/2021", typ: Date, value: "2021-12-25", gran: GranDay, first: "2021-12-25", last: "2021-12-25"},
		{sentence: "The envoys will meet again on the 10th.", text: "the 10th", typ: Date, value: "2022-01-10", gran: GranDay, first: "2022-01-10", last: "2022-01-10"},
		{sentence: "Talks resume in mid-January, officials say.", text: "mid-January", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-01", last: "2022-01-31", mod: "MID"},
		{sentence: "Grain prices rose in early December.", text: "early December", typ: Date, value: "2021-12", gran: GranMonth, first: "2021-12-01", last: "2021-12-31", mod: "START"},
		{sentence: "The plant closed late last July.", text: "late last July", typ: Date, value: "2021-07", gran: GranMonth, first: "2021-07-01", last: "2021-07-31", mod: "END"},
		{sentence: "Exports in January 2022 fell sharply.", text: "January 2022", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-01", last: "2022-01-31"},
		{sentence: "The reform law passed in 2011 after a long fight.", text: "2011", typ: Date, value: "2011", gran: GranYear, first: "2011-01-01", last: "2011-12-31"},
		{sentence: "Inflation ran high in the 1990s across the region.", text: "the 1990s", typ: Date, value: "199", gran: GranDecade, first: "1990-01-01", last: "1999-12-31"},
		{sentence: "It was the bloodiest war of the 20th century.", text: "the 20th century", typ: Date, value: "19", gran: GranCentury, first: "1900-01-01", last: "1999-12-31"},
		{sentence: "Profit in fiscal 1990 doubled.", text: "fiscal 1990", typ: Date, value: "1990", gran: GranYear, first: "1990-01-01", last: "1990-12-31"},
		{sentence: "Orders fell in the third quarter, the firm said.", text: "the third quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Orders should pick up in the first quarter.", text: "the first quarter", typ: Date, value: "2022-Q1", gran: GranQuarter, first: "2022-01-01", last: "2022-03-31"},
		{sentence: "Tourism slumped last summer on the coast.", text: "last summer", typ: Date, value: "2021-SU", gran: GranSeason, first: "2021-06-01", last: "2021-08-31"},
		{sentence: "The ferry will run again this summer.", text: "this summer", typ: Date, value: "2022-SU", gran: GranSeason, first: "2022-06-01", last: "2022-08-31"},
		{sentence: "Saturday, April 25 was the day of the vote.", anchor: Anchor{Date: d("2020-04-27")}, text: "Saturday, April 25", typ: Date, value: "2020-04-25", gran: GranDay, first: "2020-04-25", last: "2020-04-25"},
		{sentence: "The meeting on Sunday, January 2 was short.", anchor: Anchor{Date: d("2022-12-20")}, text: "Sunday, January 2", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "They met on Thursday, 10 February.", anchor: Anchor{Date: d("2022-02-14")}, text: "Thursday, 10 February", typ: Date, value: "2022-02-10", gran: GranDay, first: "2022-02-10", last: "2022-02-10"},
		{sentence: "Blinken will travel to Kyiv January 18-21.", anchor: Anchor{Date: d("2022-01-18")}, text: "January 18-21", typ: Date, value: "2022-01-18", gran: GranDay, first: "2022-01-18", last: "2022-01-21"},
		{sentence: "He will travel to Ethiopia from 17 to 22 March 2024.", anchor: Anchor{Date: d("2024-03-14")}, text: "17 to 22 March 2024", typ: Date, value: "2024-03-17", gran: GranDay, first: "2024-03-17", last: "2024-03-22"},
		{sentence: "The talks ran between 3 and 5 May.", anchor: Anchor{Date: d("2024-06-14")}, text: "3 and 5 May", typ: Date, value: "2024-05-03", gran: GranDay, first: "2024-05-03", last: "2024-05-05"},
		{sentence: "The summit is held on 3 and 4 April.", anchor: Anchor{Date: d("2024-03-14")}, text: "3 and 4 April", typ: Date, value: "2024-04-03", gran: GranDay, first: "2024-04-03", last: "2024-04-04"},
		{sentence: "The ministers meet March 17 through 19.", anchor: Anchor{Date: d("2024-03-14")}, text: "March 17 through 19", typ: Date, value: "2024-03-17", gran: GranDay, first: "2024-03-17", last: "2024-03-19"},
		{sentence: "The votes are due on 3 and 5 May.", anchor: Anchor{Date: d("2024-03-14")}, text: "5 May", typ: Date, value: "2024-05-05", gran: GranDay, first: "2024-05-05", last: "2024-05-05"},
		{sentence: "They meet 18–21 January in Paris.", anchor: Anchor{Date: d("2022-01-10")}, text: "18–21 January", typ: Date, value: "2022-01-18", gran: GranDay, first: "2022-01-18", last: "2022-01-21"},
		{sentence: "The trip of Dec. 21-22, 2021 went well.", anchor: Anchor{Date: d("2022-01-10")}, text: "Dec. 21-22, 2021", typ: Date, value: "2021-12-21", gran: GranDay, first: "2021-12-21", last: "2021-12-22"},
		{sentence: "They met on 10 February.", anchor: Anchor{Date: d("2022-02-14")}, text: "10 February", typ: Date, value: "2022-02-10", gran: GranDay, first: "2022-02-10", last: "2022-02-10"},
		{sentence: "They met on 10 Feb. in Paris.", anchor: Anchor{Date: d("2022-02-14")}, text: "10 Feb.", typ: Date, value: "2022-02-10", gran: GranDay, first: "2022-02-10", last: "2022-02-10"},
		{sentence: "The talks of the year two thousand failed.", text: "the year two thousand", typ: Date, value: "2000", gran: GranYear, first: "2000-01-01", last: "2000-12-31"},
		{sentence: "A cold spell hit in nineteen ninety-six.", text: "nineteen ninety-six", typ: Date, value: "1996", gran: GranYear, first: "1996-01-01", last: "1996-12-31"},
		{sentence: "Growth slowed in the first half of 2021.", text: "the first half of 2021", typ: Date, value: "2021-H1", gran: GranQuarter, first: "2021-01-01", last: "2021-06-30"},
		{sentence: "The lease runs until December 31, 3050.", text: "December 31, 3050", typ: Date, value: "3050-12-31", gran: GranDay, first: "3050-12-31", last: "3050-12-31"},
		{sentence: "The time capsule opens in 4012.", text: "4012", typ: Date, value: "4012", gran: GranYear, first: "4012-01-01", last: "4012-12-31"},
		{sentence: "The probe arrives in March 9999.", text: "March 9999", typ: Date, value: "9999-03", gran: GranMonth, first: "9999-03-01", last: "9999-03-31"},
		{sentence: "Results for this year's second quarter disappointed.", text: "this year's second quarter", typ: Date, value: "2022-Q2", gran: GranQuarter, first: "2022-04-01", last: "2022-06-30"},
	})
}

func TestTagRelativeDays(t *testing.T) {
	runCases(t, []tagCase{
		{sentence: "The minister arrives today.", text: "today", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "He will speak tonight on radio.", text: "tonight", typ: Time, value: "2022-01-03TNI", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The ceasefire collapsed yesterday.", text: "yesterday", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "Voting ends tomorrow.", text: "tomorrow", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The envoy left two days ago.", text: "two days ago", typ: Date, value: "2022-01-01", gran: GranDay, first: "2022-01-01", last: "2022-01-01"},
		{sentence: "The rebels returned three days later.", text: "three days later", typ: Date, value: "2022-01-06", gran: GranDay, first: "2022-01-06", last: "2022-01-06"},
		{sentence: "The ministers had met the day before.", text: "the day before", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The team flew home the next day.", text: "the next day", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "She arrived last Friday with aides.", text: "last Friday", typ: Date, value: "2021-12-31", gran: GranDay, first: "2021-12-31", last: "2021-12-31"},
		{sentence: "He travels next Tuesday to Rome.", text: "next Tuesday", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
		{sentence: "The board meets this Wednesday.", text: "this Wednesday", typ: Date, value: "2022-01-05", gran: GranDay, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "A blast shook the port on Sunday night.", text: "Sunday night", typ: Time, value: "2022-01-02TNI", gran: GranTime, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The premier will answer questions on Friday afternoon.", text: "Friday afternoon", typ: Time, value: "2022-01-07TAF", gran: GranTime, first: "2022-01-07", last: "2022-01-07"},
		{sentence: "Crowds gathered Thursday morning outside the court.", text: "Thursday morning", typ: Time, value: "2021-12-30TMO", gran: GranTime, first: "2021-12-30", last: "2021-12-30"},
		{sentence: "The vote is scheduled for Wednesday evening.", text: "Wednesday evening", typ: Time, value: "2022-01-05TEV", gran: GranTime, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "Police detained him last night.", text: "last night", typ: Time, value: "2022-01-02TNI", gran: GranTime, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The talks were held Thursday in Geneva.", text: "Thursday", typ: Date, value: "2021-12-30", gran: GranDay, first: "2021-12-30", last: "2021-12-30"},
		{sentence: "The talks will be held Thursday in Geneva.", text: "Thursday", typ: Date, value: "2022-01-06", gran: GranDay, first: "2022-01-06", last: "2022-01-06"},
		{sentence: "The two sides are set to meet Friday.", text: "Friday", typ: Date, value: "2022-01-07", gran: GranDay, first: "2022-01-07", last: "2022-01-07"},
		{sentence: "On Friday, the president spoke with his counterpart.", text: "Friday", typ: Date, value: "2021-12-31", gran: GranDay, first: "2021-12-31", last: "2021-12-31"},
		{sentence: "The envoy meets the rebels again Wednesday in Rome.", text: "Wednesday", typ: Date, value: "2022-01-05", gran: GranDay, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "The summit opens Thursday in Rome.", text: "Thursday", typ: Date, value: "2022-01-06", gran: GranDay, first: "2022-01-06", last: "2022-01-06"},
		{sentence: "The president said on Monday that talks continue.", text: "Monday", typ: Date, value: "2022-01-03", gran: GranDay, first: "2022-01-03", last: "2022-01-03"},
	})
}

func TestTagWeeksMonthsYears(t *testing.T) {
	wed5 := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "Parliament sits this week.", text: "this week", typ: Date, value: "2022-W01", gran: GranWeek, first: "2022-01-03", last: "2022-01-09"},
		{sentence: "Markets slid last week.", text: "last week", typ: Date, value: "2021-W52", gran: GranWeek, first: "2021-12-27", last: "2022-01-02"},
		{sentence: "Talks start next week in Geneva.", text: "next week", typ: Date, value: "2022-W02", gran: GranWeek, first: "2022-01-10", last: "2022-01-16"},
		{sentence: "He spoke to the envoy earlier this week.", text: "earlier this week", typ: Date, value: "2021-W52", gran: GranWeek, first: "2021-12-27", last: "2022-01-02"},
		// (the value names the week; the range is the days of it before the anchor)
		{sentence: "He spoke to the envoy earlier this week.", anchor: wed5, text: "earlier this week", typ: Date, value: "2022-W01", gran: GranWeek, first: "2022-01-03", last: "2022-01-04"},
		{sentence: "He spoke to the envoy earlier this week.", anchor: Anchor{Date: d("2022-01-04"), Published: d("2022-01-02")}, text: "earlier this week", typ: Date, value: "2021-W52", gran: GranWeek, first: "2021-12-27", last: "2022-01-02"},
		{sentence: "Earlier in the week, he spoke to the envoy.", anchor: wed5, text: "the week", typ: Date, value: "2022-W01", gran: GranWeek, first: "2022-01-03", last: "2022-01-09"},
		{sentence: "Earlier in the week, he spoke to the envoy.", text: "the week", typ: Date, value: "2021-W52", gran: GranWeek, first: "2021-12-27", last: "2022-01-02"},
		{sentence: "He will see the envoy later in the week.", anchor: wed5, text: "the week", typ: Date, value: "2022-W01", gran: GranWeek, first: "2022-01-03", last: "2022-01-09"},
		{sentence: "A ruling is due later this month.", text: "later this month", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-04", last: "2022-01-31"},
		{sentence: "Prices climbed last month.", text: "last month", typ: Date, value: "2021-12", gran: GranMonth, first: "2021-12-01", last: "2021-12-31"},
		{sentence: "Elections are due this year.", text: "this year", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31"},
		{sentence: "The plant reopens next year.", text: "next year", typ: Date, value: "2023", gran: GranYear, first: "2023-01-01", last: "2023-12-31"},
		{sentence: "It was the first visit of the year by a foreign leader.", text: "the year", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31"},
		{sentence: "Troops could attack as soon as January.", text: "January", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-01", last: "2022-01-31"},
		{sentence: "The court will rule in March.", text: "March", typ: Date, value: "2022-03", gran: GranMonth, first: "2022-03-01", last: "2022-03-31"},
		{sentence: "The envoy visited in November.", text: "November", typ: Date, value: "2021-11", gran: GranMonth, first: "2021-11-01", last: "2021-11-30"},
		{sentence: "The bridge should open by the end of the year.", text: "the end of the year", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31", mod: "END"},
		{sentence: "Sales rose 5% a year earlier.", anchor: Anchor{Date: d("2022-11-02")}, text: "a year earlier", typ: Date, value: "2021", gran: GranYear, first: "2021-01-01", last: "2021-12-31"},
		{sentence: "Profit rose in the third quarter from $5 million a year earlier.", anchor: Anchor{Date: d("2022-11-02")}, text: "a year earlier", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Net income in the quarter fell, the bank said.", anchor: Anchor{Date: d("2022-11-02")}, text: "the quarter", typ: Date, value: "2022-Q3", gran: GranQuarter, first: "2022-07-01", last: "2022-09-30"},
		{sentence: "The staff returned the weekend before last.", anchor: wed5, text: "the weekend before last", typ: Date, value: "2021-W51-WE", gran: GranDay, first: "2021-12-25", last: "2021-12-26"},
		{sentence: "The envoy will return the week after next.", anchor: wed5, text: "the week after next", typ: Date, value: "2022-W03", gran: GranWeek, first: "2022-01-17", last: "2022-01-23"},
		{sentence: "The envoy left the week before last.", anchor: wed5, text: "the week before last", typ: Date, value: "2021-W51", gran: GranWeek, first: "2021-12-20", last: "2021-12-26"},
		{sentence: "Talks resume the month after next.", anchor: wed5, text: "the month after next", typ: Date, value: "2022-03", gran: GranMonth, first: "2022-03-01", last: "2022-03-31"},
		{sentence: "The accord was signed the year before last.", anchor: wed5, text: "the year before last", typ: Date, value: "2020", gran: GranYear, first: "2020-01-01", last: "2020-12-31"},
	})
}

func TestTagDurationsSetsRefs(t *testing.T) {
	runCases(t, []tagCase{
		{sentence: "The siege lasted two years.", text: "two years", typ: Duration, value: "P2Y", gran: GranNone},
		{sentence: "It took a decade to rebuild.", text: "a decade", typ: Duration, value: "P10Y", gran: GranNone},
		{sentence: "The truce holds for 90 days.", text: "90 days", typ: Duration, value: "P90D", gran: GranNone},
		{sentence: "The strike went on for several months.", text: "several months", typ: Duration, value: "PXM", gran: GranNone},
		{sentence: "Rescuers worked 24 hours without rest.", text: "24 hours", typ: Duration, value: "PT24H", gran: GranNone},
		{sentence: "Prices fell 9% in the last twenty four hours.", text: "the last twenty four hours", typ: Duration, value: "PT24H", gran: GranNone},
		{sentence: "Exports grew in the past three months.", text: "the past three months", typ: Duration, value: "P3M", gran: GranNone},
		{sentence: "It is a five-year plan.", text: "five-year", typ: Duration, value: "P5Y", gran: GranNone},
		{sentence: "The talks lasted more than four hours.", text: "more than four hours", typ: Duration, value: "PT4H", gran: GranNone, mod: "MORE_THAN"},
		{sentence: "The council meets every week.", text: "every week", typ: Set, value: "P1W", gran: GranNone},
		{sentence: "The report is published annually.", text: "annually", typ: Set, value: "P1Y", gran: GranNone},
		{sentence: "The league changes rules each season.", text: "each season", typ: Set, value: "P3M", gran: GranNone},
		{sentence: "The cabinet meets every Monday.", text: "every Monday", typ: Set, value: "XXXX-WXX-1", gran: GranNone},
		{sentence: "The club meets on Tuesday nights.", text: "Tuesday nights", typ: Set, value: "XXXX-WXX-2TNI", gran: GranNone},
		{sentence: "The border is now closed.", text: "now", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "She is currently abroad.", text: "currently", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "In the past, such disputes dragged on.", text: "the past", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Nobody knew at the time how grave it was.", text: "the time", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Talks may resume in the future.", text: "the future", typ: Date, value: "FUTURE_REF", gran: GranNone},
		{sentence: "At present, the border is shut.", text: "present", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "The envoy recently returned.", text: "recently", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Such raids have grown in recent years.", text: "recent years", typ: Duration, value: "PXY", gran: GranNone},
	})
}

func TestTagTimesAndZones(t *testing.T) {
	runCases(t, []tagCase{
		{sentence: "Polls will close at 15:00 GMT Saturday.", text: "15:00 GMT Saturday", typ: Time, value: "2022-01-08T15:00", gran: GranTime, first: "2022-01-08", last: "2022-01-08"},
		{sentence: "The hearing starts at 3 p.m. Monday.", text: "3 p.m. Monday", typ: Time, value: "2022-01-03T15:00", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "The quake struck at 10:30 a.m. local time.", text: "10:30 a.m. local time", typ: Time, value: "2022-01-03T10:30", gran: GranTime, first: "2022-01-03", last: "2022-01-03"},
		{sentence: "They held a talk on Sunday (US time).", text: "Sunday (US time)", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "On Thursday (local time), the leaders held a call.", text: "Thursday (local time)", typ: Date, value: "2021-12-30", gran: GranDay, first: "2021-12-30", last: "2021-12-30"},
		{sentence: "The ships docked on Friday (GMT).", text: "Friday (GMT)", typ: Date, value: "2021-12-31", gran: GranDay, first: "2021-12-31", last: "2021-12-31"},
		{sentence: "The call ended Sunday Washington time.", text: "Sunday Washington time", typ: Date, value: "2022-01-02", gran: GranDay, first: "2022-01-02", last: "2022-01-02"},
		{sentence: "The envoy landed Saturday Moscow time.", text: "Saturday Moscow time", typ: Date, value: "2022-01-01", gran: GranDay, first: "2022-01-01", last: "2022-01-01"},
	})
}

func TestTagZoneKept(t *testing.T) {
	x := find(t, tagCase{sentence: "They held a talk on Sunday (US time).", anchor: mon3, text: "Sunday (US time)"})
	assert.Equal(t, "US time", x.Zone)
	assert.Contains(t, x.Explain, "US time")
	assert.Contains(t, x.Explain, "held")
}

// TestTagNotTimexes lists words that look like dates and are not.
func TestTagNotTimexes(t *testing.T) {
	for _, s := range []string{
		"We appreciate the support of our partners.",
		"Russia may invade, officials warn.",
		"Thousands will march on the capital.",
		"Protesters plan to march through the city.",
		"The sun rose over the hills.",
		"The fall of the regime surprised nobody.",
		"About 2000 people attended the rally.",
		"He was the second man to arrive.",
		"The report runs to 1200 pages.",
		"They want a second term.",
		"Soon after the talks ended, he left.",
		"In 3000 villages the harvest failed.",
		"The army sent 4500 troops.",
		"Output was cut by 4000.",
	} {
		t.Run(s, func(t *testing.T) {
			for _, x := range Tag(s, mon3) {
				assert.Failf(t, "unexpected expression", "%q = %s (%s)", x.Text, x.Value, x.Rule)
			}
		})
	}
}

func TestTagSpansAndOrder(t *testing.T) {
	text := "On Thursday, Biden held a call. Talks start next week; a summit follows in March 2022."
	xs := Tag(text, mon3)
	require.Len(t, xs, 3)
	prev := 0
	for _, x := range xs {
		assert.Equal(t, text[x.Start:x.End], x.Text)
		assert.GreaterOrEqual(t, x.Start, prev)
		prev = x.End
	}
	assert.Equal(t, []string{"Thursday", "next week", "March 2022"}, []string{xs[0].Text, xs[1].Text, xs[2].Text})
}

func TestTagExplainsTense(t *testing.T) {
	x := find(t, tagCase{sentence: "On Thursday (local time), Biden held a telephone call.", anchor: mon3, text: "Thursday (local time)"})
	assert.Equal(t, "weekday/past-tense", x.Rule)
	assert.Contains(t, x.Explain, "Thursday before anchor Mon 2022-01-03 (verb 'held' is past tense)")
}

// A day in brackets that a deictic word would not give ("this morning
// (16)" in a story dated the 17th) tells the day the story was written:
// what follows counts from it.
func TestTagWritingDay(t *testing.T) {
	text := "The forum opened this morning (16). In the afternoon, he laid a wreath. He leaves tomorrow."
	xs := Tag(text, Anchor{Date: date.New(2025, 1, 17)})
	var got []string
	for _, x := range xs {
		got = append(got, x.Text+"="+x.Value)
	}
	assert.Equal(t, []string{"this morning (16)=2025-01-16TMO", "the afternoon=2025-01-16TAF", "tomorrow=2025-01-17"}, got)
	xs = Tag("Talks open today (16). They end tomorrow.", Anchor{Date: date.New(2025, 1, 12)})
	assert.Equal(t, "2025-01-13", xs[1].Value, "a day in brackets a week away is another day, not the day of writing")
}

// "The week" alone may be any week ("during the week", "in the week
// since the vote"); only "earlier in" or "later in" makes it the
// anchor's own.
func TestTagBareWeekNot(t *testing.T) {
	for _, s := range []string{
		"Shops close early during the week.",
		"In the week since the vote, prices rose.",
		"Sales for the week rose 2%.",
		"The week was a hard one for the envoy.",
		"Traders were busy in the week.",
	} {
		for _, x := range Tag(s, Anchor{Date: d("2022-01-05")}) {
			assert.NotEqual(t, "the week", x.Text, "%s: %s", s, x.Explain)
		}
	}
}

// "The week of January 10" is the ISO week that holds the day, with the
// day's year read as the day alone would be.
func TestTagWeekOfADay(t *testing.T) {
	dec := Anchor{Date: d("2021-12-10")}
	runCases(t, []tagCase{
		{sentence: "Salas will visit Peru the week of January 10.", anchor: dec, text: "the week of January 10", typ: Date, value: "2022-W02", gran: GranWeek, first: "2022-01-10", last: "2022-01-16"},
		{sentence: "He met Reyes during the week of Dec. 6.", anchor: dec, text: "the week of Dec. 6", typ: Date, value: "2021-W49", gran: GranWeek, first: "2021-12-06", last: "2021-12-12"},
		{sentence: "The summit is set for the week of March 14, 2022.", anchor: dec, text: "the week of March 14, 2022", typ: Date, value: "2022-W11", gran: GranWeek, first: "2022-03-14", last: "2022-03-20"},
		{sentence: "Talks resume the week of 3 January.", anchor: dec, text: "the week of 3 January", typ: Date, value: "2022-W01", gran: GranWeek, first: "2022-01-03", last: "2022-01-09"},
		{sentence: "The vote is scheduled for the week of Jan. 2.", anchor: dec, text: "the week of Jan. 2", typ: Date, value: "2021-W52", gran: GranWeek, first: "2021-12-27", last: "2022-01-02"},
		// A week of a month, or of a year, is no week of a day.
		{sentence: "It was the worst week of 2020.", anchor: dec, text: "2020", typ: Date, value: "2020", gran: GranYear, first: "2020-01-01", last: "2020-12-31"},
	})
}
