package merge_test

import (
	"fmt"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/merge"
	"github.com/rickb777/date/v2"
)

// Two articles report one call: an announcement the day before with the day
// written out, and a report whose only date is its publication date, a day
// later in another time zone. Merge makes them one event.
func ExampleMerge() {
	day := func(s string, basis timeline.DateBasis) *timeline.MentionDate {
		return &timeline.MentionDate{When: timeline.Day(date.MustParseISO(s)), Basis: basis}
	}
	okafor := timeline.Participant{Name: "Amara Okafor", Type: "person", Country: "Nigeria"}
	brenner := timeline.Participant{Name: "Lukas Brenner", Type: "person", Country: "Austria"}
	tl := merge.Merge([]timeline.Mention{
		{Kind: timeline.Call, Participants: []timeline.Participant{okafor, brenner}, Status: timeline.Planned,
			When: day("2031-03-05", timeline.FromText), Article: "a.txt",
			Source: timeline.Source{Article: "a.txt", Published: date.MustParseISO("2031-03-04"), Sentence: "Okafor will call Brenner on Wednesday."}},
		{Kind: timeline.Call, Participants: []timeline.Participant{{Name: "Brenner", Type: "person"}, {Name: "Okafor", Type: "person"}}, Status: timeline.Occurred,
			When: day("2031-03-06", timeline.FromPublication), Article: "b.txt",
			Source: timeline.Source{Article: "b.txt", Published: date.MustParseISO("2031-03-06"), Sentence: "Brenner and Okafor spoke by phone."}},
	})
	for _, e := range tl.Events {
		fmt.Println(e.ID, e.When.Value, e.Status, len(e.Sources), "sources")
		fmt.Println(e.Title)
	}
	// Output:
	// call-2031-03-05-brenner-okafor 2031-03-05 occurred 2 sources
	// Amara Okafor – Lukas Brenner phone call
}

// Two timelines built from different articles — the announcement of a
// call, and the report of it — combine into the timeline one build over
// both articles gives: one call, occurred, with both sources.
func ExampleCombine() {
	okafor := timeline.Participant{Name: "Amara Okafor", Type: "person", Country: "Nigeria"}
	brenner := timeline.Participant{Name: "Lukas Brenner", Type: "person", Country: "Austria"}
	wednesday := &timeline.MentionDate{When: timeline.Day(date.MustParseISO("2031-03-05")), Basis: timeline.FromText}
	announced := timeline.Mention{Kind: timeline.Call, Participants: []timeline.Participant{okafor, brenner}, Status: timeline.Planned,
		When: wednesday, Article: "a.txt",
		Source: timeline.Source{Article: "a.txt", Published: date.MustParseISO("2031-03-04"), Sentence: "Okafor will call Brenner on Wednesday."}}
	held := timeline.Mention{Kind: timeline.Call, Participants: []timeline.Participant{brenner, okafor}, Status: timeline.Occurred,
		When: wednesday, Article: "b.txt",
		Source: timeline.Source{Article: "b.txt", Published: date.MustParseISO("2031-03-05"), Sentence: "Brenner and Okafor spoke on Wednesday."}}

	first, second := merge.Merge([]timeline.Mention{announced}), merge.Merge([]timeline.Mention{held})
	fmt.Println(first.Events[0].ID, first.Events[0].Status)
	both := merge.Combine(first, second)
	for _, e := range both.Events {
		fmt.Println(e.ID, e.Status, len(e.Sources), "sources")
	}
	// Output:
	// call-2031-03-05-brenner-okafor planned
	// call-2031-03-05-brenner-okafor occurred 2 sources
}
