package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// DecodeJSON reads a timeline written by `dateline build --format json`.
// It checks the schema, so that an arbitrary JSON file is not mistaken for
// a timeline; that, and JSON that does not parse, is the error. An event
// that cannot be read (a day that is not YYYY-MM-DD, an end before the
// start) is passed to bad, named by its position and id, and left out:
// one bad event does not lose the others.
func DecodeJSON(data []byte, bad func(error)) (Timeline, error) {
	var doc struct {
		Schema *string           `json:"schema"`
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return Timeline{}, fmt.Errorf("not a timeline JSON document: %w", err)
	}
	if doc.Schema == nil {
		return Timeline{}, fmt.Errorf("not a timeline JSON document: it has no \"schema\" field")
	}
	if *doc.Schema != Schema {
		return Timeline{}, fmt.Errorf("a timeline JSON document of schema %q, which this version does not read (it reads %q)", *doc.Schema, Schema)
	}
	t := Timeline{Schema: Schema, Events: make([]Event, 0, len(doc.Events))}
	for i, raw := range doc.Events {
		var e Event
		if err := json.Unmarshal(raw, &e); err != nil {
			if bad != nil {
				var id struct {
					ID string `json:"id"`
				}
				_ = json.Unmarshal(raw, &id)
				bad(fmt.Errorf("event %d (id %q): %w", i+1, id.ID, err))
			}
			continue
		}
		t.Events = append(t.Events, e)
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
