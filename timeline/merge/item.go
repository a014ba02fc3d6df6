package merge

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

// This file prepares a mention for merging (its sides, keys and date
// window under the registry's canonical names) and defines the one order
// in which mentions are merged.

// dateClass orders the strength of a mention's date.
type dateClass int

const (
	strongDate dateClass = iota // from the text, or from a referenced mention
	weakDate                    // from the publication date only
	noDate                      // undated
)

// mergeItem is one mention prepared for merging.
type mergeItem struct {
	e *entry
	// m is the mention itself, made from e only while its group is
	// merged, so that all the mentions are never in memory at once.
	m            *timeline.Mention
	article      string
	articleID    int32   // the article's number in the merge's space
	kindID       int32   // the kind's number
	undatedKinds []int32 // undated: the kinds of events of its article it may join
	*shape
	place string // folded place, "" if none
	class dateClass
	rng   resolve.Range // the date's range (strong or weak)
	pub   date.Date     // publication date, date.Zero when unknown
	// prior lists the ids a published timeline gave the event this
	// mention was part of (its id and aliases): they become aliases.
	prior []string
	// onTrip marks a report of a visit's arrival that joined the talks
	// held on the trip (see joinArrivalsToTrips): a source of the event,
	// whose date, kind and status stay the talks'.
	onTrip bool
	// bilateral marks the headline of a readout of two sides' meeting,
	// talks or call ("Meeting with President of Azerbaijan Ilham
	// Aliyev"): an event of those two, which takes no report of more
	// sides (see bilateralAccepts).
	bilateral bool
}

// shape is what merging reads of a mention's participants and format:
// the same for every mention with the same list, kind and format, and
// shared by them. It is read-only once made.
type shape struct {
	sides []string // sorted side keys
	// named are the sides a country or an organisation names, not a
	// person only: of a format's mention, the format's own parties, not
	// those who came to it ("Rahmon arrived for the CIS summit").
	named  []string
	people map[string][]names.Person
	orgs   map[string]bool // sides that are organisations
	format string          // folded format name, "" if none
	keys   []string        // index keys: side pairs, single side, format, organisations
	keyIDs []int32         // their numbers in the merge's space
	hosts  []string        // of a visit: the countries and organisations visited
	// roles are the offices of the people named on each side ("" for
	// unknown), and offices those of officials a side is named by without
	// a name ("the Deputy Prime Minister of Russia"): see officesAgree.
	roles, offices map[string][]string
}

// shapeCache shares the shapes of mentions whose participant lists are
// one list (as a Set keeps them) of one kind and format.
type shapeCache map[shapeKey]*shape

type shapeKey struct {
	first  *timeline.Participant
	n      int
	visit  bool
	format string
}

// newShape works out the sides, people and keys of r's participants.
func newShape(r *timeline.MentionRecord, reg *Registry) *shape {
	it := &shape{}
	seen := make(map[string]bool, len(r.Participants))
	for _, p := range r.Participants {
		side, person, isOrg := reg.side(p)
		if side == "" {
			continue
		}
		if !seen[side] {
			seen[side] = true
			it.sides = append(it.sides, side)
		}
		if person == nil && !slices.Contains(it.named, side) {
			it.named = append(it.named, side)
		}
		if isOrg {
			if it.orgs == nil {
				it.orgs = map[string]bool{}
			}
			it.orgs[side] = true
		}
		if r.Kind == timeline.Visit && p.Type != timeline.PersonParty && !slices.Contains(it.hosts, side) {
			it.hosts = append(it.hosts, side)
		}
		if person != nil {
			if it.people == nil {
				it.people = map[string][]names.Person{}
			}
			it.people[side] = append(it.people[side], *person)
			it.roles = appendTo(it.roles, side, p.Role)
		} else if p.Type == timeline.CountryParty && p.Role != "" {
			it.offices = appendTo(it.offices, side, p.Role)
		}
	}
	slices.Sort(it.sides)
	slices.Sort(it.named)
	it.format = names.FormatKey(r.Format)
	it.keys = indexKeys(it.sides, it.format, it.orgs)
	return it
}

// formatSides are the sides of a format's mention that stand for the
// format itself: those named by countries and organisations, else all.
func (it *shape) formatSides() []string {
	if len(it.named) > 0 {
		return it.named
	}
	return it.sides
}

