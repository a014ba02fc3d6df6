package resolve_test

import (
	"fmt"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

func ExampleTag() {
	text := "On Thursday (local time), Biden held a telephone call with Putin. " +
		"Officials will meet in Geneva on January 10, starting next week."
	anchor := resolve.Anchor{Date: date.New(2022, time.January, 3)}
	for _, x := range resolve.Tag(text, anchor) {
		fmt.Printf("%-22q %-10s %s\n", x.Text, x.Value, x.Explain)
	}
	// Output:
	// "Thursday (local time)" 2021-12-30 Thursday before anchor Mon 2022-01-03 (verb 'held' is past tense); the day is counted in local time
	// "January 10"           2022-01-10 January 10 in year 2022, nearest to anchor Mon 2022-01-03 on the future side ("will" is future tense)
	// "next week"            2022-W02   next week: the ISO week after that of anchor Mon 2022-01-03
}

// A program that needs the dates of some sentences only tags those.
func ExampleTagger_TagSpans() {
	text := "Markets fell on Monday. Biden spoke with Putin on Thursday. Talks start next week."
	var tg resolve.Tagger
	spans := []resolve.Span{{Start: 24, End: 59}} // the second sentence
	for _, x := range tg.TagSpans(text, resolve.Anchor{Date: date.New(2022, time.January, 3)}, spans) {
		fmt.Println(x.Start, x.End, x.Text, x.Value)
	}
	// Output:
	// 50 58 Thursday 2021-12-30
}
