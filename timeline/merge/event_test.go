package merge

import (
	"fmt"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCAMEOCode(t *testing.T) {
	cases := []struct {
		kind      timeline.Kind
		elsewhere bool
		want      string
	}{
		{timeline.Call, false, "041"},
		{timeline.Visit, false, "042"},
		{timeline.Visit, true, "042"},
		{timeline.Talks, false, "046"},
		{timeline.Meeting, true, "044"},
		{timeline.Summit, true, "044"},
		{timeline.Meeting, false, "040"},
		{timeline.Summit, false, "040"},
		{timeline.Kind("parade"), false, "040"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, timeline.CAMEOCode(tc.kind, tc.elsewhere), "%s elsewhere=%v", tc.kind, tc.elsewhere)
	}
}

func TestEventCAMEOFromPlace(t *testing.T) {
	cases := []struct {
		place string
		want  string
	}{
		{"Geneva", "044"}, // a city in neither country
		{"Vienna", "040"}, // Brenner's capital
		{"", "040"},
		{"Atlantis", "044"}, // an unknown place that is no participant
		{"Nigeria", "040"},  // a participant's country
	}
	for _, tc := range cases {
		tl := Merge(mentions(mb{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: tc.place, when: onDay("2031-02-02", timeline.FromText), article: "a"}))
		require.Len(t, tl.Events, 1)
		assert.Equal(t, tc.want, tl.Events[0].CAMEO, tc.place)
	}
}

func TestEventTitle(t *testing.T) {
	cases := []struct {
		e    timeline.Event
		want string
	}{
		{timeline.Event{Kind: timeline.Call, Participants: []timeline.Participant{{Name: "Amara Okafor"}, {Name: "Lukas Brenner"}}}, "Amara Okafor – Lukas Brenner phone call"},
		{timeline.Event{Kind: timeline.Talks, Format: "Arctic Shelf Dialogue", Participants: []timeline.Participant{{Name: "Norway"}, {Name: "Russia"}}}, "Norway – Russia Arctic Shelf Dialogue"},
		{timeline.Event{Kind: timeline.Summit, Format: "Norway-Japan Forum", Participants: []timeline.Participant{{Name: "Norway"}, {Name: "Japan"}}}, "Norway – Japan: Norway-Japan Forum"},
		{timeline.Event{Kind: timeline.Summit}, "summit"},
		{timeline.Event{Kind: timeline.Talks, Format: "OSCE", Participants: []timeline.Participant{{Name: "OSCE"}, {Name: "Russia"}}}, "OSCE – Russia talks"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, eventTitle(tc.e))
	}
}

func TestEventID(t *testing.T) {
	w := &timeline.When{Value: "2031-03-02", Range: resolve.Range{First: ymd("2031-03-02"), Last: ymd("2031-03-02")}, Granularity: "day"}
	cases := []struct {
		e    timeline.Event
		want string
	}{
		{timeline.Event{Kind: timeline.Call, When: w, Participants: []timeline.Participant{{Name: "Lukas Brenner", Type: "person"}, {Name: "Amara Okafor", Type: "person"}}}, "call-2031-03-02-brenner-okafor"},
		{timeline.Event{Kind: timeline.Call, Participants: []timeline.Participant{{Name: "Amara Okafor", Type: "person"}}}, "call-undated-okafor"},
		{timeline.Event{Kind: timeline.Call, When: w, Participants: []timeline.Participant{{Name: "Max Weiß, Jr.", Type: "person"}, {Name: "Yuliia Zelenskyy", Type: "person"}}}, "call-2031-03-02-weiss-zelenskyy"},
		{timeline.Event{Kind: timeline.Talks, When: w, Format: "Arctic Shelf Dialogue", Participants: []timeline.Participant{{Name: "Norway"}, {Name: "Russia"}}}, "talks-2031-03-02-arctic-shelf-dialogue-norway-russia"},
		{timeline.Event{Kind: timeline.Summit, When: w, Format: "Norway-Russia Council", Participants: []timeline.Participant{{Name: "Norway"}, {Name: "Russia"}, {Name: "Japan"}}}, "summit-2031-03-02-norway-russia-council-japan"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, eventID(tc.e))
	}

	// A long participant list is cut, and a hash of the whole keeps lists
	// that differ only after the cut apart.
	long := func(last string) timeline.Event {
		return timeline.Event{Kind: timeline.Summit, When: w, Participants: []timeline.Participant{{Name: "Côte d'Ivoire"}, {Name: "Bosnia and Herzegovina"}, {Name: "Papua New Guinea"}, {Name: "Trinidad and Tobago"}, {Name: last}}}
	}
	a, b := eventID(long("Zambia")), eventID(long("Zimbabwe"))
	assert.Regexp(t, `^summit-2031-03-02-bosnia-and-herzegovina-cote-divoire-papua-new-guinea-trinidad-[0-9a-f]{8}$`, a, "cut between words")
	assert.NotEqual(t, a, b)
}

func TestFinishDisambiguatesIDs(t *testing.T) {
	// Two distinct calls of the same people on the same day (one a planned
	// one, with a different set of sources) get the same base id.
	var events []timeline.Event
	for i := 0; i < 3; i++ {
		events = append(events, timeline.Event{Kind: timeline.Call, Participants: []timeline.Participant{{Name: "Amara Okafor", Type: "person"}},
			Sources: []timeline.Source{{Article: fmt.Sprintf("art-%d", 2-i)}}})
		events[i].ID = eventID(events[i])
	}
	events = Finish(timeline.Timeline{Events: events[:1]}, timeline.Timeline{Events: events[1:]}).Events
	ids := []string{events[0].ID, events[1].ID, events[2].ID}
	assert.Equal(t, []string{"call-undated-okafor", "call-undated-okafor-2", "call-undated-okafor-3"}, ids)
	assert.Equal(t, "art-0", events[0].Sources[0].Article, "suffixes follow content order, not input order")
}

func TestSortEventsUndatedLast(t *testing.T) {
	day := func(s, e string) *timeline.When {
		return &timeline.When{Range: resolve.Range{First: ymd(s), Last: ymd(e)}}
	}
	events := []timeline.Event{
		{ID: "b", When: nil},
		{ID: "z", When: day("2031-01-02", "2031-01-02")},
		{ID: "a", When: nil},
		{ID: "y", When: day("2031-01-01", "2031-01-07")},
		{ID: "x", When: day("2031-01-01", "2031-01-01")},
		{ID: "w", When: day("2031-01-01", "2031-01-07")},
	}
	timeline.SortEvents(events)
	var ids []string
	for _, e := range events {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"x", "w", "y", "z", "a", "b"}, ids)
}
