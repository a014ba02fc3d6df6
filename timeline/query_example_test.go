package timeline_test

import (
	"fmt"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// Query selects events by date range (inclusive; an event counts when its
// dates overlap the range), participant and kind.
func ExampleTimeline_Query() {
	days := func(s, e string) *timeline.When {
		first, last := date.MustParseISO(s), date.MustParseISO(e)
		return &timeline.When{Value: s, Range: resolve.Range{First: first, Last: last}, Granularity: resolve.GranDay}
	}
	tl := timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{
		{ID: "call-2031-03-05-brenner-okafor", Kind: timeline.Call, When: days("2031-03-05", "2031-03-05"),
			Participants: []timeline.Participant{{Name: "Amara Okafor", Type: "person"}, {Name: "Lukas Brenner", Type: "person"}}},
		{ID: "talks-2031-03-09-norway-russia", Kind: timeline.Talks, When: days("2031-03-09", "2031-03-15"),
			Participants: []timeline.Participant{{Name: "Norway", Type: "country"}, {Name: "Russia", Type: "country"}}},
	}}
	kind, err := timeline.ParseKind("Talks")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range []timeline.Filter{
		{From: date.MustParseISO("2031-03-10"), To: date.MustParseISO("2031-03-10")},
		{Who: []string{"okafor"}},
		{Kinds: []timeline.Kind{kind}},
	} {
		for _, e := range tl.Query(f).Events {
			fmt.Println(e.ID)
		}
	}
	_, err = timeline.ParseKind("parade")
	fmt.Println(err)
	// Output:
	// talks-2031-03-09-norway-russia
	// call-2031-03-05-brenner-okafor
	// talks-2031-03-09-norway-russia
	// unknown kind "parade": want one of call, meeting, visit, talks, summit
}
