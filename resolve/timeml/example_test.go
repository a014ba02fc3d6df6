package timeml_test

import (
	"fmt"
	"os"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/resolve/timeml"
	"github.com/rickb777/date/v2"
)

func ExampleAnnotate() {
	text := "The envoys spoke on Thursday & will meet next week."
	timexes := []resolve.Timex{
		{Start: 17, End: 28, Type: resolve.Date, Value: "2021-12-30"},
		{Start: 41, End: 50, Type: resolve.Date, Value: "2022-W02"},
	}
	fmt.Println(timeml.Annotate(text, timexes))
	// Output:
	// The envoys spoke <TIMEX3 tid="t1" type="DATE" value="2021-12-30">on Thursday</TIMEX3> & will meet <TIMEX3 tid="t2" type="DATE" value="2022-W02">next week</TIMEX3>.
}

func ExampleWriteDocument() {
	text := "Rates rose 2% & fell <1% last week."
	timexes := []resolve.Timex{{Start: 25, End: 34, Type: resolve.Date, Value: "2022-W52"}}
	timeml.WriteDocument(os.Stdout, "rates-1", date.New(2023, 1, 2), text, timexes)
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <TimeML>
	// <DOCID>rates-1</DOCID>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="2023-01-02" temporalFunction="false" functionInDocument="CREATION_TIME">2023-01-02</TIMEX3></DCT>
	// <TEXT>Rates rose 2% &amp; fell &lt;1% <TIMEX3 tid="t1" type="DATE" value="2022-W52">last week</TIMEX3>.</TEXT>
	// </TimeML>
}

func ExampleScore() {
	// Gold: "on Thursday" [17,28) and "next week" [41,50).
	gold := []timeml.Span{
		{Start: 17, End: 28, Text: "on Thursday", Type: "DATE", Value: "2021-12-30"},
		{Start: 41, End: 50, Text: "next week", Type: "DATE", Value: "2022-W02"},
	}
	// The system found "Thursday" (overlapping, right value), "next week"
	// (exact span, wrong value) and "will" (nothing there).
	system := []timeml.Span{
		{Start: 20, End: 28, Text: "Thursday", Type: "DATE", Value: "2021-12-30"},
		{Start: 41, End: 50, Text: "next week", Type: "DATE", Value: "2022-W01"},
		{Start: 31, End: 35, Text: "will", Type: "DATE", Value: "FUTURE_REF"},
	}
	r := timeml.Score(gold, system)
	f := r.Figures()
	fmt.Printf("strict F1=%.2f relaxed F1=%.2f value F1=%.2f\n", f.Strict.F1, f.Relaxed.F1, f.Value.F1)
	for _, m := range r.Mismatches() {
		fmt.Println(m.Line("envoys.tml", date.New(2022, 1, 3)))
	}
	// Output:
	// strict F1=0.40 relaxed F1=0.80 value F1=0.40
	// envoys.tml [dct 2022-01-03] VALUE 'next week' gold=2022-W02 sys=2022-W01 (sys span 'next week')
	// envoys.tml [dct 2022-01-03] SPURIOUS 'will' sys=FUTURE_REF
}
