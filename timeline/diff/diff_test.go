package diff

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"

	"github.com/dateline/dateline/timeline"
)

func event(id string, day date.Date, status timeline.Status, articles ...string) timeline.Event {
	w := timeline.Day(day)
	e := timeline.Event{ID: id, Kind: timeline.Call, Title: id, Status: status, When: &w,
		Participants: []timeline.Participant{{Name: "Joe Biden"}, {Name: "Vladimir Putin"}}}
	for _, a := range articles {
		e.Sources = append(e.Sources, timeline.Source{Article: a, Sentence: "s"})
	}
	return e
}

func TestCompare(t *testing.T) {
	d7, d8, d9 := date.New(2021, 12, 7), date.New(2021, 12, 8), date.New(2021, 12, 9)
	old := timeline.Timeline{Events: []timeline.Event{
		event("call-a", d7, timeline.Planned, "1.txt"),
		event("call-b", d8, timeline.Occurred, "2.txt"),
		event("call-c", d9, timeline.Occurred, "3.txt"),
		event("call-d", d9, timeline.Occurred, "4.txt"),
		event("call-e", d9, timeline.Occurred, "5.txt"),
	}}
	renamed := event("call-c2", d8, timeline.Occurred, "3.txt")
	renamed.Aliases = []string{"call-c"}
	fromTable := event("call-e2", d9, timeline.Occurred, "5.txt")
	newer := timeline.Timeline{Events: []timeline.Event{
		event("call-a", d7, timeline.Occurred, "1.txt", "6.txt", "7.txt"),
		event("call-b", d8, timeline.Occurred, "2.txt"),
		renamed,
		fromTable,
		event("call-f", d9, timeline.Planned, "8.txt"),
	}}
	d := Compare(old, newer, map[string]string{"call-e": "call-e2"})
	assert.Equal(t, []Entry{{ID: "call-f", Date: "2021-12-09", Kind: "call", Status: "planned", Title: "call-f"}}, d.Added)
	assert.Equal(t, []Entry{{ID: "call-d", Date: "2021-12-09", Kind: "call", Status: "occurred", Title: "call-d"}}, d.Removed)
	assert.Equal(t, 1, d.Unchanged)
	if assert.Len(t, d.Changed, 3) {
		assert.Equal(t, []Field{{"status", "planned", "occurred"}, {"sources", "1", "3 (+2)"}}, d.Changed[0].Fields)
		assert.Equal(t, "call-c", d.Changed[1].OldID)
		assert.Equal(t, []Field{{"id", "call-c", "call-c2"}, {"title", "call-c", "call-c2"}, {"date", "2021-12-09", "2021-12-08"}}, d.Changed[1].Fields)
		assert.Equal(t, "call-e", d.Changed[2].OldID, "found through the alias table")
	}
	same := Compare(old, old, nil)
	assert.Empty(t, same.Added)
	assert.Empty(t, same.Removed)
	assert.Empty(t, same.Changed)
	assert.Equal(t, 5, same.Unchanged)
}
