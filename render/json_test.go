package render

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// wholeDocumentJSON is how the JSON renderer wrote the document before it
// streamed: the whole timeline encoded and indented at once.
func wholeDocumentJSON(t *testing.T, tl *timeline.Timeline) string {
	t.Helper()
	doc := timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{}}
	if tl != nil && tl.Schema != "" {
		doc.Schema = tl.Schema
	}
	for _, e := range eventsOf(tl) {
		doc.Events = append(doc.Events, contractEvent(e))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(doc))
	return b.String()
}

// wholeDocumentJSONL is what encoding/json writes for each event, one per
// line.
func wholeDocumentJSONL(t *testing.T, tl *timeline.Timeline) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, e := range eventsOf(tl) {
		require.NoError(t, enc.Encode(contractEvent(e)))
	}
	return b.String()
}

// contractEvent returns e with nil slices replaced by empty ones, as the
// contract has [] where a reader expects an array.
func contractEvent(e timeline.Event) timeline.Event {
	if e.Participants == nil {
		e.Participants = []timeline.Participant{}
	}
	if e.Sources == nil {
		e.Sources = []timeline.Source{}
	}
	return e
}

// TestJSONStreamsTheSameBytes: event by event, the JSON and JSON Lines
// renderers write what encoding/json writes for the whole document (for
// each event), for every fixture (the malicious one holds quotes,
// backslashes, markup and control characters), for empty timelines and
// for a timeline with mentions and aliases.
func TestJSONStreamsTheSameBytes(t *testing.T) {
	merged := loadFixture(t, "sample.json")
	merged.Events[0].Aliases = []string{"call-2021-12-29-biden-putin"}
	s := &merged.Events[0].Sources[0]
	s.Mentions = []timeline.MentionRecord{{Index: 3, Kind: merged.Events[0].Kind, Participants: merged.Events[0].Participants,
		Status: merged.Events[0].Status, When: merged.Events[0].When, Basis: timeline.FromText, Publisher: s.Publisher}}
	cases := map[string]*timeline.Timeline{
		"sample":                       loadFixture(t, "sample.json"),
		"malicious":                    loadFixture(t, "malicious.json"),
		"mentions and aliases":         merged,
		"empty":                        {Schema: timeline.Schema},
		"nil":                          nil,
		"other schema, one bare event": {Schema: "dateline/v9", Events: []timeline.Event{{ID: "x"}}},
	}
	for name, tl := range cases {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			require.NoError(t, JSONRenderer{}.Render(&got, tl))
			assert.Equal(t, wholeDocumentJSON(t, tl), got.String())
			got.Reset()
			require.NoError(t, JSONLRenderer{}.Render(&got, tl))
			assert.Equal(t, wholeDocumentJSONL(t, tl), got.String())
		})
	}
}

// BenchmarkJSON10k renders 10,000 events as the timeline JSON; its
// allocated bytes per op show that no copy of the document is held.
func BenchmarkJSON10k(b *testing.B) {
	tl := syntheticTimeline(loadFixture(b, "sample.json"), 10000)
	var size countingWriter
	b.ReportAllocs()
	for b.Loop() {
		size = 0
		if err := (JSONRenderer{}).Render(&size, tl); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
}
