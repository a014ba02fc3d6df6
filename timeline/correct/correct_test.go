package correct

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

func ev(id string, day date.Date, articles ...string) timeline.Event {
	w := timeline.Day(day)
	e := timeline.Event{ID: id, Kind: timeline.Call, CAMEO: "041", Title: id, Status: timeline.Planned, When: &w,
		Participants: []timeline.Participant{{Name: "Joe Biden", Type: timeline.PersonParty}, {Name: "Vladimir Putin", Type: timeline.PersonParty}}}
	for i, a := range articles {
		e.Sources = append(e.Sources, timeline.Source{Article: a, Published: day, Sentence: "sentence " + string(rune('A'+i))})
	}
	return e
}

func sample() timeline.Timeline {
	return timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{
		ev("call-a", date.New(2021, 12, 7), "wh/1.txt", "kremlin/2.txt"),
		ev("call-b", date.New(2021, 12, 8), "kremlin/3.txt"),
		ev("call-c", date.New(2021, 12, 30), "wh/4.txt", "wh/5.txt", "kremlin/6.txt"),
	}}
}

func TestParseEveryKind(t *testing.T) {
	yamlDoc := `
corrections:
  - event: call-a
    date: 2021-12-06
    kind: meeting
    status: occurred
    place: Geneva
    participants: [Joe Biden, Russia, {name: Sergey Lavrov, role: Foreign Minister}]
    title: Biden and Putin
    note: readout says Monday
  - event: call-a
    merge: call-b
  - event: call-c
    split: [{article: kremlin/6.txt}]
  - event: call-x
    drop: true
`
	f, err := Parse("c.yaml", []byte(yamlDoc))
	require.NoError(t, err)
	require.Len(t, f.Corrections, 4)
	c := f.Corrections[0]
	assert.Equal(t, 3, c.Line)
	assert.Equal(t, "2021-12-06", c.Date.Value)
	assert.Equal(t, timeline.Meeting, c.Kind)
	assert.Equal(t, timeline.Occurred, c.Status)
	assert.Equal(t, "Geneva", c.Place)
	assert.Equal(t, []timeline.Participant{
		{Name: "Joe Biden", Type: timeline.PersonParty},
		{Name: "Russia", Type: timeline.CountryParty},
		{Name: "Sergey Lavrov", Type: timeline.PersonParty, Role: "Foreign Minister"},
	}, c.Participants)
	assert.Equal(t, []string{"call-b"}, f.Corrections[1].Merge)
	assert.Equal(t, []Split{{Article: "kremlin/6.txt"}}, f.Corrections[2].Split)
	assert.True(t, f.Corrections[3].Drop)

	// The same in JSON.
	jsonDoc := `[{"event": "call-a", "date": "2021-12-06", "note": "x"}, {"event": "call-c", "place": null}]`
	f, err = Parse("c.json", []byte(jsonDoc))
	require.NoError(t, err)
	require.Len(t, f.Corrections, 2)
	assert.True(t, f.Corrections[1].ClearPlace)
}

func TestParseErrorsNameLineAndField(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"- event: a\n  date: 2021-13-01\n", `c.yaml:1: field "date": "2021-13-01" is not a date`},
		{"- event: a\n  kind: lunch\n", `c.yaml:1: field "kind": unknown kind "lunch"`},
		{"- event: a\n  status: maybe\n", `c.yaml:1: field "status": unknown status "maybe"`},
		{"- date: 2021-12-01\n", `c.yaml:1: field "event": the id of the event to correct is missing`},
		{"- event: a\n", `c.yaml:1: the correction of "a" changes nothing`},
		{"- event: a\n  colour: red\n", `c.yaml:1: unknown field "colour"`},
		{"- event: a\n  drop: true\n  status: planned\n", `c.yaml:1: field "drop": an event dropped cannot be changed too`},
		{"- event: a\n  split: [{sentence: x}]\n", `c.yaml:1: field "split", line 2: the article whose sources are split out is missing`},
		{"- event: a\n  participants: [{role: x}]\n", `c.yaml:1: field "participants", line 2: a participant has no name`},
		{"fixes: []\n", `c.yaml:1: unknown key "fixes"`},
		{"- [a\n", `c.yaml: not JSON or YAML`},
		{"42\n", `c.yaml:1: expected a list of corrections`},
	} {
		_, err := Parse("c.yaml", []byte(tc.doc))
		if assert.Error(t, err, tc.doc) {
			assert.Contains(t, err.Error(), tc.want, tc.doc)
		}
	}
}

func TestParseWhen(t *testing.T) {
	for _, tc := range []struct {
		in          string
		value       string
		first, last date.Date
		gran        resolve.Granularity
	}{
		{"2021-12-30", "2021-12-30", date.New(2021, 12, 30), date.New(2021, 12, 30), resolve.GranDay},
		{"2021-12-20/2021-12-22", "2021-12-20", date.New(2021, 12, 20), date.New(2021, 12, 22), resolve.GranDay},
		{"2022-W02", "2022-W02", date.New(2022, 1, 10), date.New(2022, 1, 16), resolve.GranWeek},
		{"2021-02", "2021-02", date.New(2021, 2, 1), date.New(2021, 2, 28), resolve.GranMonth},
		{"2021", "2021", date.New(2021, 1, 1), date.New(2021, 12, 31), resolve.GranYear},
	} {
		w, err := ParseWhen(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.value, w.Value, tc.in)
		assert.Equal(t, tc.first, w.Start(), tc.in)
		assert.Equal(t, tc.last, w.End(), tc.in)
		assert.Equal(t, tc.gran, w.Granularity, tc.in)
	}
	for _, bad := range []string{"", "2021-12-31/2021-12-01", "2021-W54", "0000", "2021-00", "yesterday"} {
		_, err := ParseWhen(bad)
		assert.Error(t, err, bad)
	}
}

