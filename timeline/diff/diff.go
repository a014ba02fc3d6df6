// Package diff says what changed between two timelines — yesterday's
// build and today's: the events added, the events removed, and for each
// event in both, which fields changed and how.
//
//	d := diff.Compare(old, new)
//	for _, c := range d.Changed { fmt.Println(c.ID, c.Fields) }
//
// Events are matched by id; an event of the new timeline that lists an
// old id among its aliases (two events merged, a date made precise) is
// that event, changed, with its old id kept in OldID.
package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// Diff is what changed from one timeline to another.
type Diff struct {
	// Added are events of the new timeline that match none of the old;
	// Removed events of the old that match none of the new.
	Added   []Entry `json:"added"`
	Removed []Entry `json:"removed"`
	// Changed are events of both whose fields differ.
	Changed []Change `json:"changed"`
	// Unchanged counts the events of both that are the same.
	Unchanged int `json:"unchanged"`
}

// Entry names an event: id, date, kind, status and title.
type Entry struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Kind   string `json:"kind"`
	Status string `json:"status"`
	Title  string `json:"title"`
}

// Change is an event of both timelines with the fields that changed.
type Change struct {
	Entry
	// OldID is the id the event had in the old timeline when it changed.
	OldID  string  `json:"old_id,omitempty"`
	Fields []Field `json:"fields"`
}

// Field is one field that changed: its name, the old value and the new,
// as text.
type Field struct {
	Name string `json:"field"`
	From string `json:"from"`
	To   string `json:"to"`
}

func (f Field) String() string {
	return fmt.Sprintf("%s %s → %s", f.Name, orNone(f.From), orNone(f.To))
}

// Compare compares two timelines. Added, Removed and Changed follow the
// order of the timeline they come from. aliases, which may be nil, maps
// ids events had to the ids they have in new (a store's alias table),
// beside the aliases the events of new list.
func Compare(old, new timeline.Timeline, aliases map[string]string) Diff {
	d := Diff{Added: []Entry{}, Removed: []Entry{}, Changed: []Change{}}
	byID := make(map[string]int, len(old.Events))
	for i := range old.Events {
		byID[old.Events[i].ID] = i
	}
	matched := make([]bool, len(old.Events))
	had := map[string][]string{} // id in new → old ids the alias table gives it
	for a, id := range aliases {
		had[id] = append(had[id], a)
	}
	for _, list := range had {
		slices.Sort(list)
	}
	for i := range new.Events {
		e := &new.Events[i]
		j, ok := byID[e.ID]
		oldID := ""
		if !ok || matched[j] {
			ok = false
			for _, a := range append(slices.Clone(e.Aliases), had[e.ID]...) {
				if k, found := byID[a]; found && !matched[k] {
					j, ok, oldID = k, true, a
					break
				}
			}
		}
		if !ok {
			d.Added = append(d.Added, entryOf(e))
			continue
		}
		matched[j] = true
		fields := fieldsChanged(&old.Events[j], e)
		if oldID != "" {
			fields = append([]Field{{Name: "id", From: oldID, To: e.ID}}, fields...)
		}
		if len(fields) == 0 {
			d.Unchanged++
			continue
		}
		d.Changed = append(d.Changed, Change{Entry: entryOf(e), OldID: oldID, Fields: fields})
	}
	for j := range old.Events {
		if !matched[j] {
			d.Removed = append(d.Removed, entryOf(&old.Events[j]))
		}
	}
	return d
}

func entryOf(e *timeline.Event) Entry {
	return Entry{ID: e.ID, Date: whenText(e.When), Kind: string(e.Kind), Status: string(e.Status), Title: e.Title}
}

// fieldsChanged lists the fields of a and b that differ, in the order of
// the timeline JSON.
func fieldsChanged(a, b *timeline.Event) []Field {
	var out []Field
	add := func(name, from, to string) {
		if from != to {
			out = append(out, Field{name, from, to})
		}
	}
	add("kind", string(a.Kind), string(b.Kind))
	add("title", a.Title, b.Title)
	add("format", a.Format, b.Format)
	add("participants", partyNames(a.Participants), partyNames(b.Participants))
	add("place", placeText(a.Place), placeText(b.Place))
	add("status", string(a.Status), string(b.Status))
	add("date", whenText(a.When), whenText(b.When))
	add("conflicts", whensText(a.Conflicts), whensText(b.Conflicts))
	if gone, come := sourcesDiff(a.Sources, b.Sources); gone+come > 0 {
		out = append(out, Field{"sources", fmt.Sprint(len(a.Sources)), fmt.Sprintf("%d (%s)", len(b.Sources), plusMinus(come, gone))})
	}
	add("corrected", a.CorrectedSummary(), b.CorrectedSummary())
	return out
}

// sourcesDiff counts the sources of a not in b and of b not in a, a
// source being its article and sentence.
func sourcesDiff(a, b []timeline.Source) (gone, come int) {
	key := func(s *timeline.Source) string { return s.Article + "\x00" + s.Sentence }
	in := func(list []timeline.Source) map[string]int {
		m := map[string]int{}
		for i := range list {
			m[key(&list[i])]++
		}
		return m
	}
	ma, mb := in(a), in(b)
	for k, n := range ma {
		gone += max(0, n-mb[k])
	}
	for k, n := range mb {
		come += max(0, n-ma[k])
	}
	return gone, come
}

func plusMinus(come, gone int) string {
	var parts []string
	if come > 0 {
		parts = append(parts, fmt.Sprintf("+%d", come))
	}
	if gone > 0 {
		parts = append(parts, fmt.Sprintf("−%d", gone))
	}
	return strings.Join(parts, " ")
}

func whenText(w *timeline.When) string {
	if w == nil {
		return "undated"
	}
	if w.Granularity == "day" && w.Start() != w.End() {
		return w.Start().String() + "/" + w.End().String()
	}
	return w.Value
}

func whensText(ws []timeline.When) string {
	out := make([]string, len(ws))
	for i := range ws {
		out[i] = whenText(&ws[i])
	}
	return strings.Join(out, ", ")
}

func placeText(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func partyNames(ps []timeline.Participant) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
