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