// settle reads the item's place and dates.
func (it *mergeItem) settle() {
	r := &it.e.rec[0]
	it.class = noDate
	it.place = names.PlaceKey(r.Place)
	if r.When != nil && r.When.Range.First != date.Zero {
		it.rng = r.When.Range
		if r.Basis == timeline.FromPublication {
			it.class = weakDate
		} else {
			it.class = strongDate
		}
	}
	it.pub = it.e.art.published
	if it.pub == date.Zero && it.class == weakDate {
		it.pub = it.rng.First
	}
}

// weakSlack is how many days a publication date may be off the event day.
const weakSlack = 1

// window is the range of days the item's date is compatible with.
func (it *mergeItem) window() resolve.Range {
	if it.class == weakDate {
		return resolve.Range{First: it.rng.First - weakSlack, Last: it.rng.Last + weakSlack}
	}
	return it.rng
}

// basisRank orders text before reference before publication.
var basisRank = map[timeline.DateBasis]int{timeline.FromText: 0, timeline.FromReference: 1, timeline.FromPublication: 2}

// compareItems is the canonical processing order: strongest and most
// precise dates first, so that events are seeded by their best evidence and
// coarse mentions ("next week") join them afterwards; mentions alike in
// that are ordered by their content (compareMentions), so that the result
// does not depend on the order of the input.
func compareItems(a, b *mergeItem) int {
	if c := cmp.Compare(a.class, b.class); c != 0 {
		return c
	}
	if a.class != noDate {
		if c := cmp.Compare(a.rng.Days(), b.rng.Days()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.rng.First, b.rng.First); c != 0 {
			return c
		}
		if c := cmp.Compare(basisRank[a.m.When.Basis], basisRank[b.m.When.Basis]); c != 0 {
			return c
		}
	}
	return compareMentions(a.m, b.m)
}

// articleOf is the article a mention reports from.
func articleOf(m *timeline.Mention) string {
	if m.Source.Article != "" {
		return m.Source.Article
	}
	return m.Article
}

// compareMentions orders two mentions by everything about them that can
// reach the output: article and position first (which tell mentions apart
// in practice), then every other field. Fields are compared one at a time
// and only as far as needed, so sorting builds no key per mention. Two
// mentions it finds equal give the same output whichever comes first.
func compareMentions(a, b *timeline.Mention) int {
	if c := strings.Compare(articleOf(a), articleOf(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Index, b.Index); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Format, b.Format); c != 0 {
		return c
	}
	if c := strings.Compare(a.Place, b.Place); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Status), string(b.Status)); c != 0 {
		return c
	}
	if c := compareMentionDates(a.When, b.When); c != 0 {
		return c
	}
	if c := compareParticipants(a.Participants, b.Participants); c != 0 {
		return c
	}
	if c := strings.Compare(a.Publisher, b.Publisher); c != 0 {
		return c
	}
	sa, sb := a.Source, b.Source
	sa.Article, sb.Article = articleOf(a), articleOf(b)
	return timeline.CompareSources(sa, sb)
}

// compareMentionDates orders dates by what merging reads of them: value,
// days, granularity and basis; undated first.
func compareMentionDates(a, b *timeline.MentionDate) int {
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.Value, b.Value); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Range.First, b.Range.First); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Range.Last, b.Range.Last); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Granularity), string(b.Granularity)); c != 0 {
		return c
	}
	return strings.Compare(string(a.Basis), string(b.Basis))
}

func compareParticipants(a, b []timeline.Participant) int {
	for i := range min(len(a), len(b)) {
		p, q := &a[i], &b[i]
		if c := strings.Compare(p.Name, q.Name); c != 0 {
			return c
		}
		if c := strings.Compare(string(p.Type), string(q.Type)); c != 0 {
			return c
		}
		if c := strings.Compare(p.Role, q.Role); c != 0 {
			return c
		}
		if c := strings.Compare(p.Country, q.Country); c != 0 {
			return c
		}
		if c := slices.Compare(p.Aliases, q.Aliases); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// appendTo appends v to m[k], making m if need be.
func appendTo(m map[string][]string, k, v string) map[string][]string {
	if m == nil {
		m = map[string][]string{}
	}
	m[k] = append(m[k], v)
	return m
}
