package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Cases for the rules learnt from company and wire reports: quarters and
// comparisons, fiscal years, seasons, unstated lengths.
func TestTagReportConventions(t *testing.T) {
	nov2 := Anchor{Date: d("2022-11-02")}
	runCases(t, []tagCase{
		{sentence: "Net income rose in the third quarter. Year-earlier sales were flat.", anchor: nov2, text: "Year-earlier", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Year-earlier sales were flat, the bakery said.", anchor: nov2, text: "Year-earlier", typ: Date, value: "2021", gran: GranYear, first: "2021-01-01", last: "2021-12-31"},
		{sentence: "Loans fell in the third quarter, against a rise in the 2021 quarter.", anchor: nov2, text: "the 2021 quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Sales will grow in the last half of 2023.", anchor: nov2, text: "the last half of 2023", typ: Date, value: "2023-H2", gran: GranQuarter, first: "2023-07-01", last: "2023-12-31"},
		{sentence: "Revenue was $5 million for the year ended June 30.", anchor: nov2, text: "the year", typ: Duration, value: "P1Y", gran: GranNone},
		{sentence: "Costs rose in the fiscal year, the mill said.", anchor: nov2, text: "the fiscal year", typ: Duration, value: "P1Y", gran: GranNone},
		{sentence: "Orders for the current fiscal year look strong.", anchor: nov2, text: "the current fiscal year", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31"},
		{sentence: "Debt will be cut by year-end.", anchor: nov2, text: "year-end", typ: Date, value: "2022-12-31", gran: GranDay, first: "2022-12-31", last: "2022-12-31"},
		{sentence: "The plan was drafted in the summer.", anchor: nov2, text: "the summer", typ: Date, value: "2022-SU", gran: GranSeason, first: "2022-06-01", last: "2022-08-31"},
		{sentence: "Sales will pick up in the spring.", anchor: nov2, text: "the spring", typ: Date, value: "2023-SP", gran: GranSeason, first: "2023-03-01", last: "2023-05-31"},
		{sentence: "It happened in the winter of 1994.", anchor: nov2, text: "the winter of 1994", typ: Date, value: "1994-WI", gran: GranSeason, first: "1994-12-01", last: "1995-02-28"},
		{sentence: "The dispute has simmered for years.", anchor: nov2, text: "years", typ: Duration, value: "PXY", gran: GranNone},
		{sentence: "Prices should settle in the weeks ahead.", anchor: nov2, text: "the weeks ahead", typ: Duration, value: "PXW", gran: GranNone},
		{sentence: "The fund blamed the recent slump.", anchor: nov2, text: "recent", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Current conditions are harsh.", anchor: nov2, text: "Current", typ: Date, value: "PRESENT_REF", gran: GranNone},
		{sentence: "Profit fell in the third quarter, against $5 million for the same period last year.", anchor: nov2, text: "the same period last year", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Sales rose in the second quarter; exports for last year's quarter were small.", anchor: nov2, text: "last year's quarter", typ: Date, value: "2021-Q2", gran: GranQuarter, first: "2021-04-01", last: "2021-06-30"},
		{sentence: "She was elected on May 22, 2015, and the following year she became minister.", anchor: nov2, text: "the following year", typ: Date, value: "2016", gran: GranYear, first: "2016-01-01", last: "2016-12-31"},
		{sentence: "The following year will be harder, the minister said.", anchor: nov2, text: "The following year", typ: Date, value: "2023", gran: GranYear, first: "2023-01-01", last: "2023-12-31"},
		{sentence: "The board approved a new pay scale, effective Feb. 1.", anchor: nov2, text: "Feb. 1", typ: Date, value: "2023-02-01", gran: GranDay, first: "2023-02-01", last: "2023-02-01"},
		{sentence: "The dividend would be paid in January.", anchor: nov2, text: "January", typ: Date, value: "2023-01", gran: GranMonth, first: "2023-01-01", last: "2023-01-31"},
		{sentence: "Profit in the quarter a year ago was higher.", anchor: nov2, text: "the quarter a year ago", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "The results lagged the 2021 quarter, the miller said.", anchor: nov2, text: "the 2021 quarter", typ: Date, value: "2021-Q3", gran: GranQuarter, first: "2021-07-01", last: "2021-09-30"},
		{sentence: "Stocks are expected to rally around year end.", anchor: nov2, text: "around year end", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31", mod: "APPROX"},
		{sentence: "Sales for the full year rose 4%.", anchor: nov2, text: "the full year", typ: Date, value: "2022", gran: GranYear, first: "2022-01-01", last: "2022-12-31"},
		{sentence: "The firm had agreed to repay the loan by February.", anchor: nov2, text: "February", typ: Date, value: "2023-02", gran: GranMonth, first: "2023-02-01", last: "2023-02-28"},
		{sentence: "The talks are supposed to end in March.", anchor: nov2, text: "March", typ: Date, value: "2023-03", gran: GranMonth, first: "2023-03-01", last: "2023-03-31"},
		{sentence: "The offer had been due to expire Friday.", anchor: nov2, text: "Friday", typ: Date, value: "2022-10-28", gran: GranDay, first: "2022-10-28", last: "2022-10-28"},
		{sentence: "Nov 12, 2021\nThe leaders will meet Monday November 15 in Rome.", anchor: Anchor{Date: d("2021-11-12")}, text: "Monday November 15", typ: Date, value: "2021-11-15", gran: GranDay, first: "2021-11-15", last: "2021-11-15"},
		{sentence: "The Kremlin said on Friday, and the premier is expected in Moscow in the spring.", anchor: nov2, text: "the spring", typ: Date, value: "2023-SP", gran: GranSeason, first: "2023-03-01", last: "2023-05-31"},
		{sentence: "After the 90-minute call, the aides briefed reporters.", anchor: nov2, text: "90-minute", typ: Duration, value: "PT90M", gran: GranNone},
		{sentence: "The envoys met on March 3, 2021. Three days later, they signed a truce.", anchor: nov2, text: "Three days later", typ: Date, value: "2021-03-06", gran: GranDay, first: "2021-03-06", last: "2021-03-06"},
		{sentence: "The summit has been brought forward to Monday.", anchor: nov2, text: "Monday", typ: Date, value: "2022-11-07", gran: GranDay, first: "2022-11-07", last: "2022-11-07"},
		{sentence: "The envoys met on Monday. Two days later, they signed a truce.", anchor: nov2, text: "Two days later", typ: Date, value: "2022-11-02", gran: GranDay, first: "2022-11-02", last: "2022-11-02"},
		{sentence: "The envoys met on March 3, 2021. Three days later they signed a truce. A day later they flew home.", anchor: nov2, text: "A day later", typ: Date, value: "2021-03-07", gran: GranDay, first: "2021-03-07", last: "2021-03-07"},
		{sentence: "The envoys met on March 3, 2021. Three days ago, they signed a truce.", anchor: nov2, text: "Three days ago", typ: Date, value: "2022-10-30", gran: GranDay, first: "2022-10-30", last: "2022-10-30"},
		{sentence: "The envoys met on March 3, 2021. The next day, they signed a truce.", anchor: nov2, text: "The next day", typ: Date, value: "2021-03-04", gran: GranDay, first: "2021-03-04", last: "2021-03-04"},
		{sentence: "The plant will close by end of March.", anchor: nov2, text: "end of March", typ: Date, value: "2023-03", gran: GranMonth, first: "2023-03-01", last: "2023-03-31", mod: "END"},
		{sentence: "In March, the firm hired a new chief. The following month, it put itself up for sale.", anchor: nov2, text: "The following month", typ: Date, value: "2022-04", gran: GranMonth, first: "2022-04-01", last: "2022-04-30"},
		{sentence: "Growth in the first nine months slowed.", anchor: nov2, text: "the first nine months", typ: Duration, value: "P9M", gran: GranNone},
		{sentence: "The talks failed about two years ago.", anchor: nov2, text: "about two years ago", typ: Date, value: "2020", gran: GranYear, first: "2020-01-01", last: "2020-12-31", mod: "APPROX"},
		{sentence: "Nothing changed a few years ago.", anchor: nov2, text: "a few years ago", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Turnout was high in the '90s.", anchor: nov2, text: "the '90s", typ: Date, value: "199", gran: GranDecade, first: "1990-01-01", last: "1999-12-31"},
		{sentence: "In 2019, the firm moved its plant in April.", anchor: nov2, text: "April", typ: Date, value: "2019-04", gran: GranMonth, first: "2019-04-01", last: "2019-04-30"},
		{sentence: "The envoy met rebels at noon yesterday.", anchor: nov2, text: "noon yesterday", typ: Time, value: "2022-11-01T12:00", gran: GranTime, first: "2022-11-01", last: "2022-11-01"},
	})
}

// TestTense checks the cue search on its own.
func TestTense(t *testing.T) {
	for _, c := range []struct {
		sentence string
		word     string // the expression the tense is asked for
		want     tense
		cue      string
	}{
		{"Biden held a call on Thursday.", "thursday", tensePast, "held"},
		{"The sides will meet on Thursday.", "thursday", tenseFuture, "will"},
		{"The envoy may travel to Lima on Thursday.", "thursday", tenseFuture, "may"},
		{"The envoy might meet them on Thursday.", "thursday", tenseFuture, "might"},
		{"The envoys may have met on Thursday.", "thursday", tensePast, "may have met"},
		{"The envoys might have spoken on Thursday.", "thursday", tensePast, "might have spoken"},
		{"The envoys met in May and on Thursday.", "thursday", tensePast, "met"},
		{"The talks will be held on Thursday.", "thursday", tenseFuture, "will be held"},
		{"The pact is to be signed on Thursday.", "thursday", tenseFuture, "to be signed"},
		{"The ministers are set to meet Thursday.", "thursday", tenseFuture, "set to"},
		{"On Thursday, the envoy spoke to reporters.", "thursday", tensePast, "spoke"},
		{"On Thursday (local time), the leaders talked.", "thursday", tensePast, "talked"},
		{"Talks resume. On Thursday there is a vote.", "thursday", tenseNone, ""},
		{"Officials said he would visit on Thursday.", "thursday", tenseFuture, "would"},
	} {
		t.Run(c.sentence, func(t *testing.T) {
			var tg Tagger
			tg.Tag(c.sentence, mon3)
			low := string(tg.low[:len(c.sentence)])
			tk := &tagger{text: c.sentence, low: low, toks: tg.toks, a: mon3}
			for i := range tk.toks {
				if tk.word(i) == c.word {
					ts, cue := tk.clauseTense(i, i+1)
					if ts != c.want || cue.word != c.cue {
						t.Errorf("clauseTense = %v %q, want %v %q", ts, cue.word, c.want, c.cue)
					}
					return
				}
			}
			t.Fatalf("word %q not in sentence", c.word)
		})
	}
}

// Cases for the rules added for references back into the story, parts of
// the day, halves, ages and rates.
func TestTagNarrativeAndHedges(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")} // a Wednesday
	runCases(t, []tagCase{
		// Durations: halves, hedges, unstated lengths.
		{sentence: "The strike lasted 3 1/2 years before a deal.", anchor: wed, text: "3 1/2 years", typ: Duration, value: "P3Y6M", gran: GranNone},
		{sentence: "The vote took two and a half hours.", anchor: wed, text: "two and a half hours", typ: Duration, value: "PT2H30M", gran: GranNone},
		{sentence: "The blast lasted a minute and a half, witnesses said.", anchor: wed, text: "a minute and a half", typ: Duration, value: "PT1M30S", gran: GranNone},
		{sentence: "The siege went on for a decade and a half.", anchor: wed, text: "a decade and a half", typ: Duration, value: "P15Y", gran: GranNone},
		{sentence: "Exports have slumped in recent months.", anchor: wed, text: "recent months", typ: Duration, value: "PXM", gran: GranNone},
		{sentence: "The deal came after months of haggling.", anchor: wed, text: "months", typ: Duration, value: "PXM", gran: GranNone},
		{sentence: "The firm returned to profit after several quarters of losses.", anchor: wed, text: "several quarters", typ: Duration, value: "PXQ", gran: GranNone},
		{sentence: "The lease can run for an additional year.", anchor: wed, text: "an additional year", typ: Duration, value: "P1Y", gran: GranNone},
		{sentence: "She ended a several-year stint as envoy.", anchor: wed, text: "several-year", typ: Duration, value: "PXY", gran: GranNone},
		{sentence: "Prices fell sharply in past years, the bank said.", anchor: wed, text: "past years", typ: Date, value: "PAST_REF", gran: GranNone},
		{sentence: "Margins should widen in future quarters.", anchor: wed, text: "future quarters", typ: Date, value: "FUTURE_REF", gran: GranNone},
		{sentence: "The envoy said the rivals may one day sign a treaty.", anchor: wed, text: "one day", typ: Date, value: "FUTURE_REF", gran: GranNone},
		{sentence: "The talks lasted one day, the envoy said.", anchor: wed, text: "one day", typ: Duration, value: "P1D", gran: GranNone},
		{sentence: "The accord will be signed at a later date.", anchor: wed, text: "a later date", typ: Date, value: "FUTURE_REF", gran: GranNone},
		// A week or so ago: the hedge keeps the shift.
		{sentence: "A week or so ago, the envoy flew home.", anchor: wed, text: "A week or so ago", typ: Date, value: "2023-W10", gran: GranWeek, first: "2023-03-06", last: "2023-03-12"},
		// Parts of the day before their day, or of the day just told.
		{sentence: "The ceasefire broke down mid-afternoon yesterday.", anchor: wed, text: "mid-afternoon yesterday", typ: Time, value: "2023-03-14TAF", gran: GranTime, first: "2023-03-14", last: "2023-03-14"},
		{sentence: "Rebels shelled the town on March 9. Talks resumed in the evening.", anchor: wed, text: "the evening", typ: Time, value: "2023-03-09TEV", gran: GranTime, first: "2023-03-09", last: "2023-03-09"},
		{sentence: "By mid afternoon, the crowd had gone.", anchor: wed, text: "mid afternoon", typ: Time, value: "2023-03-15TAF", gran: GranTime, first: "2023-03-15", last: "2023-03-15"},
		// References back to a date the story has named.
		{sentence: "Imports reached $4 billion in 2019, a record for that year.", anchor: wed, text: "that year", typ: Date, value: "2019", gran: GranYear, first: "2019-01-01", last: "2019-12-31"},
		{sentence: "Sales rose in the second quarter. Results for that quarter included a charge.", anchor: wed, text: "that quarter", typ: Date, value: "2022-Q2", gran: GranQuarter, first: "2022-04-01", last: "2022-06-30"},
		{sentence: "The rebels entered the city on Feb. 2, 2021, and the mayor fled the same day.", anchor: wed, text: "the same day", typ: Date, value: "2021-02-02", gran: GranDay, first: "2021-02-02", last: "2021-02-02"},
		{sentence: "The premier landed in Oslo and later in the day met the king.", anchor: wed, text: "the day", typ: Date, value: "2023-03-15", gran: GranDay, first: "2023-03-15", last: "2023-03-15"},
		{sentence: "Shares closed at a record on Friday, March 10, up 2% from the previous Friday.", anchor: wed, text: "the previous Friday", typ: Date, value: "2023-03-03", gran: GranDay, first: "2023-03-03", last: "2023-03-03"},
		{sentence: "The index is up 5% since year-end.", anchor: wed, text: "year-end", typ: Date, value: "2022-12-31", gran: GranDay, first: "2022-12-31", last: "2022-12-31"},
		{sentence: "Profit rose from a loss in the year-ago third quarter.", anchor: wed, text: "the year-ago third quarter", typ: Date, value: "2022-Q3", gran: GranQuarter, first: "2022-07-01", last: "2022-09-30"},
		{sentence: "Aid workers stayed well into the summer.", anchor: wed, text: "the summer", typ: Date, value: "2022-SU", gran: GranSeason, first: "2022-06-01", last: "2022-08-31"},
		// Tense cues.
		{sentence: "The two ministers meet Friday in Geneva.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The offer had been scheduled to lapse at midnight Friday.", anchor: wed, text: "midnight Friday", typ: Time, value: "2023-03-10T24:00", gran: GranTime, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "When talks failed, the army let the offensive begin as previously planned Saturday night.", anchor: wed, text: "Saturday night", typ: Time, value: "2023-03-11TNI", gran: GranTime, first: "2023-03-11", last: "2023-03-11"},
		{sentence: "The bonus will be paid on a still unspecified date in January.", anchor: wed, text: "January", typ: Date, value: "2024-01", gran: GranMonth, first: "2024-01-01", last: "2024-01-31"},
		{sentence: "Under a plan approved in 2019 that set no cap, the bank bought shares through Feb. 28.", anchor: wed, text: "Feb. 28", typ: Date, value: "2023-02-28", gran: GranDay, first: "2023-02-28", last: "2023-02-28"},
	})
}

// TestTagNotTimes lists phrases that look like times but are not.
func TestTagNotTimes(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	for _, c := range []struct{ sentence, notText string }{
		{"Mr. Ortiz, 61 years old, will retire in June.", "61 years"},
		{"The bank, a 150-year-old institution, was sold.", "150-year"},
		{"Sales should grow 8% annually through 2026.", "annually"},
		{"The plant will make 5,000 cars annually.", "annually"},
		{"The minister spoke on \"This Week\" about the budget.", "This Week"},
		{"Both sides care about the future of the region.", "the future"},
		{"The leaders will attend the Winter Olympics together.", "the Winter"},
		{"She won the Teacher of the Year award.", "the Year"},
		{"The aides talked about recent events.", "about recent"},
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

// TestTagResultsAreIndependent checks that results returned by Tag (which
// borrows pooled scratch buffers) and by a reused Tagger survive later
// calls unchanged.
func TestTagResultsAreIndependent(t *testing.T) {
	first := "The envoys met on Jan. 10, 2022, and again last week."
	second := "Talks resume in March 2023 and end next year, officials said."
	want := Tag(first, mon3)
	require.Len(t, want, 2)
	snapshot := make([]Timex, len(want))
	copy(snapshot, want)
	firstRange := *want[0].Range
	var tg Tagger
	for k := 0; k < 3; k++ {
		Tag(second, mon3)
		tg.Tag(second, mon3)
	}
	kept := tg.Tag(first, mon3)
	tg.Tag(second, mon3)
	assert.Equal(t, snapshot, want)
	assert.Equal(t, firstRange, *want[0].Range)
	assert.Equal(t, want, kept)
}