func TestApplyEveryKind(t *testing.T) {
	f, err := Parse("c.yaml", []byte(`
- event: call-a
  date: 2021-12-06
  kind: meeting
  status: occurred
  place: Geneva
  participants: [Joe Biden, Vladimir Putin, Sergey Lavrov]
  title: Biden–Putin meeting
- event: call-a
  merge: call-b
- event: call-c
  split: kremlin/6.txt
  note: the Kremlin dates another call
- event: call-b
  note: merged already, found by its old id
- event: call-nowhere
  drop: true
- event: call-c-split
  drop: true
`))
	require.NoError(t, err)
	tl, rep := Apply(sample(), Options{}, f)
	assert.Equal(t, 5, rep.Applied)
	assert.Equal(t, []string{"call-c-split"}, rep.Dropped)
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, "c.yaml:16", rep.Problems[0].By)
	assert.Equal(t, "call-nowhere", rep.Problems[0].Event)

	require.Len(t, tl.Events, 2)
	a := tl.Events[0]
	assert.Equal(t, "call-a", a.ID)
	assert.Equal(t, "2021-12-06", a.When.Value)
	assert.Equal(t, timeline.Meeting, a.Kind)
	assert.Equal(t, timeline.Occurred, a.Status)
	assert.Equal(t, "Geneva", *a.Place)
	assert.Len(t, a.Participants, 3)
	assert.Equal(t, "Biden–Putin meeting", a.Title)
	assert.Equal(t, []string{"call-b"}, a.Aliases)
	assert.Len(t, a.Sources, 3, "call-b's source joined")
	var fields []string
	for _, c := range a.Corrected {
		fields = append(fields, c.Field)
	}
	assert.Equal(t, []string{"date", "kind", "status", "place", "participants", "title", "merge", "note"}, fields)
	assert.Equal(t, timeline.Change{Field: "date", From: "2021-12-07", To: "2021-12-06", By: "c.yaml:2"}, a.Corrected[0])
	assert.Contains(t, a.CorrectedSummary(), "date 2021-12-07 → 2021-12-06")

	c := tl.Events[1]
	assert.Equal(t, "call-c", c.ID)
	assert.Len(t, c.Sources, 2)
	assert.Equal(t, "split", c.Corrected[0].Field)
	assert.Equal(t, "call-c-split", c.Corrected[0].To)
	assert.Equal(t, "the Kremlin dates another call", c.Corrected[1].Note)

	// The input is not changed.
	assert.Len(t, sample().Events[0].Sources, 2)
}

func TestApplyProblems(t *testing.T) {
	f, err := Parse("c.yaml", []byte(`
- event: call-a
  merge: call-a
- event: call-a
  merge: [call-b, call-zz]
- event: call-a
  split: nowhere.txt
- event: call-b
  split: kremlin/3.txt
`))
	require.NoError(t, err)
	tl, rep := Apply(sample(), Options{}, f)
	require.Len(t, rep.Problems, 4)
	assert.Contains(t, rep.Problems[0].Err, "is the event corrected itself")
	assert.Contains(t, rep.Problems[1].Err, `no event has the id "call-zz"`)
	assert.Contains(t, rep.Problems[2].Err, `no source from the article "nowhere.txt"`)
	assert.Contains(t, rep.Problems[3].Err, "nothing would be left")
	assert.Equal(t, sample(), tl, "a correction with a problem changes nothing")
}

func TestApplyFollowsStoreAliases(t *testing.T) {
	f, err := Parse("c.yaml", []byte("- event: call-old\n  status: cancelled\n"))
	require.NoError(t, err)
	tl, rep := Apply(sample(), Options{Aliases: map[string]string{"call-old": "call-b"}}, f)
	assert.Empty(t, rep.Problems)
	assert.Equal(t, timeline.Cancelled, tl.Events[1].Status)
}

// FuzzParse feeds arbitrary bytes to the parser: it returns corrections or
// an error, never panics, and what it returns applies without panicking.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"- event: call-a\n  date: 2021-12-06\n  note: x\n",
		`{"corrections": [{"event": "call-a", "merge": ["call-b"]}, {"event": "call-c", "split": [{"article": "wh/4.txt", "sentence": "A"}]}]}`,
		"- event: call-c\n  participants: [{name: A, type: country}, B]\n  place: null\n",
		"- event: call-b\n  drop: true\n",
		"corrections:\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.yaml", data)
		if err != nil {
			assert.NotEmpty(t, err.Error())
			return
		}
		tl, rep := Apply(sample(), Options{}, file)
		assert.Equal(t, len(file.Corrections), rep.Applied+len(rep.Problems))
		assert.LessOrEqual(t, len(tl.Events), 3+len(file.Corrections))
	})
}
