package resolve

import "testing"

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
					if ts != c.want || cue != c.cue {
						t.Errorf("clauseTense = %v %q, want %v %q", ts, cue, c.want, c.cue)
					}
					return
				}
			}
			t.Fatalf("word %q not in sentence", c.word)
		})
	}
}
