// Package correct applies hand corrections to a merged timeline: set an
// event's date, kind, status, place, participants or title; merge two
// events; split sources out of an event; drop an event; add a note.
//
// A corrections file is keyed by event id, so it survives rebuilds: it is
// applied after every merge, by every command, and an event it changed
// says so (timeline.Event.Corrected) in every output. A correction whose
// event no longer exists is reported, not silently ignored.
//
//	f, err := correct.Parse("corrections.yaml", data)   // JSON or YAML
//	tl, rep := correct.Apply(tl, correct.Options{}, f)
//	for _, p := range rep.Problems { log.Print(p) }
package correct

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// File is a corrections file: its name and its corrections, applied in
// the order written.
type File struct {
	Name        string
	Corrections []Correction
}

// Correction is one entry of a corrections file: the event it corrects
// and what it does to it. Fields left unset change nothing.
type Correction struct {
	// Line is the line of the file the entry starts on.
	Line int
	// Event is the id of the event corrected (an alias it had works too).
	Event string
	// Date, Kind, Status, Title set the field; Place sets the place
	// (ClearPlace: to none); Participants, when not nil, replace them.
	Date         *timeline.When
	Kind         timeline.Kind
	Status       timeline.Status
	Place        string
	ClearPlace   bool
	Participants []timeline.Participant
	Title        string
	// Merge are events merged into Event: their sources join its
	// sources, their ids become its aliases, and they are gone.
	Merge []string
	// Split are sources taken out of Event into an event of their own.
	Split []Split
	// Drop takes the event out of the timeline.
	Drop bool
	// Note is the corrector's note, shown with the event.
	Note string
}

// Split picks the sources of an event to split out: those of an article
// (its id as the sources give it), and, when Sentence is set, only those
// whose sentence contains it.
type Split struct {
	Article  string
	Sentence string
}

// entry is a correction as the file writes it.
type entry struct {
	Event        string      `yaml:"event"`
	Date         *string     `yaml:"date"`
	Kind         string      `yaml:"kind"`
	Status       string      `yaml:"status"`
	Place        yaml.Node   `yaml:"place"`
	Participants []yaml.Node `yaml:"participants"`
	Title        string      `yaml:"title"`
	Merge        stringList  `yaml:"merge"`
	Split        yaml.Node   `yaml:"split"`
	Drop         bool        `yaml:"drop"`
	Note         string      `yaml:"note"`
}

// stringList is one string or a list of them.
type stringList []string

func (l *stringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*l = []string{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*l = list
	return nil
}

// fields are the keys an entry may have, for the message about an unknown
// one.
const fields = "event, date, kind, status, place, participants, title, merge, split, drop, note"

// Parse reads a corrections file, JSON or YAML: a list of corrections, or
// an object whose "corrections" key holds the list. Every error names the
// file, the line and the field, and says what was expected.
func Parse(name string, data []byte) (File, error) {
	f := File{Name: name}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return f, fmt.Errorf("%s: not JSON or YAML: %w", name, cleanYAML(err))
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return f, nil // an empty file corrects nothing
	}
	list := doc.Content[0]
	if list.Kind == yaml.MappingNode {
		var found *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			if list.Content[i].Value == "corrections" {
				found = list.Content[i+1]
			} else {
				return f, fmt.Errorf("%s:%d: unknown key %q: a corrections file is a list of corrections, or an object with the key \"corrections\"", name, list.Content[i].Line, list.Content[i].Value)
			}
		}
		if found == nil {
			return f, fmt.Errorf("%s:%d: no \"corrections\" key", name, list.Line)
		}
		list = found
	}
	if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return f, nil
	}
	if list.Kind != yaml.SequenceNode {
		return f, fmt.Errorf("%s:%d: expected a list of corrections", name, list.Line)
	}
	var errs []error
	for _, n := range list.Content {
		c, err := parseEntry(n)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, n.Line, err))
			continue
		}
		f.Corrections = append(f.Corrections, c)
	}
	return f, errors.Join(errs...)
}

// cleanYAML drops the library's prefix from a parse error.
func cleanYAML(err error) error {
	return errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
}

