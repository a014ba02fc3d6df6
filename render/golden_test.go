package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// update rewrites the golden files: go test ./render -update
var update = flag.Bool("update", false, "rewrite testdata/render/golden files")

const testdata = "../testdata/render"

// loadFixture reads a Timeline JSON from testdata/render.
func loadFixture(t testing.TB, name string) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdata, name))
	require.NoError(t, err)
	tl, err := timeline.DecodeJSON(b, func(err error) { t.Errorf("%s: %v", name, err) })
	require.NoError(t, err, name)
	return &tl
}

// renderString renders tl in the named format.
func renderString(t testing.TB, format string, tl *timeline.Timeline) string {
	t.Helper()
	r, err := Lookup(format)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, r.Render(&buf, tl))
	return buf.String()
}

// goldenNames maps each format to its golden file.
var goldenNames = map[string]string{
	"json":        "sample.json",
	"jsonl":       "sample.jsonl",
	"csv":         "sample.csv",
	"ics":         "sample.ics",
	"timelinejs":  "sample.timelinejs.json",
	"md":          "sample.md",
	"report-html": "sample.report.html",
	"table":       "sample.table.txt",
	"html":        "sample.html",
	"brief":       "sample.brief.txt",
	"brief-md":    "sample.brief.md",
}

func TestGolden(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := renderString(t, format, tl)
			path := filepath.Join(testdata, "golden", goldenNames[format])
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./render -update to create it")
			assert.Equal(t, string(want), got, "%s differs from %s; if the change is intended, run go test ./render -update", format, path)
		})
	}
}

// Every format gives the same bytes on every run: nothing depends on the
// clock or on map iteration order.
func TestDeterministic(t *testing.T) {
	for _, fixture := range []string{"sample.json", "malicious.json"} {
		tl := loadFixture(t, fixture)
		for _, format := range Formats {
			first := renderString(t, format, tl)
			for range 5 {
				require.Equal(t, first, renderString(t, format, tl), "%s %s", fixture, format)
			}
		}
	}
}

// Rendering must not change the Timeline it is given.
func TestRenderDoesNotMutate(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	// Scramble the order so that the display formats have to sort.
	tl.Events[0], tl.Events[len(tl.Events)-1] = tl.Events[len(tl.Events)-1], tl.Events[0]
	before, err := json.Marshal(tl)
	require.NoError(t, err)
	for _, format := range Formats {
		renderString(t, format, tl)
		after, err := json.Marshal(tl)
		require.NoError(t, err)
		require.JSONEq(t, string(before), string(after), format)
	}
}

// Every format accepts a nil and an empty timeline.
func TestEmptyTimeline(t *testing.T) {
	for _, format := range Formats {
		for _, tl := range []*timeline.Timeline{nil, {}, {Schema: timeline.Schema, Events: []timeline.Event{}}} {
			out := renderString(t, format, tl)
			if format != "jsonl" {
				assert.NotEmpty(t, out, format)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	for _, f := range Formats {
		r, err := Lookup(f)
		require.NoError(t, err, f)
		require.NotNil(t, r, f)
		require.Contains(t, goldenNames, f, "every format needs a golden file")
	}
	_, err := Lookup("yaml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"yaml"`)
	for _, f := range Formats {
		assert.Contains(t, err.Error(), f)
	}
}

func ExampleLookup() {
	r, err := Lookup("table")
	if err != nil {
		fmt.Println(err)
		return
	}
	r.(*TableRenderer).Color = false // the CLI sets it when stdout is a terminal
	place := "Geneva"
	_ = r.Render(os.Stdout, &timeline.Timeline{Events: []timeline.Event{{
		ID: "talks-1", Kind: timeline.Talks, Status: timeline.Planned, Place: &place,
		Participants: []timeline.Participant{{Name: "Wendy Sherman"}, {Name: "Sergei Ryabkov"}},
		When:         &timeline.When{Value: "2022-01-10", Range: rng("2022-01-10", "2022-01-10"), Granularity: "day"},
		Sources:      []timeline.Source{{Article: "a.txt"}},
	}}})
	_, err = Lookup("yaml")
	fmt.Println(err)
	// Output:
	// DATE             KIND   PARTICIPANTS                   PLACE   STATUS   ARTICLES
	// Mon 10 Jan 2022  talks  Wendy Sherman, Sergei Ryabkov  Geneva  planned  1
	// unknown format "yaml": accepted formats are json, jsonl, csv, ics, timelinejs, md, report-html, html, table, brief, brief-md
}

// Sparse and odd events render in every format without error; only the
// calendar refuses an event whose days do not parse, and says which.
func TestSparseEvents(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "bare"},
		{ID: "odd-kind", Kind: "parley", Status: "rumoured", Title: "", Sources: []timeline.Source{{}}},
		{ID: "bad-date", Kind: timeline.Call, When: &timeline.When{Value: "2022-12", Range: rng("2022-12-31", "2022-12-01"), Granularity: "month"}},
		{ID: "no-sentence", Kind: timeline.Visit, When: &timeline.When{Value: "2022", Range: rng("2022-01-01", "2022-12-31"), Granularity: "year"},
			Sources: []timeline.Source{{DateText: "in 2022", DateStart: 3, DateEnd: 10}}},
	}}
	for _, format := range Formats {
		r, err := Lookup(format)
		require.NoError(t, err)
		var buf bytes.Buffer
		err = r.Render(&buf, tl)
		if format == "ics" {
			require.Error(t, err)
			assert.Contains(t, err.Error(), `event "bad-date"`)
		} else {
			require.NoError(t, err, format)
		}
		assert.NotEmpty(t, buf.String(), format)
	}
	assert.Contains(t, renderString(t, "table", tl), "2022-12", "an impossible span is shown as its value")
}
