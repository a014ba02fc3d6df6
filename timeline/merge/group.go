package merge

import (
	"cmp"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
)

// This file merges one group of mentions (see partition.go) into events:
// mentions in the canonical order, each joining the best compatible event
// it meets or starting one.

// mergeGroup merges the items of one group into events whose ids are
// still the bare ids of eventID (Finish adds suffixes) and whose Aliases
// are the ids published timelines gave their mentions' events.
//
// Each item meets only the events filed under its nodes, a few per key and
// week, so the cost is about the number of items times the events that
// share a key and a week with one, plus a sort: O(n log n) for n items
// when no key is dense in one week.
func mergeGroup(items []*mergeItem, reg *Registry) []timeline.Event {
	ms := make([]timeline.Mention, len(items))
	for i, it := range items {
		if it.m == nil {
			ms[i] = it.e.mention()
			it.m = &ms[i]
		}
	}
	slices.SortFunc(items, compareItems)
	m := merger{reg: reg, index: map[node][]int{}}
	for _, it := range items {
		m.add(it)
	}
	m.joinFormatSplits()
	m.joinVisitsToTalks()
	m.joinArrivalsToTrips()
	events := make([]timeline.Event, 0, len(m.clusters))
	for _, c := range m.clusters {
		if !c.dead {
			events = append(events, c.event(reg))
		}
	}
	return events
}

func (m *merger) add(it *mergeItem) {
	var best *mergeCluster
	bestScore := -1
	var pool []int
	if it.class == noDate {
		pool = m.undatedCandidates(it)
	} else {
		pool = m.candidates(it)
	}
	for _, id := range pool {
		c := m.clusters[id]
		if !c.accepts(it) {
			continue
		}
		s := c.score(it)
		if s > bestScore || (s == bestScore && earlier(c, best)) {
			best, bestScore = c, s
		}
	}
	if best == nil {
		best = m.newCluster()
	}
	best.take(it)
	m.file(best, it)
}

// earlier reports whether cluster a sorts before b by date, then creation.
func earlier(a, b *mergeCluster) bool {
	if b == nil {
		return true
	}
	wa, wb := a.window(), b.window()
	switch {
	case wa == nil && wb != nil:
		return false
	case wa != nil && wb == nil:
		return true
	case wa != nil && wb != nil && wa.First != wb.First:
		return wa.First < wb.First
	}
	return a.id < b.id
}

func (m *merger) newCluster() *mergeCluster {
	c := &mergeCluster{
		id: len(m.clusters), sides: map[string]bool{}, people: map[string][]names.Person{},
		orgs:    map[string]bool{},
		article: map[string]bool{}, allDay: true,
	}
	m.clusters = append(m.clusters, c)
	m.stamp = append(m.stamp, 0)
	return c
}

// joinVisitsToTalks merges a visit into the talks or meeting held on it
// that other reports give, when the two came out as separate events: the
// same sides, overlapping dates, and the talks at a place in the country
// visited ("On December 6, Vladimir Putin will visit India" and "Putin held
// talks with Modi in New Delhi"). A visit whose content is talks is those
// talks (the annotation guide's rule); within an article extraction does
// this already, and across articles the order mentions are merged in can
// seed both events before either could join the other.
func (m *merger) joinVisitsToTalks() {
	for _, v := range m.clusters {
		if v.dead || len(v.hosts) == 0 || v.window() == nil {
			continue
		}
		for _, t := range m.clusters {
			if !t.talksOfVisit(v) || !t.window().Overlaps(*v.window()) {
				continue
			}
			for _, it := range v.items {
				t.take(it)
			}
			v.dead = true
			break
		}
	}
}

// arrivalDays is the longest a visit's window may be to be read as the
// report of an arrival or of one day of a trip, and tripReach how many
// days after it the trip's talks may come.
const (
	arrivalDays = 3
	tripReach   = 4
)

