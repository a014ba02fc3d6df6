package merge

import (
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// This file indexes clusters by side pair (or format) and calendar week,
// so that a mention meets only the clusters it could join.

// maxIndexedWeeks bounds how many week buckets one cluster is filed under;
// wider dates are filed under "wide".
const maxIndexedWeeks = 60

func weekOf(d date.Date) int { return int(d) / 7 }

// indexKeys lists the side keys an item or cluster is filed under: every
// pair of its sides, the single side when it has only one, its format, and
// each side that is an organisation (orgs), so that a summit of an
// organisation meets the mentions that name it among others (see
// sessionOf).
func indexKeys(sides []string, format string, orgs map[string]bool) []string {
	var keys []string
	if format != "" {
		keys = append(keys, "f:"+format)
	}
	if len(sides) == 1 {
		keys = append(keys, "s:"+sides[0])
	}
	for _, s := range sides {
		if orgs[s] {
			keys = append(keys, "o:"+s)
		}
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			keys = append(keys, "p:"+sides[i]+"|"+sides[j])
		}
	}
	return keys
}

// Special week buckets.
const (
	bucketWide    = -1 // dates spanning maxIndexedWeeks or more
	bucketUndated = -2
	bucketAll     = -3 // every cluster of a key, whatever its date
)

// indexKey files clusters by a side key and a week.
type indexKey struct {
	side string
	week int
}

// buckets lists the week buckets of a window.
func buckets(w *resolve.Range) []int {
	if w == nil {
		return []int{bucketUndated}
	}
	a, b := weekOf(w.First), weekOf(w.Last)
	if b-a >= maxIndexedWeeks {
		return []int{bucketWide}
	}
	out := make([]int, 0, b-a+2)
	for k := a; k <= b; k++ {
		out = append(out, k)
	}
	return out
}

// file files the cluster under its keys and weeks, unless nothing that
// decides them changed since it was last filed.
func (m *merger) file(c *mergeCluster) {
	w := c.window()
	state := filedState{sides: len(c.sorted), format: c.format, dated: w != nil}
	if w != nil {
		state.window = *w
	}
	if c.filed == state {
		return
	}
	c.filed = state
	bs := append(buckets(w), bucketAll)
	for _, k := range indexKeys(c.sorted, c.format, c.orgs) {
		for _, b := range bs {
			key := indexKey{k, b}
			l := m.index[key]
			if len(l) == 0 || l[len(l)-1] != c.id {
				m.index[key] = append(l, c.id)
			}
		}
	}
}

// filedState is what a cluster was last filed by.
type filedState struct {
	sides  int
	format string
	dated  bool
	window resolve.Range
}

// candidates returns the live clusters filed under any key of the item,
// each once, in creation order.
func (m *merger) candidates(it *mergeItem) []int {
	m.round++
	var out []int
	bs := []int{bucketAll}
	if it.class != noDate {
		w := it.window()
		if b := buckets(&w); b[0] != bucketWide {
			bs = append(b, bucketWide)
		}
	}
	for _, k := range it.keys {
		for _, b := range bs {
			out = m.collect(out, m.index[indexKey{k, b}])
		}
	}
	slices.Sort(out)
	return out
}

func (m *merger) collect(out, l []int) []int {
	for _, id := range l {
		if m.stamp[id] != m.round && !m.clusters[id].dead {
			m.stamp[id] = m.round
			out = append(out, id)
		}
	}
	return out
}

// undatedCandidates finds the event an undated mention may join: among the
// compatible events of its own article if there are any, else among those
// of other articles of the same kind dated, or (when undated too) published,
// within undatedReach days of its publication date. It returns one only
// when the choice is not a guess (see pickUndated).
func (m *merger) undatedCandidates(it *mergeItem) []int {
	var own []int
	for _, id := range m.byArticle[it.m.Article] {
		if c := m.clusters[id]; !c.dead && c.accepts(it) {
			own = append(own, id)
		}
	}
	if len(own) > 0 {
		return m.pickUndated(it, own, false)
	}
	if it.pub == date.Zero {
		return nil
	}
	probe := *it
	probe.class = strongDate
	probe.rng = resolve.Range{First: it.pub - undatedReach, Last: it.pub + undatedReach}
	var near []int
	for _, id := range m.candidates(&probe) {
		c := m.clusters[id]
		if c.dated && c.accepts(&probe) && c.accepts(it) {
			near = append(near, id)
		}
	}
	m.round++
	for _, k := range it.keys {
		for _, id := range m.collect(nil, m.index[indexKey{k, bucketUndated}]) {
			c := m.clusters[id]
			if !c.dated && c.pubs.First != date.Zero && probe.rng.Overlaps(c.pubs) && c.accepts(it) {
				near = append(near, id)
			}
		}
	}
	return m.pickUndated(it, near, true)
}

// pickUndated chooses the event an undated mention reports among
// compatible candidates, or none: the only candidate; else the only one of
// the same kind; else the only one of the same kind, sides and place (a
// copy of the same story). Across articles the kind must be the same.
func (m *merger) pickUndated(it *mergeItem, ids []int, sameKind bool) []int {
	tiers := []func(c *mergeCluster) bool{
		func(c *mergeCluster) bool { return !sameKind },
		func(c *mergeCluster) bool { return c.kinds.has(it.m.Kind) },
		func(c *mergeCluster) bool {
			return c.kinds.has(it.m.Kind) && slices.Equal(c.sorted, it.sides) && (c.places.has(it.place) || (it.place == "" && len(c.places) == 0))
		},
	}
	for _, keep := range tiers {
		var hit []int
		for _, id := range ids {
			if keep(m.clusters[id]) {
				hit = append(hit, id)
			}
		}
		if len(hit) == 1 {
			return hit
		}
		if len(hit) == 0 && !sameKind {
			return nil
		}
	}
	return nil
}

// undatedReach is how many days from its publication date an undated
// mention looks for the event it reports.
const undatedReach = 7
