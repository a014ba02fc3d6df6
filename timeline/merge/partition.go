package merge

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// This file cuts the mentions into groups that can be merged apart: two
// mentions are in one group when they share a node (index.go) directly or
// through other mentions. A mention only meets events filed under its
// nodes, so no event spans two groups, and merging each group alone gives
// the events a merge of all the mentions gives.
//
// Nodes are keyed by week, so a hot pair of sides (one leader's thousands
// of calls) falls into one group per week or so, not one group for all of
// it: what joins the weeks of a key is a mention whose date covers them
// ("in 2022"), or an undated one that looks around its publication date.
// Two kinds of node join many mentions and are needed rarely, so they
// count only where they are needed (a Plan says where):
//
//   - the wide events of a key, which every dated mention of the key looks
//     up, only when some mention of the key has a wide date;
//   - the events of an article under a key and kind, which every mention
//     of the article files, only when an undated mention of the article
//     with the key looks up that kind.

// Plan says which of the nodes that join many mentions are needed: it is
// the first pass over the mentions before they are cut into groups. Plans
// add up like Names: the Plan of two sets of mentions merged is the Plan of
// their union.
type Plan struct {
	wide    map[string]bool     // keys of mentions with a wide date
	undated map[articleKey]bool // keys, articles and kinds undated mentions look up
	sp      *space              // the names keys are made of, numbered
}

type articleKey struct {
	key, article string
	of           timeline.Kind
}

// NewPlan returns an empty Plan for mentions whose names reg knows.
func NewPlan(reg *Registry) *Plan {
	return &Plan{wide: map[string]bool{}, undated: map[articleKey]bool{}, sp: newSpace(reg)}
}

// Add notes one mention.
func (p *Plan) Add(m *timeline.Mention) { p.note(p.sp.mention(m)) }

func (p *Plan) note(it *mergeItem) {
	switch {
	case it.class == noDate:
		for _, k := range it.keys {
			for _, of := range it.undatedKinds {
				p.undated[articleKey{k, it.article, timeline.Kind(p.sp.kinds.names[of])}] = true
			}
		}
	case it.isWide():
		for _, k := range it.keys {
			p.wide[k] = true
		}
	}
}

// Merge adds what o noted to p.
func (p *Plan) Merge(o *Plan) {
	for k := range o.wide {
		p.wide[k] = true
	}
	for k := range o.undated {
		p.undated[k] = true
	}
}

// needed reports whether a node can join mentions at all.
func (p *Plan) needed(n node) bool {
	switch n.kind {
	case nodeWide, nodeAll:
		return p.wide[p.sp.keys.names[n.key]]
	case nodeArticle:
		return p.undated[articleKey{p.sp.keys.names[n.key], p.sp.articles.names[n.article], timeline.Kind(p.sp.kinds.names[n.of])}]
	}
	return true
}

// nodes calls f with every node of the item that the plan needs: the
// nodes it is filed under and those it looks up alike.
func (p *Plan) nodes(it *mergeItem, f func(node)) {
	both := func(n node) {
		if p.needed(n) {
			f(n)
		}
	}
	it.visitNodes(both, both)
}

// name writes a node as a key a distributed run can group by.
func (p *Plan) name(n node) string {
	key := p.sp.keys.names[n.key]
	switch n.kind {
	case nodeWeek:
		return fmt.Sprintf("%s@w%d", key, n.week)
	case nodeUndated:
		return fmt.Sprintf("%s@u%d", key, n.week)
	case nodeWide:
		return key + "@wide"
	case nodeAll:
		return key + "@all"
	}
	return key + "@a:" + p.sp.kinds.names[n.of] + ":" + p.sp.articles.names[n.article]
}

// Keys returns the nodes of m as strings: two mentions that share a key
// are in one group (Components). Each key names a side pair, single side,
// format or organisation with a week, an article or a date class.
func (p *Plan) Keys(m *timeline.Mention) []string {
	var out []string
	p.nodes(p.sp.mention(m), func(n node) { out = append(out, p.name(n)) })
	slices.Sort(out)
	return slices.Compact(out)
}

// Components joins mentions that share a key (Plan.Keys) into groups: a
// union-find over the keys. Like Names and Plan it adds up, so a
// distributed run can build it per worker and combine.
type Components struct {
	parent map[string]string
}

// NewComponents returns Components with no keys.
func NewComponents() *Components { return &Components{parent: map[string]string{}} }

// Add joins the keys of one mention.
func (c *Components) Add(keys []string) {
	for _, k := range keys {
		if _, ok := c.parent[k]; !ok {
			c.parent[k] = k
		}
	}
	for _, k := range keys[min(1, len(keys)):] {
		c.union(keys[0], k)
	}
}

// Merge adds the joins o knows.
func (c *Components) Merge(o *Components) {
	for k := range o.parent {
		c.Add([]string{k, o.find(k)})
	}
}

// Group names the group of a mention with these keys: the same string for
// every mention of one group, whatever the order keys were added in.
func (c *Components) Group(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	return c.find(keys[0])
}

func (c *Components) find(k string) string {
	for c.parent[k] != k {
		c.parent[k] = c.parent[c.parent[k]]
		k = c.parent[k]
	}
	return k
}

// union joins two sets; the smaller key stands for both, so that the name
// of a group does not depend on the order of the joins.
func (c *Components) union(a, b string) {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	if strings.Compare(ra, rb) > 0 {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
}

// partition cuts items into groups (see the top of this file), with a
// union-find over the items. Groups come largest first, each in input
// order.
func partition(items []*mergeItem, plan *Plan) [][]*mergeItem {
	parent := make([]int32, len(items))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := make(map[node]int32, len(items)*2)
	for i, it := range items {
		plan.nodes(it, func(n node) {
			o, ok := owner[n]
			if !ok {
				owner[n] = int32(i)
				return
			}
			if a, b := find(o), find(int32(i)); a != b {
				parent[max(a, b)] = min(a, b)
			}
		})
	}
	byRoot := map[int32]int{}
	var groups [][]*mergeItem
	for i, it := range items {
		r := find(int32(i))
		g, ok := byRoot[r]
		if !ok {
			g = len(groups)
			byRoot[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], it)
	}
	slices.SortStableFunc(groups, func(a, b []*mergeItem) int { return len(b) - len(a) })
	return groups
}