// joinArrivalsToTrips joins a visit that happened, reported by its
// arrival or one of its days ("upon his arrival in Beijing"), to the talks
// or meeting of the same sides in the country visited that began within
// tripReach days after it ("talks with President Xi" the next day): the
// trip whose content is talks is those talks (the annotation guide's
// rule). The visit's reports become sources of the talks, whose date,
// kind and status stay their own; the earliest such talks take them.
// Cost: each visit cluster looks at the group's clusters once.
func (m *merger) joinArrivalsToTrips() {
	for _, v := range m.clusters {
		if v.dead || len(v.hosts) == 0 || v.window() == nil || v.window().Days() > arrivalDays || !v.kinds.has(timeline.Visit) ||
			mergedStatus(v.items) != timeline.Occurred {
			continue
		}
		last := v.window().Last
		var into *mergeCluster
		for _, t := range m.clusters {
			if !t.talksOfVisit(v) {
				continue
			}
			w := t.window()
			if w.First <= last || w.First > last+tripReach {
				continue
			}
			if into == nil || w.First < into.window().First || w.First == into.window().First && t.id < into.id {
				into = t
			}
		}
		if into == nil {
			continue
		}
		for _, it := range v.items {
			it.onTrip = true
			into.items = append(into.items, it)
			into.article[it.m.Article] = true
		}
		v.dead = true
	}
}

// talksOfVisit reports whether the dated cluster t may be the talks or
// meeting held on the visit v, dates aside: another live, dated cluster of
// talks with the same sides, at a place in the country visited, with
// people that agree. (joinVisitsToTalks and joinArrivalsToTrips add what
// the dates must be.)
func (t *mergeCluster) talksOfVisit(v *mergeCluster) bool {
	return t != v && !t.dead && len(t.hosts) == 0 && t.window() != nil &&
		slices.Equal(t.sortedSides(), v.sortedSides()) && t.holdsTalks() && t.placedIn(v) && compatiblePeople(t, v)
}

// holdsTalks reports a cluster of talks or meetings.
func (c *mergeCluster) holdsTalks() bool {
	for _, k := range c.kinds {
		if k.key == timeline.Talks || k.key == timeline.Meeting {
			return true
		}
	}
	return false
}

// placedIn reports whether the cluster's one place lies in a country the
// visit v visits (or is v's own place), or the cluster names no place.
func (c *mergeCluster) placedIn(v *mergeCluster) bool {
	if len(c.places) == 0 {
		return true // talks that name no place: the visit says where
	}
	if len(c.places) != 1 {
		return false
	}
	if v.places.has(c.places[0].key) {
		return true
	}
	return v.hosts[countryOfPlace(c.places[0].key)]
}

// compatiblePeople reports whether the people the two clusters name agree
// on every side.
func compatiblePeople(a, b *mergeCluster) bool {
	for _, it := range b.items {
		if !a.peopleAgree(it) {
			return false
		}
	}
	return true
}

// joinFormatSplits merges events of one named format whose dates are
// adjacent but do not overlap ("the Strategic Stability Dialogue on January
// 9" in one report, "on January 10" in another). A named format meets once
// in a few days, so the name is strong identity; the date the fewer sources
// give is kept in the event's Conflicts rather than silently dropped.
func (m *merger) joinFormatSplits() {
	byFormat := map[string][]*mergeCluster{}
	for _, c := range m.clusters {
		if !c.dead && c.format != "" && c.strong != nil {
			byFormat[c.format] = append(byFormat[c.format], c)
		}
	}
	for _, f := range sortedKeys(byFormat) {
		cs := byFormat[f]
		slices.SortFunc(cs, func(a, b *mergeCluster) int {
			return cmp.Or(cmp.Compare(a.strong.First, b.strong.First), cmp.Compare(a.id, b.id))
		})
		for i := 1; i < len(cs); i++ {
			a, b := cs[i-1], cs[i]
			if a.dead || b.strong.First != a.strong.Last+1 {
				continue
			}
			if !compatibleClusters(a, b) {
				continue
			}
			win, lose := a, b
			if strongCount(b) > strongCount(a) {
				win, lose = b, a
			}
			strong := *win.strong
			for _, it := range lose.items {
				win.take(it)
			}
			win.strong = &strong
			lose.dead = true
			cs[i] = win
		}
	}
}
