package merge

import (
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// This file says where a mention looks for the events it may join, and
// where an event is filed so that it is found: under nodes, each a key of
// the mention's (a pair of its sides, its single side, its format, an
// organisation it names) with a week or an article. The same nodes index
// the events being built (merger) and partition the input into groups that
// never share an event (partition.go): a mention only ever meets events
// filed under one of its nodes, so two groups that share no node can be
// merged apart.

// maxIndexedWeeks bounds how many week nodes one mention is filed under;
// a mention with a wider date is a "wide" one, filed once for its key.
const maxIndexedWeeks = 60

// undatedReach is how many days from its publication date an undated
// mention looks for the event it reports.
const undatedReach = 7

func weekOf(d date.Date) int32 { return int32(int(d) / 7) }

// nodeKind says what a node files events by.
type nodeKind uint8

const (
	// nodeWeek: events whose dates cover the week, by key.
	nodeWeek nodeKind = iota
	// nodeWide: events of a wide date, by key; dated mentions look them up.
	nodeWide
	// nodeAll: every event of a key, whatever its date; wide mentions look
	// them up.
	nodeAll
	// nodeArticle: the events an article reports, by key; the article's
	// undated mentions look them up.
	nodeArticle
	// nodeUndated: undated events by the weeks around their publication
	// dates; undated mentions of other articles look them up.
	nodeUndated
)

// node is one place an event is filed under: a key, and a week or an
// article and kind, all numbered in the merge's space.
type node struct {
	key     int32
	week    int32 // nodeWeek, nodeUndated
	article int32 // nodeArticle
	of      int32 // nodeArticle: a kind of the article's mention
	kind    nodeKind
}

// indexKeys lists the side keys an item is filed under: every pair of its
// sides, the single side when it has only one, its format, and each side
// that is an organisation (orgs), so that a summit of an organisation
// meets the mentions that name it among others (see sessionOf).
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

// isWide reports whether a dated item's window spans maxIndexedWeeks
// weeks or more.
func (it *mergeItem) isWide() bool {
	w := it.window()
	return weekOf(w.Last)-weekOf(w.First) >= maxIndexedWeeks
}

// weeksAround lists the weeks of the days first-slack … last+slack.
func weeksAround(first, last date.Date, slack int) (int32, int32) {
	return weekOf(first - date.Date(slack)), weekOf(last + date.Date(slack))
}

// visitNodes calls file for every node the item's event is filed under and
// look for every node the item looks events up under:
//
//   - a dated mention is filed under each week its date covers and looks
//     up those weeks and the wide events of its keys; a wide one is filed
//     as wide and looks up every event of its keys;
//   - every mention is filed under its article and kind, and the article's
//     undated mentions look there first, under the kinds an undated mention
//     of theirs may join (undatedKinds);
//   - an undated mention with a publication date is filed under the weeks
//     within undatedReach days of it, and looks up those weeks among dated
//     and undated events.
//
// A format key also covers the day before and after its date, because
// sessions of one format on adjacent days are joined (joinFormatSplits);
// a visit also looks up the weeks of the tripReach days after it, where
// the talks of its trip may be (joinArrivalsToTrips).
func (it *mergeItem) visitNodes(file, look func(node)) {
	article, kind := it.articleID, it.kindID
	for i, k := range it.keyIDs {
		slack := 0
		if it.keys[i][0] == 'f' {
			slack = 1
		}
		file(node{key: k, kind: nodeArticle, article: article, of: kind})
		file(node{key: k, kind: nodeAll})
		switch {
		case it.class == noDate:
			for _, of := range it.undatedKinds {
				look(node{key: k, kind: nodeArticle, article: article, of: of})
			}
			if it.pub == date.Zero {
				continue
			}
			a, b := weeksAround(it.pub, it.pub, undatedReach+slack)
			for w := a; w <= b; w++ {
				file(node{key: k, kind: nodeUndated, week: w})
				look(node{key: k, kind: nodeUndated, week: w})
				look(node{key: k, kind: nodeWeek, week: w})
			}
			look(node{key: k, kind: nodeWide})
		case it.isWide():
			file(node{key: k, kind: nodeWide})
			look(node{key: k, kind: nodeAll})
		default:
			w := it.window()
			a, b := weeksAround(w.First, w.Last, slack)
			for wk := a; wk <= b; wk++ {
				file(node{key: k, kind: nodeWeek, week: wk})
				look(node{key: k, kind: nodeWeek, week: wk})
			}
			if it.e.rec[0].Kind == timeline.Visit {
				// the talks of the trip, up to tripReach days after
				// (joinArrivalsToTrips)
				_, ahead := weeksAround(w.First, w.Last+tripReach, slack)
				for wk := b + 1; wk <= ahead; wk++ {
					look(node{key: k, kind: nodeWeek, week: wk})
				}
			}
			look(node{key: k, kind: nodeWide})
		}
	}
}

// undatedKinds lists the kinds of the events an undated mention of kind
// k may join: those that merge with k always, and with a place those that
// merge at the same place. (A kind that merges on the same day only needs
// a date.)
func undatedKinds(k timeline.Kind, placed bool) []timeline.Kind {
	var out []timeline.Kind
	for _, o := range timeline.Kinds {
		switch timeline.MergeRuleOf(o, k) {
		case timeline.MergeAlways:
			out = append(out, o)
		case timeline.MergeSamePlace:
			if placed {
				out = append(out, o)
			}
		}
	}
	return out
}

// merger builds the events of one group of mentions.
type merger struct {
	reg      *Registry
	clusters []*mergeCluster
	index    map[node][]int // node → clusters filed under it, in creation order
	stamp    []int
	round    int
}

// file files cluster c under the nodes of item it.
func (m *merger) file(c *mergeCluster, it *mergeItem) {
	it.visitNodes(func(n node) {
		l := m.index[n]
		if len(l) == 0 || l[len(l)-1] != c.id {
			m.index[n] = append(l, c.id)
		}
	}, func(node) {})
}

// lookup returns the live clusters filed under the nodes the item looks
// up that keep (nil keeps all), each once, in creation order.
func (m *merger) lookup(it *mergeItem, keep func(n node) bool) []int {
	m.round++
	var out []int
	it.visitNodes(func(node) {}, func(n node) {
		if keep != nil && !keep(n) {
			return
		}
		for _, id := range m.index[n] {
			if m.stamp[id] != m.round && !m.clusters[id].dead {
				m.stamp[id] = m.round
				out = append(out, id)
			}
		}
	})
	slices.Sort(out)
	return out
}

// candidates returns the clusters a dated item may join.
func (m *merger) candidates(it *mergeItem) []int { return m.lookup(it, nil) }

// undatedCandidates finds the event an undated mention may join: among the
// compatible events of its own article if there are any, else among those
// of other articles of the same kind dated, or (when undated too)
// published, within undatedReach days of its publication date. It returns
// one only when the choice is not a guess (see pickUndated).
func (m *merger) undatedCandidates(it *mergeItem) []int {
	var own []int
	for _, id := range m.lookup(it, func(n node) bool { return n.kind == nodeArticle }) {
		if m.clusters[id].accepts(it) {
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
	probe.rng.First, probe.rng.Last = it.pub-undatedReach, it.pub+undatedReach
	var near []int
	for _, id := range m.lookup(it, func(n node) bool { return n.kind != nodeArticle }) {
		c := m.clusters[id]
		if c.dated {
			if c.accepts(&probe) && c.accepts(it) {
				near = append(near, id)
			}
		} else if c.pubs.First != date.Zero && probe.rng.Overlaps(c.pubs) && c.accepts(it) {
			near = append(near, id)
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
