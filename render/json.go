package render

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/dateline/dateline/timeline"
)

// JSONRenderer writes the timeline JSON of `dateline build`: one object
// {"schema":"dateline/v1","events":[…]} indented by two spaces, with a
// trailing newline. Events keep the Timeline's order (the timeline package
// sorts them). The events, participants and sources arrays are never null,
// and "place" and "when" are null when absent, so a reader can rely on the
// shape. HTML characters are not escaped: the output is data, not a page.
type JSONRenderer struct{}

// Render writes tl as one JSON document.
func (JSONRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	doc := timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{}}
	if tl != nil && tl.Schema != "" {
		doc.Schema = tl.Schema
	}
	for _, e := range eventsOf(tl) {
		doc.Events = append(doc.Events, contractEvent(e))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// JSONLRenderer writes JSON Lines: one compact event object per line, in the
// Timeline's order, each line ending in "\n". It has no schema line, so
// that every line is an event; an empty timeline is an empty output.
type JSONLRenderer struct{}

// Render writes one line per event of tl.
func (JSONLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, e := range eventsOf(tl) {
		if err := enc.Encode(contractEvent(e)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// contractEvent returns e with nil slices replaced by empty ones, so that
// the JSON has [] where a reader expects an array.
func contractEvent(e timeline.Event) timeline.Event {
	if e.Participants == nil {
		e.Participants = []timeline.Participant{}
	}
	if e.Sources == nil {
		e.Sources = []timeline.Source{}
	}
	return e
}
