package timeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

// Filter selects events of a Timeline. Zero fields select everything.
type Filter struct {
	// From and To bound the dates, inclusive; date.Zero leaves that end open.
	// An event is selected when its date range overlaps [From, To]. Undated
	// events are left out as soon as either bound is set.
	From, To date.Date
	// Who selects events with a participant matching any of these names, by
	// full name, surname or alias, ignoring case and diacritics: "putin",
	// "Zelensky" (matching Zelenskyy), "united states".
	Who []string
	// Kinds and Statuses select events of any of the listed kinds/statuses.
	Kinds    []Kind
	Statuses []Status
	// Where selects events whose place contains it, ignoring case and
	// diacritics.
	Where string
	// Text selects events whose title, participants, place or source
	// sentences or headlines contain it, ignoring case and diacritics.
	Text string
}

// Query returns the events of t that f selects, in their order, under the
// same schema.
func (t Timeline) Query(f Filter) Timeline {
	out := Timeline{Schema: t.Schema, Events: []Event{}}
	if out.Schema == "" {
		out.Schema = Schema
	}
	var who []whoName
	for _, w := range f.Who {
		if strings.TrimSpace(w) == "" {
			continue
		}
		who = append(who, whoName{names.ParsePerson(w), names.Fold(w), names.CanonicalGroup(w)})
	}
	where := names.Fold(f.Where)
	text := names.Fold(f.Text)
	for _, e := range t.Events {
		if f.selects(e, who, where, text) {
			out.Events = append(out.Events, e)
		}
	}
	return out
}

// whoName is one name of Filter.Who, prepared for matching.
type whoName struct {
	person names.Person
	folded string
	group  string // as a country or organisation name
}

func (f Filter) selects(e Event, who []whoName, where, text string) bool {
	if f.From != date.Zero || f.To != date.Zero {
		if e.When == nil {
			return false
		}
		start, end := e.When.Start(), e.When.End()
		if f.From != date.Zero && end < f.From {
			return false
		}
		if f.To != date.Zero && start > f.To {
			return false
		}
	}
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind) {
		return false
	}
	if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, e.Status) {
		return false
	}
	if where != "" && (e.Place == nil || !strings.Contains(" "+names.Fold(*e.Place)+" ", where)) {
		return false
	}
	if len(who) > 0 && !matchesWho(e, who) {
		return false
	}
	if text != "" && !strings.Contains(eventText(e), text) {
		return false
	}
	return true
}

// matchesWho reports whether any participant answers to any of the names.
func matchesWho(e Event, who []whoName) bool {
	for _, p := range e.Participants {
		written := append([]string{p.Name}, p.Aliases...)
		for _, w := range who {
			for _, n := range written {
				if names.Fold(n) == w.folded || (p.Type == "person" && names.SamePerson(w.person, names.ParsePerson(n))) {
					return true
				}
			}
			if p.Type != "person" && names.CanonicalGroup(p.Name) == w.group {
				return true
			}
		}
	}
	return false
}

// eventText is the folded text the Text filter searches.
func eventText(e Event) string {
	parts := []string{e.Title, e.Format}
	for _, p := range e.Participants {
		parts = append(parts, p.Name)
		parts = append(parts, p.Aliases...)
	}
	if e.Place != nil {
		parts = append(parts, *e.Place)
	}
	for _, s := range e.Sources {
		parts = append(parts, s.Headline, s.Sentence)
	}
	return names.Fold(strings.Join(parts, "\n"))
}

// ParseKind reads a kind name, ignoring case; the error lists the kinds
// accepted.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Kinds, k) {
		return k, nil
	}
	return "", fmt.Errorf("unknown kind %q: want one of %s", s, joinValues(Kinds))
}

// ParseStatus reads a status name, ignoring case; the error lists the
// statuses accepted.
func ParseStatus(s string) (Status, error) {
	st := Status(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Statuses, st) {
		return st, nil
	}
	return "", fmt.Errorf("unknown status %q: want one of %s", s, joinValues(Statuses))
}

func joinValues[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}
