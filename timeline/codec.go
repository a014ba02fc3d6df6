package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
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

// MentionRecord is one mention as extraction found it, kept in the
// timeline JSON with the source it gave: its own kind, format, the
// participants as its article named them, place, status, date and where
// the date came from, its position among the article's mentions and the
// article's publisher. A source holds one record per mention of its
// sentence (two mentions of one sentence are one piece of evidence).
//
// A timeline read back from JSON can be merged again — with new articles,
// or with timelines built from other articles — from these records alone:
// merging starts from the mentions, so the result is the timeline one
// build over all the articles gives. Event fields are not read back.
type MentionRecord struct {
	Index        int           `json:"index"`
	Kind         Kind          `json:"kind"`
	Format       string        `json:"format,omitempty"`
	Participants []Participant `json:"participants"`
	Place        string        `json:"place,omitempty"`
	Status       Status        `json:"status"`
	When         *When         `json:"when"`
	Basis        DateBasis     `json:"basis,omitempty"`
	Publisher    string        `json:"publisher,omitempty"`
	// Why is the mention's own trail of reasons when it differs from the
	// source's: the second mention of one sentence.
	Why *Why `json:"why,omitempty"`
}

// RecordOf is the record of m, without its source.
func RecordOf(m *Mention) MentionRecord {
	r := MentionRecord{Index: m.Index, Kind: m.Kind, Format: m.Format, Participants: m.Participants,
		Place: m.Place, Status: m.Status, Publisher: m.Publisher}
	if r.Participants == nil {
		r.Participants = []Participant{}
	}
	if m.When != nil {
		r.When, r.Basis = &m.When.When, m.When.Basis // shared, as records are read-only
	}
	return r
}

// Mention is the mention r records, with the source s it gave (the
// source's own records left out). The date's words and explanation are
// the source's.
func (r MentionRecord) Mention(s Source) Mention {
	s.Mentions = nil
	if r.Why != nil {
		s.Why = r.Why
	}
	m := Mention{Kind: r.Kind, Format: r.Format, Participants: r.Participants, Place: r.Place, Status: r.Status,
		Source: s, Article: s.Article, Index: r.Index, Publisher: r.Publisher}
	if r.When != nil {
		m.When = &MentionDate{When: *r.When, Basis: r.Basis, Text: s.DateText, Explain: s.Explain}
	}
	return m
}

// Find returns the event whose id is id or, failing that, the event that
// lists id among its aliases (an id it had in a timeline it was merged
// from); nil when there is none.
func (t *Timeline) Find(id string) *Event {
	for i := range t.Events {
		if t.Events[i].ID == id {
			return &t.Events[i]
		}
	}
	for i := range t.Events {
		if slices.Contains(t.Events[i].Aliases, id) {
			return &t.Events[i]
		}
	}
	return nil
}
