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
	// Who selects events in which every one of these names took part (any
	// one of them with AnyWho), each matching a participant by full name,
	// surname or alias, ignoring case and diacritics: "putin", "Zelensky"
	// (matching Zelenskyy), "united states".
	Who    []string
	AnyWho bool
	// Countries selects events with a participant of any of these
	// countries: a country taking part, or a person whose country it is.
	// Names are matched as country names ("US", "U.S." and "United States"
	// are one), ignoring case and diacritics.
	Countries []string
	// Precise leaves out events whose date is less precise than the range
	// asked for: an event dated only to 2019 is not selected by a From–To
	// range of one December, but is by a range of the whole year. Without
	// both bounds it leaves out events coarser than a month (When.Coarse)
	// and undated ones.
	Precise bool
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
	var countries []string
	for _, c := range f.Countries {
		if strings.TrimSpace(c) != "" {
			countries = append(countries, names.Fold(names.CanonicalGroup(c)))
		}
	}
	where := names.Fold(f.Where)
	text := names.Fold(f.Text)
	for _, e := range t.Events {
		if f.selects(e, who, where, text) && (len(countries) == 0 || ofCountry(e, countries)) {
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
	if f.Precise && !f.preciseEnough(e.When) {
		return false
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
	if len(who) > 0 && !matchesWho(e, who, f.AnyWho) {
		return false
	}
	if text != "" && !strings.Contains(eventText(e), text) {
		return false
	}
	return true
}

// matchesWho reports whether every name (any name, when any is set)
// answers to a participant of e.
func matchesWho(e Event, who []whoName, any bool) bool {
	for _, w := range who {
		found := slices.ContainsFunc(e.Participants, w.answers)
		if found && any {
			return true
		}
		if !found && !any {
			return false
		}
	}
	return !any
}

// answers reports whether participant p answers to the name w.
func (w whoName) answers(p Participant) bool {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if names.Fold(n) == w.folded || (p.Type == "person" && names.SamePerson(w.person, names.ParsePerson(n))) {
			return true
		}
	}
	return p.Type != "person" && names.CanonicalGroup(p.Name) == w.group
}

// ofCountry reports whether a participant of e is, or is of, one of the
// countries (canonical names).
func ofCountry(e Event, countries []string) bool {
	for _, p := range e.Participants {
		c := p.Country
		if p.Type == CountryParty || (c == "" && p.Type != PersonParty && p.Type != OrganizationParty) {
			c = p.Name
		}
		if c != "" && slices.Contains(countries, names.Fold(names.CanonicalGroup(c))) {
			return true
		}
	}
	return false
}

// preciseEnough reports whether w is no less precise than the range f asks
// for (see Filter.Precise).
func (f Filter) preciseEnough(w *When) bool {
	if w == nil || w.Days() == 0 {
		return false
	}
	if f.From == date.Zero || f.To == date.Zero {
		return !w.Coarse()
	}
	return w.Days() <= int(f.To-f.From)+1
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
