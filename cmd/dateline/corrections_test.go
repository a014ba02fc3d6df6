package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
)

// seedsCorrections has one correction of each kind for the timeline of
// seeds/, and one whose event no build has.
const seedsCorrections = "testdata/corrections/seeds.yaml"

func decodeTimeline(t *testing.T, doc string) timeline.Timeline {
	t.Helper()
	var tl timeline.Timeline
	require.NoError(t, json.Unmarshal([]byte(doc), &tl))
	return tl
}

func fieldsOf(e *timeline.Event) []string {
	var out []string
	for _, c := range e.Corrected {
		out = append(out, c.Field)
	}
	return out
}

// checkCorrected checks that the timeline carries each correction of
// seedsCorrections.
func checkCorrected(t *testing.T, tl timeline.Timeline) {
	t.Helper()
	get := func(id string) *timeline.Event {
		e := tl.Find(id)
		require.NotNil(t, e, id)
		return e
	}
	e := get("call-2021-12-15-jinping-putin")
	assert.Equal(t, timeline.Talks, e.Kind)
	assert.Equal(t, "Xi Jinping – Vladimir Putin talks by video link", e.Title)
	assert.Equal(t, []string{"kind", "title", "note"}, fieldsOf(e))
	e = get("summit-2021-12-10-supreme-eurasian-economic-council-eurasian-economic-union-putin")
	assert.Equal(t, timeline.Occurred, e.Status)
	assert.Equal(t, "St Petersburg", *e.Place)
	e = get("call-2021-12-27-blinken-zelenskyy")
	assert.Equal(t, "2021-12-27", e.When.Value)
	assert.Equal(t, timeline.Change{Field: "date", From: "2021-W52", To: "2021-12-27", By: seedsCorrections + ":13"}, e.Corrected[0])
	e = get("meeting-2021-12-15-aliyev-pashinyan")
	require.Len(t, e.Participants, 3)
	assert.Equal(t, "Charles Michel", e.Participants[2].Name)
	e = get("meeting-2021-12-21-bennett-sullivan")
	assert.Equal(t, []string{"meeting-2021-12-21-herzog-sullivan"}, e.Aliases)
	assert.Equal(t, e, get("meeting-2021-12-21-herzog-sullivan"), "the merged event's id finds the event it went to")
	split := get("call-2021-12-07-biden-putin-split")
	require.Len(t, split.Sources, 1)
	assert.Contains(t, split.Sources[0].Article, "sauli-niinisto")
	for _, s := range get("call-2021-12-07-biden-putin").Sources {
		assert.NotContains(t, s.Article, "sauli-niinisto")
	}
	assert.Nil(t, tl.Find("visit-1921-01-01-mongolia-russia"), "dropped")
	assert.Equal(t, []string{"note"}, fieldsOf(get("call-2021-12-30-biden-putin")))
}

func checkReported(t *testing.T, stderr string) {
	t.Helper()
	assert.Contains(t, stderr, "correction "+seedsCorrections+":31 (call-2021-11-01-nobody-nowhere): no event has this id")
	assert.Contains(t, stderr, "applied 8 of 9 corrections (1 event dropped)")
}

func TestCorrectionsInBuild(t *testing.T) {
	out, stderr := mustRun(t, "build", "seeds", "-f", "json", "--corrections", seedsCorrections)
	checkCorrected(t, decodeTimeline(t, out))
	checkReported(t, stderr)
	plain, _ := mustRun(t, "build", "seeds", "-f", "json")
	assert.NotContains(t, plain, `"corrected"`, "no corrections, no mark")
}

// TestCorrectionsInEveryFormat: every format marks an event changed by
// hand.
func TestCorrectionsInEveryFormat(t *testing.T) {
	marks := map[string]string{
		"json": `"corrected": [`, "jsonl": `"corrected":[`, "csv": "kind call → talks; title",
		"ics": "Corrected by hand: kind call → talks", "timelinejs": "Corrected by hand: kind call → talks",
		"md": "**Corrected by hand:** kind call → talks", "report-html": "Corrected by hand:</strong> kind call → talks",
		"html": "✎ corrected by hand", "table": "occurred (corrected)",
		"brief": "talks by video link (occurred; corrected by hand;", "brief-md": "talks by video link (occurred; corrected by hand;",
	}
	for _, f := range render.Formats {
		mark, ok := marks[f]
		if !assert.True(t, ok, "format %s has no mark to look for in this test", f) {
			continue
		}
		out, _ := mustRun(t, "build", "seeds", "-f", f, "--corrections", seedsCorrections)
		out = strings.ReplaceAll(out, "\r\n ", "") // unfold ICS lines
		assert.True(t, strings.Contains(out, mark), "format %s: no %q", f, mark)
	}
}