func parseEntry(n *yaml.Node) (Correction, error) {
	c := Correction{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		return c, fmt.Errorf("a correction is an object with the keys %s", fields)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; !strings.Contains(", "+fields+", ", ", "+k+", ") {
			return c, fmt.Errorf("unknown field %q (a correction has %s)", k, fields)
		}
	}
	var e entry
	if err := n.Decode(&e); err != nil {
		return c, cleanYAML(err)
	}
	c.Event = strings.TrimSpace(e.Event)
	if c.Event == "" {
		return c, fmt.Errorf("field \"event\": the id of the event to correct is missing")
	}
	if e.Date != nil {
		w, err := ParseWhen(*e.Date)
		if err != nil {
			return c, fmt.Errorf("field \"date\": %w", err)
		}
		c.Date = &w
	}
	if e.Kind != "" {
		k, err := timeline.ParseKind(e.Kind)
		if err != nil {
			return c, fmt.Errorf("field \"kind\": %w", err)
		}
		c.Kind = k
	}
	if e.Status != "" {
		s, err := timeline.ParseStatus(e.Status)
		if err != nil {
			return c, fmt.Errorf("field \"status\": %w", err)
		}
		c.Status = s
	}
	if hasPlace := e.Place.Kind != 0; hasPlace {
		if e.Place.Kind != yaml.ScalarNode {
			return c, fmt.Errorf("field \"place\": expected a place name, or null for none")
		}
		c.Place = strings.TrimSpace(e.Place.Value)
		c.ClearPlace = e.Place.Tag == "!!null" || c.Place == ""
		if c.ClearPlace {
			c.Place = ""
		}
	}
	if e.Participants != nil {
		c.Participants = []timeline.Participant{}
		for _, pn := range e.Participants {
			p, err := parseParticipant(&pn)
			if err != nil {
				return c, fmt.Errorf("field \"participants\", line %d: %w", pn.Line, err)
			}
			c.Participants = append(c.Participants, p)
		}
	}
	c.Title = strings.TrimSpace(e.Title)
	c.Merge = e.Merge
	for i, id := range c.Merge {
		if c.Merge[i] = strings.TrimSpace(id); c.Merge[i] == "" {
			return c, fmt.Errorf("field \"merge\": an empty id")
		}
	}
	splits := []*yaml.Node{&e.Split}
	switch e.Split.Kind {
	case 0:
		splits = nil
	case yaml.SequenceNode:
		splits = e.Split.Content
	}
	for _, sn := range splits {
		s, err := parseSplit(sn)
		if err != nil {
			return c, fmt.Errorf("field \"split\", line %d: %w", sn.Line, err)
		}
		c.Split = append(c.Split, s)
	}
	c.Drop = e.Drop
	c.Note = strings.TrimSpace(e.Note)
	if c.Drop && (c.Date != nil || c.Kind != "" || c.Status != "" || e.Place.Kind != 0 || c.Participants != nil || c.Title != "" || len(c.Merge) > 0 || len(c.Split) > 0) {
		return c, fmt.Errorf("field \"drop\": an event dropped cannot be changed too")
	}
	if c.Date == nil && c.Kind == "" && c.Status == "" && e.Place.Kind == 0 && c.Participants == nil && c.Title == "" &&
		len(c.Merge) == 0 && len(c.Split) == 0 && !c.Drop && c.Note == "" {
		return c, fmt.Errorf("the correction of %q changes nothing: give one of %s", c.Event, strings.TrimPrefix(fields, "event, "))
	}
	return c, nil
}

// parseParticipant reads a participant: a name, or an object with name,
// type, role and country. A bare name is a country or an organisation
// when it is a known one, else a person.
func parseParticipant(n *yaml.Node) (timeline.Participant, error) {
	var p timeline.Participant
	if n.Kind == yaml.ScalarNode {
		p.Name = strings.TrimSpace(n.Value)
	} else {
		var o struct {
			Name    string `yaml:"name"`
			Type    string `yaml:"type"`
			Role    string `yaml:"role"`
			Country string `yaml:"country"`
		}
		if err := n.Decode(&o); err != nil {
			return p, fmt.Errorf("expected a name or an object with name, type, role and country: %w", cleanYAML(err))
		}
		p = timeline.Participant{Name: strings.TrimSpace(o.Name), Type: timeline.PartyType(strings.ToLower(strings.TrimSpace(o.Type))),
			Role: strings.TrimSpace(o.Role), Country: strings.TrimSpace(o.Country)}
	}
	if p.Name == "" {
		return p, fmt.Errorf("a participant has no name")
	}
	switch p.Type {
	case "":
		p.Type = typeOf(p.Name)
	case timeline.PersonParty, timeline.CountryParty, timeline.OrganizationParty:
	default:
		return p, fmt.Errorf("type %q: want person, country or organization", p.Type)
	}
	if p.Type != timeline.PersonParty {
		p.Name = names.CanonicalGroup(p.Name)
	}
	return p, nil
}

