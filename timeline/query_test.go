package timeline

import (
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func queryTimeline() Timeline {
	w := func(s, e string) *When {
		return &When{Value: s, Range: resolve.Range{First: date.MustParseISO(s), Last: date.MustParseISO(e)}, Granularity: "day"}
	}
	geneva, oslo := "Geneva", "Oslo, Norway"
	return Timeline{Schema: Schema, Events: []Event{
		{ID: "call-1", Kind: Call, Status: Occurred, When: w("2031-12-30", "2031-12-30"), Title: "Okafor – Brenner phone call",
			Participants: []Participant{{Name: "Amara Okafor", Type: "person", Country: "Nigeria"}, {Name: "Lukas Brenner", Type: "person"}},
			Sources:      []Source{{Headline: "Leaders talk grain", Sentence: "Okafor and Brenner spoke about grain."}}},
		{ID: "call-2", Kind: Call, Status: Occurred, When: w("2032-01-02", "2032-01-02"),
			Participants: []Participant{{Name: "Volodymyr Zelenskyy", Type: "person", Aliases: []string{"Zelensky"}}, {Name: "Ingrid Halvorsen", Type: "person"}}},
		{ID: "talks-1", Kind: Talks, Status: Planned, When: w("2032-01-10", "2032-01-10"), Place: &geneva,
			Participants: []Participant{{Name: "United States", Type: "country"}, {Name: "Russia", Type: "country"}}},
		{ID: "summit-1", Kind: Summit, Status: Planned, When: w("2032-01-10", "2032-01-16"), Place: &oslo,
			Participants: []Participant{{Name: "NATO", Type: "organization"}, {Name: "Russia", Type: "country"}}},
		{ID: "visit-1", Kind: Visit, Status: Cancelled, When: w("2032-02-01", "2032-02-29"),
			Participants: []Participant{{Name: "Sauli Niinistö", Type: "person"}}},
		{ID: "meeting-undated", Kind: Meeting, Status: Occurred,
			Participants: []Participant{{Name: "Amara Okafor", Type: "person"}}},
		{ID: "visit-2031", Kind: Visit, Status: Occurred,
			When:         &When{Value: "2031", Range: resolve.Range{First: date.MustParseISO("2031-01-01"), Last: date.MustParseISO("2031-12-31")}, Granularity: resolve.GranYear},
			Participants: []Participant{{Name: "Lukas Brenner", Type: "person", Country: "Germany"}, {Name: "Norway", Type: "country"}}},
	}}
}

func TestQuery(t *testing.T) {
	d := date.MustParseISO
	cases := []struct {
		name string
		f    Filter
		want []string
	}{
		{"no filter keeps everything", Filter{}, []string{"call-1", "call-2", "talks-1", "summit-1", "visit-1", "meeting-undated", "visit-2031"}},
		{"inclusive range, undated left out", Filter{From: d("2031-12-29"), To: d("2032-01-02")}, []string{"call-1", "call-2", "visit-2031"}},
		{"one day overlaps a week", Filter{From: d("2032-01-10"), To: d("2032-01-10")}, []string{"talks-1", "summit-1"}},
		{"open start", Filter{To: d("2031-12-30")}, []string{"call-1", "visit-2031"}},
		{"open end", Filter{From: d("2032-01-16")}, []string{"summit-1", "visit-1"}},
		{"surname, any case", Filter{Who: []string{"okafor"}}, []string{"call-1", "meeting-undated"}},
		{"spelling variant", Filter{Who: []string{"Zelenskiy"}}, []string{"call-2"}},
		{"alias", Filter{Who: []string{"zelensky"}}, []string{"call-2"}},
		{"diacritics folded", Filter{Who: []string{"niinisto"}}, []string{"visit-1"}},
		{"country", Filter{Who: []string{"russia"}}, []string{"talks-1", "summit-1"}},
		{"country alias", Filter{Who: []string{"U.S."}}, []string{"talks-1"}},
		{"person's country does not match the person", Filter{Who: []string{"nigeria"}}, nil},
		{"any of several names", Filter{Who: []string{"brenner", "halvorsen"}, AnyWho: true}, []string{"call-1", "call-2", "visit-2031"}},
		{"all of several names", Filter{Who: []string{"brenner", "okafor"}}, []string{"call-1"}},
		{"all of several names, none has both", Filter{Who: []string{"brenner", "halvorsen"}}, nil},
		{"person and country together", Filter{Who: []string{"brenner", "norway"}}, []string{"visit-2031"}},
		{"country of a person", Filter{Countries: []string{"nigeria"}}, []string{"call-1"}},
		{"country taking part, by another name", Filter{Countries: []string{"U.S."}}, []string{"talks-1"}},
		{"any of several countries", Filter{Countries: []string{"Germany", "russia"}}, []string{"talks-1", "summit-1", "visit-2031"}},
		{"precise: a year is coarser than a week", Filter{From: d("2031-12-27"), To: d("2032-01-02"), Precise: true}, []string{"call-1", "call-2"}},
		{"precise: a year is not coarser than a year", Filter{From: d("2031-01-01"), To: d("2031-12-31"), Precise: true}, []string{"call-1", "visit-2031"}},
		{"two days overlap a week", Filter{From: d("2032-01-12"), To: d("2032-01-13")}, []string{"summit-1"}},
		{"precise: a two-day range leaves out a week", Filter{From: d("2032-01-12"), To: d("2032-01-13"), Precise: true}, nil},
		{"precise, open range: coarser than a month and undated left out", Filter{Precise: true}, []string{"call-1", "call-2", "talks-1", "summit-1", "visit-1"}},
		{"kinds", Filter{Kinds: []Kind{Talks, Summit}}, []string{"talks-1", "summit-1"}},
		{"statuses", Filter{Statuses: []Status{Cancelled}}, []string{"visit-1"}},
		{"place substring", Filter{Where: "oslo"}, []string{"summit-1"}},
		{"place unknown never matches", Filter{Where: "geneva", Kinds: []Kind{Call}}, nil},
		{"text in sentences", Filter{Text: "GRAIN"}, []string{"call-1"}},
		{"all together", Filter{From: d("2032-01-01"), Who: []string{"Russia"}, Kinds: []Kind{Talks}, Where: "gene"}, []string{"talks-1"}},
	}
	tl := queryTimeline()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := tl.Query(tc.f)
			assert.Equal(t, Schema, got.Schema)
			require.NotNil(t, got.Events)
			var ids []string
			for _, e := range got.Events {
				ids = append(ids, e.ID)
			}
			assert.Equal(t, tc.want, ids)
		})
	}
}

func TestParseKindAndStatus(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Kind
		err  string
	}{
		{"call", Call, ""},
		{" Summit ", Summit, ""},
		{"parade", "", `unknown kind "parade": want one of call, meeting, visit, talks, summit`},
		{"", "", `unknown kind ""`},
	} {
		k, err := ParseKind(tc.in)
		if tc.err != "" {
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, k)
	}
	for _, tc := range []struct {
		in   string
		want Status
		err  string
	}{
		{"PLANNED", Planned, ""},
		{"postponed", Postponed, ""},
		{"done", "", `unknown status "done": want one of occurred, planned, cancelled, postponed`},
	} {
		s, err := ParseStatus(tc.in)
		if tc.err != "" {
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, s)
	}
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{"call", "Talks", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKind(s)
		if (err == nil) != (k != "") {
			t.Fatalf("ParseKind(%q) = %q, %v", s, k, err)
		}
	})
}
