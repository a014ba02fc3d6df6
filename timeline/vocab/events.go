package vocab

import (
	"slices"
	"strings"
)

// Trigger is a row of data/triggers.tsv: phrases that report a diplomatic
// event, with the frame that says how they take their parties.
type Trigger struct {
	// Kind is the kind of event, a kind of timeline/kinds.tsv ("call").
	Kind string
	// Object: a verb whose direct object is the other party ("met Putin").
	Object bool
	// With: an event only when "with", "between" or "among" follows, or a
	// hyphenated pair precedes ("call with X", "U.S.-Russia talks").
	With bool
	// Convertible: a conversation that becomes a call when a phone or
	// video cue is in the sentence or the headline ("spoke with").
	Convertible bool
	// Base: a base-form verb ("meet"); after "to" or a modal the event is
	// planned.
	Base bool
	// Destination: the object is the place or country visited ("trip to").
	Destination bool
	// Noun: a noun that, as "The call …" opening a sentence, refers back
	// to an event reported earlier.
	Noun bool
	// Dated: a word of a process as often as of an event ("dialogue"):
	// a mention is kept only with a date in its own clause.
	Dated bool
	// Channel: a phrase of how people talked ("by phone"), an event only
	// as an adjunct of a clause that names its sides ("A and B discussed
	// the crisis by phone").
	Channel bool
	// From: the other party may also be named after "from" ("a call from
	// X", "a courtesy call from X").
	From bool
	// Phrases are the lower-case phrases.
	Phrases []string
}

// StatusCue is a row of data/statuses.tsv: phrases that, in the clause of
// a trigger, say the event is cancelled, postponed or planned.
type StatusCue struct {
	Status  string // "cancelled", "postponed" or "planned"
	Phrases []string
}

// Format is a row of data/formats.tsv: a recurring diplomatic format
// known by name ("Normandy format").
type Format struct {
	// Name is the canonical name, as timelines show it.
	Name string
	// Kind is the kind of event a session of the format is.
	Kind string
	// Parties are the countries and organisations that take part, by
	// canonical name.
	Parties []string
	// Forms are the ways text writes the format.
	Forms []string
}

// Statuses are the statuses a StatusCue may give.
var Statuses = []string{"cancelled", "postponed", "planned"}

var (
	triggers  = readTriggers()
	statuses  = readStatusCues()
	formats   = readFormats()
	agencies  = readAgencies()
	agencyMap = func() map[string]string {
		m := map[string]string{}
		for _, a := range agencies {
			for _, s := range a.Spellings {
				m[s] = a.Name
			}
		}
		return m
	}()
)

func readTriggers() []Trigger {
	var out []Trigger
	for _, r := range mustRead("triggers.tsv", req("kind"), optList("frame"), reqList("phrases")) {
		t := Trigger{Kind: r.cells[0], Phrases: r.list(2)}
		must(r.flags(1, "frame", map[string]*bool{
			"object": &t.Object, "with": &t.With, "convertible": &t.Convertible,
			"base": &t.Base, "destination": &t.Destination, "noun": &t.Noun,
			"dated": &t.Dated, "channel": &t.Channel, "from": &t.From,
		}))
		must(lowerPhrases(r, t.Phrases))
		out = append(out, t)
	}
	return out
}

func readStatusCues() []StatusCue {
	var out []StatusCue
	for _, r := range mustRead("statuses.tsv", req("status"), reqList("phrases")) {
		c := StatusCue{Status: r.cells[0], Phrases: r.list(1)}
		if !slices.Contains(Statuses, c.Status) {
			must(r.errorf("status %q is not one of %s", c.Status, strings.Join(Statuses, ", ")))
		}
		must(lowerPhrases(r, c.Phrases))
		out = append(out, c)
	}
	return out
}

// lowerPhrases checks that every phrase is written in lower case.
func lowerPhrases(r row, phrases []string) error {
	for _, p := range phrases {
		if p != strings.ToLower(p) {
			return r.errorf("phrase %q is not lower case", p)
		}
	}
	return nil
}

func readFormats() []Format {
	var out []Format
	for _, r := range mustRead("formats.tsv", req("name"), req("kind"), reqList("parties"), reqList("forms")) {
		out = append(out, Format{Name: r.cells[0], Kind: r.cells[1], Parties: r.list(2), Forms: r.list(3)})
	}
	return out
}

// Agency is a row of data/agencies.tsv: a news agency as datelines name it.
type Agency struct {
	Name      string   // the name a dateline reports: "AFP"
	Spellings []string // lower case: "afp", "agence france-presse"
}

func readAgencies() []Agency {
	var out []Agency
	for _, r := range mustRead("agencies.tsv", req("agency"), reqList("spellings")) {
		a := Agency{Name: r.cells[0], Spellings: r.list(1)}
		for _, s := range a.Spellings {
			if s != strings.ToLower(s) {
				must(r.errorf("spelling %q is not lower case", s))
			}
		}
		out = append(out, a)
	}
	return out
}

// Triggers returns the rows of data/triggers.tsv, in file order.
func Triggers() []Trigger { return slices.Clone(triggers) }

// StatusCues returns the rows of data/statuses.tsv, in file order.
func StatusCues() []StatusCue { return slices.Clone(statuses) }

// Formats returns the rows of data/formats.tsv, in file order.
func Formats() []Format { return slices.Clone(formats) }

// Agencies returns the rows of data/agencies.tsv, in file order.
func Agencies() []Agency { return slices.Clone(agencies) }

// AgencyOf returns the name a dateline reports for a spelling of a news
// agency, ignoring case ("Agence France-Presse" → "AFP").
func AgencyOf(spelling string) (string, bool) {
	name, ok := agencyMap[strings.ToLower(spelling)]
	return name, ok
}