// typeOf is what a bare name stands for.
func typeOf(name string) timeline.PartyType {
	c := names.CanonicalGroup(name)
	if names.IsOrganisation(c) {
		return timeline.OrganizationParty
	}
	if _, ok := vocab.CountryOf(c); ok {
		return timeline.CountryParty
	}
	return timeline.PersonParty
}

// parseSplit reads a split: an article id, or an object with article and
// sentence.
func parseSplit(n *yaml.Node) (Split, error) {
	var s Split
	if n.Kind == yaml.ScalarNode {
		s.Article = strings.TrimSpace(n.Value)
	} else {
		var o struct {
			Article  string `yaml:"article"`
			Sentence string `yaml:"sentence"`
		}
		if err := n.Decode(&o); err != nil {
			return s, fmt.Errorf("expected an article id or an object with article and sentence: %w", cleanYAML(err))
		}
		s = Split{Article: strings.TrimSpace(o.Article), Sentence: strings.TrimSpace(o.Sentence)}
	}
	if s.Article == "" {
		return s, fmt.Errorf("the article whose sources are split out is missing")
	}
	return s, nil
}

// ParseWhen reads a date as a correction gives it: a day (2021-12-30), a
// span of days (2021-12-20/2021-12-22), an ISO week (2021-W52), a month
// (2021-12) or a year (2021).
func ParseWhen(s string) (timeline.When, error) {
	s = strings.TrimSpace(s)
	if first, last, ok := strings.Cut(s, "/"); ok {
		a, err1 := timeline.ParseDay(strings.TrimSpace(first))
		b, err2 := timeline.ParseDay(strings.TrimSpace(last))
		if err1 != nil || err2 != nil || b < a {
			return timeline.When{}, fmt.Errorf("%q: a span is two days YYYY-MM-DD/YYYY-MM-DD, the first not after the second", s)
		}
		return timeline.When{Value: a.String(), Range: resolve.Range{First: a, Last: b}, Granularity: resolve.GranDay}, nil
	}
	if d, err := timeline.ParseDay(s); err == nil {
		return timeline.Day(d), nil
	}
	var y, m, wk int
	switch {
	case len(s) == 8 && s[4:6] == "-W":
		if _, err := fmt.Sscanf(s, "%4d-W%2d", &y, &wk); err == nil && y >= 1 && wk >= 1 && wk <= 53 {
			monday := isoWeekMonday(y, wk)
			if _, w := monday.ISOWeek(); w == wk {
				return timeline.When{Value: s, Range: resolve.Range{First: monday, Last: monday + 6}, Granularity: resolve.GranWeek}, nil
			}
		}
	case len(s) == 7 && s[4] == '-':
		if _, err := fmt.Sscanf(s, "%4d-%2d", &y, &m); err == nil && y >= 1 && m >= 1 && m <= 12 {
			first := date.New(y, time.Month(m), 1)
			return timeline.When{Value: s, Range: resolve.Range{First: first, Last: date.New(y, time.Month(m+1), 1) - 1}, Granularity: resolve.GranMonth}, nil
		}
	case len(s) == 4:
		if _, err := fmt.Sscanf(s, "%4d", &y); err == nil && y >= 1 {
			return timeline.When{Value: s, Range: resolve.Range{First: date.New(y, 1, 1), Last: date.New(y, 12, 31)}, Granularity: resolve.GranYear}, nil
		}
	}
	return timeline.When{}, fmt.Errorf("%q is not a date: write a day 2021-12-30, a span 2021-12-20/2021-12-22, a week 2021-W52, a month 2021-12 or a year 2021", s)
}

// isoWeekMonday is the Monday of ISO week wk of year y.
func isoWeekMonday(y, wk int) date.Date {
	jan4 := date.New(y, 1, 4)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4 - date.Date(offset) + date.Date(7*(wk-1))
}