func TestCorrectionsInQuery(t *testing.T) {
	out, stderr := mustRun(t, "query", "seeds", "-f", "json", "--kind", "talks", "--corrections", seedsCorrections)
	tl := decodeTimeline(t, out)
	assert.NotNil(t, tl.Find("call-2021-12-15-jinping-putin"), "corrected into a talks event, so selected")
	checkReported(t, stderr)
	out, _ = mustRun(t, "query", "seeds", "-f", "json", "--status", "planned", "--corrections", seedsCorrections)
	tl = decodeTimeline(t, out)
	assert.Nil(t, tl.Find("summit-2021-12-10-supreme-eurasian-economic-council-eurasian-economic-union-putin"), "corrected to occurred")
	out, _ = mustRun(t, "show", "call-2021-12-15-jinping-putin", "seeds", "--corrections", seedsCorrections)
	assert.Contains(t, out, "corrected     kind call → talks")
}

// TestCorrectionsInStore keeps the corrections in a store with add: build
// and query --db apply them without being told, byte for byte as build
// does with --corrections; add reports the one whose event is gone.
func TestCorrectionsInStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	_, stderr := mustRun(t, "add", "--db", db, "seeds", "--corrections", seedsCorrections)
	assert.Contains(t, stderr, "kept 1 corrections file in")
	checkReported(t, stderr)
	fromStore, stderr := mustRun(t, "build", "--db", db, "-f", "json")
	checkReported(t, stderr)
	direct, _ := mustRun(t, "build", "seeds", "-f", "json", "--corrections", seedsCorrections)
	assert.True(t, direct == fromStore, "build --db with the corrections kept differs from build --corrections")
	checkCorrected(t, decodeTimeline(t, fromStore))
	for _, q := range [][]string{{"--kind", "talks"}, {"--status", "planned"}, {"--who", "michel"}, {"--from", "2021-12-27", "--to", "2021-12-27"}} {
		want, _ := mustRun(t, append([]string{"query", "seeds", "-f", "json", "--corrections", seedsCorrections}, q...)...)
		got, _ := mustRun(t, append([]string{"query", "--db", db, "-f", "json"}, q...)...)
		assert.True(t, want == got, "query %v: the store's answer differs", q)
	}
	out, _ := mustRun(t, "show", "--db", db, "meeting-2021-12-21-herzog-sullivan")
	assert.Contains(t, out, "merged with meeting-2021-12-21-herzog-sullivan")
	// A file that does not parse whole is not kept.
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("- event: x\n  kind: lunch\n"), 0o644))
	code, _, stderr := inRoot(t, "add", "--db", db, "--corrections", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `bad.yaml:1: field "kind": unknown kind "lunch"`)
	_, stderr = mustRun(t, "build", "--db", db, "-f", "json")
	checkReported(t, stderr)
}

// TestCorrectionsJSON: the same corrections written as JSON.
func TestCorrectionsJSON(t *testing.T) {
	f := filepath.Join(t.TempDir(), "c.json")
	require.NoError(t, os.WriteFile(f, []byte(`{"corrections": [
  {"event": "call-2021-12-15-jinping-putin", "kind": "talks", "note": "by video link"},
  {"event": "visit-1921-01-01-mongolia-russia", "drop": true}
]}`), 0o644))
	out, stderr := mustRun(t, "build", "seeds", "-f", "json", "--corrections", f)
	tl := decodeTimeline(t, out)
	assert.Equal(t, timeline.Talks, tl.Find("call-2021-12-15-jinping-putin").Kind)
	assert.Nil(t, tl.Find("visit-1921-01-01-mongolia-russia"))
	assert.Contains(t, stderr, "applied 2 of 2 corrections (1 event dropped)")
}
