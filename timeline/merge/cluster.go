package merge

import (
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file holds an event being built (a cluster of mentions) and the
// rules that say whether a mention may join it: kinds, sides, people,
// places and dates must agree.

// mergeCluster is an event being built.
type mergeCluster struct {
	id     int
	items  []*mergeItem
	sides  map[string]bool
	sorted []string // sides, sorted
	people map[string][]names.Person
	// roles and offices gather the items' (see shape)
	roles, offices map[string][]string
	bilateral      bool // holds a bilateral headline (see bilateralAccepts)
	orgs           map[string]bool
	hosts          map[string]bool // the countries and organisations its visits visit
	// sideSets are the distinct sorted sides of its mentions that name
	// two or more; each is within or around each other (see sideSetsNest).
	sideSets [][]string
	kinds    tally[timeline.Kind]
	format   string
	fmtSide  []string // sorted sides of the format's mentions
	places   tally[string]
	strong   *resolve.Range // intersection of the strong dates
	weak     *resolve.Range // intersection of the weak windows
	// weakDays is the intersection of the publication days themselves,
	// without the slack, and weakFrom the publishers of those reports. Two
	// reports by one publisher dated only by publication days a day apart
	// are two events (a press office's readouts of two calls on consecutive
	// days); the slack is for publishers in different time zones.
	weakDays *resolve.Range
	weakFrom map[string]bool
	// strongFrom lists, by publisher, the articles that date the event in
	// their text to the day they were published: a publisher that reports
	// an event the same day. Another report of that publisher dated only
	// by its publication day must fall on the event's day itself: it too
	// is a same-day report, and the one-day slack is for time zones, of
	// which one press office has one. ("Today, the leaders held a call"
	// on Monday and a readout of a call published on Tuesday are two
	// calls.)
	strongFrom map[string][]string
	// strongIn are the articles that date the event in their text.
	strongIn map[string]bool
	allDay   bool // every dated mention is a single day
	dated    bool
	article  map[string]bool
	notDone  int           // items whose status is not occurred (see statusAccepts)
	dead     bool          // merged into another cluster
	pubs     resolve.Range // first and last publication date of its sources
}

func (c *mergeCluster) sortedSides() []string { return c.sorted }

// window is the cluster's date window: its strong date when it has one,
// else its weak window; nil when undated.
func (c *mergeCluster) window() *resolve.Range {
	if c.strong != nil {
		return c.strong
	}
	return c.weak
}

// accepts reports whether the item is compatible with every mention of the
// cluster: kind, participants and date.
func (c *mergeCluster) accepts(it *mergeItem) bool {
	return c.datesAccept(it) && c.kindsAccept(it) && c.placesAccept(it) && c.sidesAccept(it) && c.officesAgree(it) && c.bilateralAccepts(it) && c.statusAccepts(it) && !c.sentenceSibling(it)
}

// statusAccepts keeps an undated event called off ("A meeting between A
// and B has been postponed") out of an event that every report tells as
// done: what happened was not postponed, so the two are different events.
func (c *mergeCluster) statusAccepts(it *mergeItem) bool {
	if it.class != noDate || it.m.Status != timeline.Cancelled && it.m.Status != timeline.Postponed {
		return true
	}
	return c.notDone > 0
}

// bilateralAccepts keeps a readout's bilateral headline event and an event
// of more sides apart: "Meeting with President of Azerbaijan Ilham Aliyev"
// is the two leaders' meeting, not the trilateral one with Armenia held
// in the same city that day, whose reports name all three.
func (c *mergeCluster) bilateralAccepts(it *mergeItem) bool {
	if it.bilateral && len(c.sides) > 2 {
		return false
	}
	return !c.bilateral || len(it.sides) <= 2
}

// officesAgree reports whether the officials each side is named by may be
// the same people: a side named only by an official who leads no state
// ("This week I met with the Deputy Prime Minister of Russia") and the
// same side named only by people who all lead one (Putin, its President)
// are two meetings, the delegation's and the leaders'.
func (c *mergeCluster) officesAgree(it *mergeItem) bool {
	return officesFit(it.offices, c.roles, c.offices) && officesFit(c.offices, it.roles, it.offices)
}

// officesFit checks the unnamed officials of one mention or cluster
// (offices) against the roles of the people the other names and its own
// unnamed officials.
func officesFit(offices, roles, otherOffices map[string][]string) bool {
	for side, offs := range offices {
		rs := roles[side]
		if len(rs) == 0 || len(otherOffices[side]) > 0 {
			continue
		}
		leaders := true
		for _, r := range rs {
			if !headRoles[r] || slices.Contains(offs, r) {
				leaders = false
				break
			}
		}
		if leaders && !slices.ContainsFunc(offs, func(o string) bool { return headRoles[o] }) {
			return false
		}
	}
	return true
}

// headRoles are the offices of heads of state or government (vocab's
// offices flagged head).
var headRoles = vocab.RolesWhere(func(o vocab.Office) bool { return o.Head })

// placesAccept rejects an item whose place is known to be elsewhere than a
// place of the cluster (see placesConflict).
func (c *mergeCluster) placesAccept(it *mergeItem) bool {
	if it.place == "" {
		return true
	}
	for _, p := range c.places {
		if names.PlacesConflict(p.key, it.place) {
			return false
		}
	}
	return true
}

func (c *mergeCluster) kindsAccept(it *mergeItem) bool {
	for _, k := range c.kinds {
		switch timeline.MergeRuleOf(k.key, it.m.Kind) {
		case timeline.MergeNever:
			return false
		case timeline.MergeSamePlace:
			if !c.samePlace(it) {
				return false
			}
		case timeline.MergeSameDay:
			if !c.allDay || it.class == noDate || it.rng.First != it.rng.Last || !c.dated ||
				!slices.Equal(it.sides, c.sortedSides()) {
				return false
			}
		}
	}
	return true
}

// samePlace reports whether the item and the cluster name one place: the
// same city, or, when a visit names only the country it visits, a city of
// that country ("will visit India on December 6" and "held talks in New
// Delhi on December 6").
func (c *mergeCluster) samePlace(it *mergeItem) bool {
	switch {
	case it.place != "" && len(c.places) == 1:
		return c.places.has(it.place)
	case it.place == "" && len(c.places) == 1 && len(it.hosts) > 0:
		return slices.Contains(it.hosts, countryOfPlace(c.places[0].key))
	case it.place != "" && len(c.places) == 0 && len(c.hosts) > 0:
		return c.hosts[countryOfPlace(it.place)]
	}
	return false
}

// countryOfPlace is the side name of the country a place is in, "" when
// unknown.
func countryOfPlace(place string) string {
	if c := names.PlaceCountry(place); c != "" {
		return names.CanonicalGroup(c)
	}
	return ""
}

func (c *mergeCluster) sidesAccept(it *mergeItem) bool {
	if len(c.items) == 0 {
		return true
	}
	if len(it.hosts) > 0 && len(c.hosts) > 0 && !slices.ContainsFunc(it.hosts, func(h string) bool { return c.hosts[h] }) {
		return false // visits to different countries: the legs of a trip
	}
	if c.format != "" && it.format != "" {
		if c.format != it.format {
			return false
		}
		return c.peopleAgree(it)
	}
	switch {
	case c.format != "": // a format-less mention joins a format event
		if sessionOf(c.fmtSide, it.orgs) {
			return c.peopleAgree(it)
		}
		if !slices.Equal(it.sides, c.fmtSide) {
			return false
		}
	case it.format != "": // a format mention joins a format-less event
		if sessionOf(it.formatSides(), c.orgs) {
			return c.peopleAgree(it)
		}
		if !slices.Equal(it.sides, c.sortedSides()) {
			return false
		}
	}
	if c.bodySession(it) {
		return c.peopleAgree(it)
	}
	shared := 0
	for _, s := range it.sides {
		if c.sides[s] {
			shared++
		}
	}
	if len(it.sides) < 2 || len(c.sides) < 2 {
		// One side only (two officials of one country, or one party named):
		// the people must be the same, not merely one of them.
		if len(it.sides) != len(c.sides) || shared != len(it.sides) || shared == 0 || !c.peopleNest(it) {
			return false
		}
	} else if shared < 2 || !c.sideSetsNest(it.sides) {
		return false
	}
	for o := range it.orgs {
		if !c.sides[o] {
			return false
		}
	}
	for o := range c.orgs {
		if !slices.Contains(it.sides, o) {
			return false
		}
	}
	return c.peopleAgree(it)
}

// bodySession reports a gathering named by its organisation alone on
// one side ("Presidents of Mercosur meet in Montevideo") and, on the
// other, by the organisation and the members who came ("the presidents of
// Argentina, Brazil, Paraguay and Uruguay gathered … for the Mercosur
// summit"): one session of the body.
func (c *mergeCluster) bodySession(it *mergeItem) bool {
	if len(c.items) == 0 || c.kind() != timeline.Summit || it.m.Kind != timeline.Summit {
		return false
	}
	if len(it.sides) == 1 && it.orgs[it.sides[0]] && c.sides[it.sides[0]] {
		return true
	}
	if len(c.sides) == 1 && len(c.orgs) == 1 {
		for o := range c.orgs {
			return c.sides[o] && slices.Contains(it.sides, o)
		}
	}
	return false
}

// sideSetsNest reports whether sides (sorted) is within or around every
// set of sides the cluster's mentions name. A trilateral meeting takes a
// report of two of its parties; it does not chain two bilaterals of
// different pairs (Russia–Azerbaijan and Russia–Armenia on the day of the
// Russia–Azerbaijan–Armenia meeting are three events).
func (c *mergeCluster) sideSetsNest(sides []string) bool {
	for _, s := range c.sideSets {
		if !within(s, sides) && !within(sides, s) {
			return false
		}
	}
	return true
}

// within reports whether every element of the sorted a is in the sorted b.
func within(a, b []string) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

// sessionOf reports whether a format whose parties are fmtSides is the
// meeting of one organisation that orgs, the organisations of the other
// mention, include: "the CIS summit" and "Putin met X on the sidelines of
// a summit of the CIS" are one event, whoever else the second names.
func sessionOf(fmtSides []string, orgs map[string]bool) bool {
	return len(fmtSides) == 1 && orgs[fmtSides[0]]
}

// peopleAgree checks that, for each side both name people for, some person
// is named by both (Biden–Putin and Blinken–Lavrov are both US–Russia).
func (c *mergeCluster) peopleAgree(it *mergeItem) bool {
	for side, ps := range it.people {
		cs := c.people[side]
		if len(cs) == 0 {
			continue
		}
		if !anySamePerson(ps, cs) {
			return false
		}
	}
	return true
}

// peopleNest reports whether, on every side, the people the item names are
// all among the cluster's or the other way round.
func (c *mergeCluster) peopleNest(it *mergeItem) bool {
	for side, ps := range it.people {
		cs := c.people[side]
		if !allMatched(ps, cs) && !allMatched(cs, ps) {
			return false
		}
	}
	return true
}

// allMatched reports whether every person of a is someone in b.
func allMatched(a, b []names.Person) bool {
	for _, x := range a {
		if !anySamePerson([]names.Person{x}, b) {
			return false
		}
	}
	return true
}

func anySamePerson(a, b []names.Person) bool {
	for _, x := range a {
		for _, y := range b {
			if names.SamePerson(x, y) {
				return true
			}
		}
	}
	return false
}

func (c *mergeCluster) datesAccept(it *mergeItem) bool {
	if it.class == noDate || !c.dated {
		return true
	}
	w := it.window()
	gathering := c.sameGathering(it)
	if c.strong != nil {
		if it.class == weakDate && (c.strongElsewhere(it) || c.strongInOwnArticle(it)) && !gathering {
			return it.rng.Overlaps(*c.strong)
		}
		return w.Overlaps(*c.strong)
	}
	if it.class == weakDate && c.weakDays != nil && !it.rng.Overlaps(*c.weakDays) &&
		c.weakFrom[it.m.Publisher] && !gathering {
		return false
	}
	return w.Overlaps(*c.weak)
}

// sameGathering reports a summit of the cluster's named format: a
// gathering runs over days, so that one press office's reports of it on
// consecutive days, each dated by its publication day ("met on the
// margins of the G20" on Saturday, then on Sunday), are of the one
// gathering, where two readouts of calls a day apart are two calls.
func (c *mergeCluster) sameGathering(it *mergeItem) bool {
	return it.format != "" && it.format == c.format && it.m.Kind == timeline.Summit
}

// strongElsewhere reports whether another article of the item's publisher
// dates the cluster in its text (see strongFrom).
func (c *mergeCluster) strongElsewhere(it *mergeItem) bool {
	for _, a := range c.strongFrom[it.m.Publisher] {
		if a != it.m.Article {
			return true
		}
	}
	return false
}

// strongInOwnArticle reports whether the item's own article dates the
// cluster in its text, as an event of another kind: extraction, which
// dates a report by another of the same event in its article, left this
// one on the publication day, so the article tells two events on two
// days ("held talks in the Kremlin … Yesterday, the two leaders had an
// informal meeting"), and the day of writing gets no slack. (Two reports
// of one kind may be one event that extraction did not link: "UN
// Representative meets President X" over "Y met with President X today
// (03)".)
func (c *mergeCluster) strongInOwnArticle(it *mergeItem) bool {
	return c.strongIn[it.m.Article] && !c.kinds.has(it.m.Kind)
}

// score ranks compatible clusters for an item.
func (c *mergeCluster) score(it *mergeItem) int {
	s := 0
	if c.article[it.m.Article] {
		s += 8
	}
	if slices.Equal(it.sides, c.sortedSides()) {
		s += 4
	}
	if it.format != "" && it.format == c.format {
		s += 4
	}
	if c.kinds.has(it.m.Kind) {
		s += 2
	}
	if it.place != "" && c.places.has(it.place) {
		s++
	}
	// A publication date is best read as the day of the event it reports.
	if w := c.window(); it.class == weakDate && w != nil && w.Contains(it.rng.First) {
		s += 3
	}
	return s
}

func (c *mergeCluster) take(it *mergeItem) {
	c.items = append(c.items, it)
	if it.m.Status != timeline.Occurred {
		c.notDone++
	}
	c.bilateral = c.bilateral || it.bilateral
	if len(it.sides) >= 2 && !slices.ContainsFunc(c.sideSets, func(s []string) bool { return slices.Equal(s, it.sides) }) {
		c.sideSets = append(c.sideSets, it.sides)
	}
	for _, s := range it.sides {
		if !c.sides[s] {
			c.sides[s] = true
			c.sorted = append(c.sorted, s)
		}
	}
	slices.Sort(c.sorted)
	for s := range it.orgs {
		c.orgs[s] = true
	}
	for _, h := range it.hosts {
		if c.hosts == nil {
			c.hosts = map[string]bool{}
		}
		c.hosts[h] = true
	}
	for side, rs := range it.roles {
		for _, r := range rs {
			if !slices.Contains(c.roles[side], r) {
				c.roles = appendTo(c.roles, side, r)
			}
		}
	}
	for side, os := range it.offices {
		for _, o := range os {
			if !slices.Contains(c.offices[side], o) {
				c.offices = appendTo(c.offices, side, o)
			}
		}
	}
	for side, ps := range it.people {
		for _, p := range ps {
			if !slices.ContainsFunc(c.people[side], func(q names.Person) bool { return q.Key() == p.Key() && q.Initials == p.Initials }) {
				c.people[side] = append(c.people[side], p)
			}
		}
	}
	c.kinds = c.kinds.add(it.m.Kind)
	if it.format != "" {
		if c.format == "" {
			c.format = it.format
		}
		for _, s := range it.formatSides() {
			if !slices.Contains(c.fmtSide, s) {
				c.fmtSide = append(c.fmtSide, s)
			}
		}
		slices.Sort(c.fmtSide)
	}
	if it.place != "" {
		c.places = c.places.add(it.place)
	}
	c.article[it.m.Article] = true
	if it.pub != date.Zero {
		if c.pubs.First == date.Zero || it.pub < c.pubs.First {
			c.pubs.First = it.pub
		}
		if it.pub > c.pubs.Last {
			c.pubs.Last = it.pub
		}
	}
	if it.class == noDate {
		return
	}
	c.dated = true
	if it.rng.First != it.rng.Last {
		c.allDay = false
	}
	w := it.window()
	switch it.class {
	case strongDate:
		narrow(&c.strong, w)
		if c.strongIn == nil {
			c.strongIn = map[string]bool{}
		}
		c.strongIn[it.m.Article] = true
		if it.pub != date.Zero && it.rng.First == it.pub && it.rng.Last == it.pub {
			if c.strongFrom == nil {
				c.strongFrom = map[string][]string{}
			}
			p := it.m.Publisher
			if !slices.Contains(c.strongFrom[p], it.m.Article) {
				c.strongFrom[p] = append(c.strongFrom[p], it.m.Article)
			}
		}
	case weakDate:
		narrow(&c.weak, w)
		if c.weakFrom == nil {
			c.weakFrom = map[string]bool{}
		}
		c.weakFrom[it.m.Publisher] = true
		narrow(&c.weakDays, it.rng)
	}
}

// compatibleClusters reports whether every mention of b fits a on kind and
// participants.
func compatibleClusters(a, b *mergeCluster) bool {
	for _, it := range b.items {
		if !a.kindsAccept(it) || !a.sidesAccept(it) || !a.officesAgree(it) || !a.bilateralAccepts(it) || a.sentenceSibling(it) {
			return false
		}
	}
	return true
}

// sentenceSibling reports a mention of c told in the same sentence as it,
// with other sides, neither a visit nor dated by reference: extraction
// told them apart, as two events ("A and B met on the sidelines of a
// trilateral meeting with C": the meeting of two and the gathering of
// three). A visit and the meeting held on it, and a reference back to an
// event, are one event told twice.
func (c *mergeCluster) sentenceSibling(it *mergeItem) bool {
	if it.e.sentence == "" || it.e.rec[0].Basis == timeline.FromReference || it.e.rec[0].Kind == timeline.Visit || !c.article[it.m.Article] {
		return false // (c.article first: most mentions a cluster meets come from other articles, which it need not scan)
	}
	for _, o := range c.items {
		if o.e.art == it.e.art && o.e.sentence == it.e.sentence && o.e.rec[0].Index != it.e.rec[0].Index &&
			o.e.rec[0].Basis != timeline.FromReference && o.e.rec[0].Kind != timeline.Visit && !slices.Equal(o.sides, it.sides) {
			return true
		}
	}
	return false
}

func strongCount(c *mergeCluster) int {
	n := 0
	for _, it := range c.items {
		if it.class == strongDate {
			n++
		}
	}
	return n
}

// tally counts a few distinct values; a cluster sees one to three kinds
// and places, where a slice is cheaper than a map.
type tally[K comparable] []struct {
	key K
	n   int
}

func (t tally[K]) has(k K) bool {
	for _, e := range t {
		if e.key == k {
			return true
		}
	}
	return false
}

func (t tally[K]) add(k K) tally[K] {
	for i := range t {
		if t[i].key == k {
			t[i].n++
			return t
		}
	}
	return append(t, struct {
		key K
		n   int
	}{k, 1})
}

// narrow intersects *r with w: it sets *r to w when *r is nil, and leaves
// it as it is when the two do not overlap (the cluster keeps the dates it
// had; conflicting dates are dealt with by the caller's checks).
func narrow(r **resolve.Range, w resolve.Range) {
	switch {
	case *r == nil:
		*r = &w
	case w.Overlaps(**r):
		*r = &resolve.Range{First: max(w.First, (*r).First), Last: min(w.Last, (*r).Last)}
	}
}
