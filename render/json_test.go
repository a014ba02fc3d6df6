package render

import (
	"bufio"
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

// TestJSONStreamsTheSameBytes: event by event, the renderer writes what
// encoding/json writes for the whole document, for every fixture (the
// malicious one holds quotes, backslashes, markup and control characters)
// and for empty timelines.
func TestJSONStreamsTheSameBytes(t *testing.T) {
	cases := map[string]*timeline.Timeline{
		"sample":                       loadFixture(t, "sample.json"),
		"malicious":                    loadFixture(t, "malicious.json"),
		"empty":                        {Schema: timeline.Schema},
		"nil":                          nil,
		"other schema, one bare event": {Schema: "dateline/v9", Events: []timeline.Event{{ID: "x"}}},
	}
	for name, tl := range cases {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			require.NoError(t, JSONRenderer{}.Render(&got, tl))
			assert.Equal(t, wholeDocumentJSON(t, tl), got.String())
		})
	}
}

// FuzzJSONIndent holds writeIndented to json.Indent on any JSON value.
func FuzzJSONIndent(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `{"a":[],"b":{},"c":[1,{"d":null}]}`, `"x\"y\\"`, `[true,false,-1.5e3]`,
		`{"k":"a,b:{c}[d]","\u00e9":"\u2028"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), ">", "\t"); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		w := bufio.NewWriter(&got)
		writeIndented(w, compact.Bytes(), ">", "\t")
		w.Flush()
		if got.String() != want.String() {
			t.Fatalf("writeIndented(%s) = %q, json.Indent gives %q", compact.Bytes(), got.String(), want.String())
		}
	})
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
