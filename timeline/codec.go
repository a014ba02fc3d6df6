package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// DecodeJSON reads a timeline written by `dateline build --format json`.
// It checks the schema, so that an arbitrary JSON file is not mistaken for
// a timeline.
func DecodeJSON(data []byte) (Timeline, error) {
	var t Timeline
	if err := json.Unmarshal(data, &t); err != nil {
		return Timeline{}, fmt.Errorf("not a timeline JSON document: %w", err)
	}
	if t.Schema != Schema {
		return Timeline{}, fmt.Errorf("not a timeline JSON document: schema is %q, expected %q", t.Schema, Schema)
	}
	if t.Events == nil {
		t.Events = []Event{}
	}
	return t, nil
}

// LooksLikeTimelineJSON reports whether data starts like a timeline JSON
// document (an object whose first key is "schema" with the dateline value),
// which tells a timeline apart from a JSON article without parsing it all.
func LooksLikeTimelineJSON(data []byte) bool {
	head := data[:min(len(data), 256)]
	head = bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(head, []byte("{")) {
		return false
	}
	return bytes.Contains(head, []byte(`"schema"`)) && bytes.Contains(head, []byte(`"`+Schema+`"`))
}

// Concat joins timelines into one, in timeline order. An event present in
// several (same ID, as when one build's output is queried together with
// another's) is kept once, from the first timeline that has it.
func Concat(ts ...Timeline) Timeline {
	out := Timeline{Schema: Schema, Events: []Event{}}
	seen := map[string]bool{}
	for _, t := range ts {
		for _, e := range t.Events {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			out.Events = append(out.Events, e)
		}
	}
	SortEvents(out.Events)
	return out
}
