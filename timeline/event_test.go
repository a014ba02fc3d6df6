package timeline

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCAMEOCode(t *testing.T) {
	cases := []struct {
		kind      Kind
		elsewhere bool
		want      string
	}{
		{Call, false, "041"},
		{Visit, false, "042"},
		{Visit, true, "042"},
		{Talks, false, "046"},
		{Meeting, true, "044"},
		{Summit, true, "044"},
		{Meeting, false, "040"},
		{Summit, false, "040"},
		{Kind("parade"), false, "040"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, CAMEOCode(tc.kind, tc.elsewhere), "%s elsewhere=%v", tc.kind, tc.elsewhere)
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
		tl := Merge(mentions(mb{kind: Meeting, who: []Participant{okafor, brenner}, place: tc.place, when: onDay("2031-02-02", FromText), article: "a"}))
		require.Len(t, tl.Events, 1)
		assert.Equal(t, tc.want, tl.Events[0].CAMEO, tc.place)
	}
}

func TestEventTitle(t *testing.T) {
	cases := []struct {
		e    Event
		want string
	}{
		{Event{Kind: Call, Participants: []Participant{{Name: "Amara Okafor"}, {Name: "Lukas Brenner"}}}, "Amara Okafor – Lukas Brenner phone call"},
		{Event{Kind: Talks, Format: "Arctic Shelf Dialogue", Participants: []Participant{{Name: "Norway"}, {Name: "Russia"}}}, "Norway – Russia Arctic Shelf Dialogue"},
		{Event{Kind: Summit, Format: "Norway-Japan Forum", Participants: []Participant{{Name: "Norway"}, {Name: "Japan"}}}, "Norway – Japan: Norway-Japan Forum"},
		{Event{Kind: Summit}, "summit"},
		{Event{Kind: Talks, Format: "OSCE", Participants: []Participant{{Name: "OSCE"}, {Name: "Russia"}}}, "OSCE – Russia talks"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, eventTitle(tc.e))
	}
}

func TestEventID(t *testing.T) {
	w := &When{Value: "2031-03-02", Start: "2031-03-02", End: "2031-03-02", Granularity: "day"}
	cases := []struct {
		e    Event
		want string
	}{
		{Event{Kind: Call, When: w, Participants: []Participant{{Name: "Lukas Brenner", Type: "person"}, {Name: "Amara Okafor", Type: "person"}}}, "call-2031-03-02-brenner-okafor"},
		{Event{Kind: Call, Participants: []Participant{{Name: "Amara Okafor", Type: "person"}}}, "call-undated-okafor"},
		{Event{Kind: Call, When: w, Participants: []Participant{{Name: "Max Weiß, Jr.", Type: "person"}, {Name: "Yuliia Zelenskyy", Type: "person"}}}, "call-2031-03-02-weiss-zelenskyy"},
		{Event{Kind: Talks, When: w, Format: "Arctic Shelf Dialogue", Participants: []Participant{{Name: "Norway"}, {Name: "Russia"}}}, "talks-2031-03-02-arctic-shelf-dialogue-norway-russia"},
		{Event{Kind: Summit, When: w, Format: "Norway-Russia Council", Participants: []Participant{{Name: "Norway"}, {Name: "Russia"}, {Name: "Japan"}}}, "summit-2031-03-02-norway-russia-council-japan"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, eventID(tc.e))
	}

	// A long participant list is cut, and a hash of the whole keeps lists
	// that differ only after the cut apart.
	long := func(last string) Event {
		return Event{Kind: Summit, When: w, Participants: []Participant{{Name: "Côte d'Ivoire"}, {Name: "Bosnia and Herzegovina"}, {Name: "Papua New Guinea"}, {Name: "Trinidad and Tobago"}, {Name: last}}}
	}
	a, b := eventID(long("Zambia")), eventID(long("Zimbabwe"))
	assert.Regexp(t, `^summit-2031-03-02-bosnia-and-herzegovina-cote-divoire-papua-new-guinea-trinidad-[0-9a-f]{8}$`, a, "cut between words")
	assert.NotEqual(t, a, b)
}

func TestAssignIDsDisambiguates(t *testing.T) {
	// Two distinct calls of the same people on the same day (one a planned
	// one, with a different set of sources) get the same base id.
	var events []Event
	for i := 0; i < 3; i++ {
		events = append(events, Event{Kind: Call, Participants: []Participant{{Name: "Amara Okafor", Type: "person"}},
			Sources: []Source{{Article: fmt.Sprintf("art-%d", 2-i)}}})
	}
	assignIDs(events)
	sortEvents(events)
	ids := []string{events[0].ID, events[1].ID, events[2].ID}
	assert.Equal(t, []string{"call-undated-okafor", "call-undated-okafor-2", "call-undated-okafor-3"}, ids)
	assert.Equal(t, "art-0", events[0].Sources[0].Article, "suffixes follow content order, not input order")
}

func TestSortEventsUndatedLast(t *testing.T) {
	day := func(s, e string) *When { return &When{Start: s, End: e} }
	events := []Event{
		{ID: "b", When: nil},
		{ID: "z", When: day("2031-01-02", "2031-01-02")},
		{ID: "a", When: nil},
		{ID: "y", When: day("2031-01-01", "2031-01-07")},
		{ID: "x", When: day("2031-01-01", "2031-01-01")},
		{ID: "w", When: day("2031-01-01", "2031-01-07")},
	}
	sortEvents(events)
	var ids []string
	for _, e := range events {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"x", "w", "y", "z", "a", "b"}, ids)
}
