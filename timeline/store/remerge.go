package store

import (
	"encoding/json"
	"regexp"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/merge"
)

// This file is the store's merge, in domain terms: which stored groups of
// mentions new mentions touch, and the events and groups they make
// together. What it reads of the store, it asks an index for.

// index is what the remerge reads of the stored groups.
type index interface {
	// empty reports whether the store has no group yet: nothing to look
	// up.
	empty() (bool, error)
	// groupsOfKey lists the groups filed under a node key.
	groupsOfKey(key string) ([]int64, error)
	// groupsOfBase lists the groups with a node of the side key base.
	groupsOfBase(base string) ([]int64, error)
	// groupsOfArticles lists the groups holding mentions of articles
	// with these ids.
	groupsOfArticles(ids []string) ([]int64, error)
	// events are the stored events of groups.
	events(grps []int64) ([]storedEvent, error)
}

// storedEvent is an event as the store holds it.
type storedEvent struct {
	rowid int64
	grp   int64
	base  string
	event timeline.Event
}

// mentionKey identifies a mention: its article and its place in it.
type mentionKey struct {
	article string
	index   int
}

// keyOf is the mention key of a source's record.
func keyOf(s *timeline.Source, r *timeline.MentionRecord) mentionKey {
	return mentionKey{s.Article, r.Index}
}

// remerge is one add's merge: the mentions it merges again, the groups
// they came from, and the registry of every name in the store.
type remerge struct {
	reg      *merge.Registry
	idx      index
	removed  map[string]bool // ids of articles whose mentions go
	loaded   map[int64]bool  // groups merged again
	old      []storedEvent   // their events
	mentions []timeline.Mention
	keys     [][]string // node keys of each mention (merge.Plan.Keys)
}

// load adds the mentions of groups not loaded yet, leaving out those of
// removed articles; it reports whether there were any.
func (r *remerge) load(grps []int64) (bool, error) {
	var fresh []int64
	for _, g := range grps {
		if !r.loaded[g] {
			r.loaded[g] = true
			fresh = append(fresh, g)
		}
	}
	if len(fresh) == 0 {
		return false, nil
	}
	slices.Sort(fresh)
	evs, err := r.idx.events(fresh)
	if err != nil {
		return false, err
	}
	r.old = append(r.old, evs...)
	for i := range evs {
		for _, m := range merge.MentionsOf(&evs[i].event) {
			if !r.removed[m.Article] {
				r.mentions = append(r.mentions, m)
			}
		}
	}
	return true, nil
}

// nodeBase matches a node key of merge.Plan.Keys filed by week, undated
// week, wide date or key alone, and takes the side key it is made of.
var nodeBase = regexp.MustCompile(`^(.*)@(w-?\d+|u-?\d+|wide|all)$`)

// close loads, until nothing more is found, every stored group that
// shares a node with the mentions gathered, and every group of an article
// they come from. The keys are then those of the whole closure.
func (r *remerge) close(hasWide func(base string) (bool, error)) error {
	empty, err := r.idx.empty()
	if err != nil {
		return err
	}
	for {
		arts := map[string]bool{}
		for i := range r.mentions {
			arts[r.mentions[i].Article] = true
		}
		ids := make([]string, 0, len(arts))
		for a := range arts {
			ids = append(ids, a)
		}
		slices.Sort(ids)
		grps, err := r.idx.groupsOfArticles(ids)
		if err != nil {
			return err
		}
		if more, err := r.load(grps); err != nil || more {
			if err != nil {
				return err
			}
			continue
		}
		plan := merge.NewPlan(r.reg)
		for i := range r.mentions {
			plan.Add(&r.mentions[i])
		}
		r.keys = make([][]string, len(r.mentions))
		distinct := map[string]bool{}
		bases := map[string]bool{}
		wide := map[string]bool{}
		for i := range r.mentions {
			r.keys[i] = plan.Keys(&r.mentions[i])
			for _, k := range r.keys[i] {
				distinct[k] = true
				if m := nodeBase.FindStringSubmatch(k); m != nil {
					bases[m[1]] = true
					if m[2] == "wide" || m[2] == "all" {
						wide[m[1]] = true
					}
				}
			}
		}
		if empty {
			return nil
		}
		var found []int64
		for _, k := range sortedSet(distinct) {
			gs, err := r.idx.groupsOfKey(k)
			if err != nil {
				return err
			}
			found = append(found, gs...)
		}
		for _, b := range sortedSet(bases) {
			w := wide[b]
			if !w {
				if w, err = hasWide(b); err != nil {
					return err
				}
			}
			if !w {
				continue
			}
			gs, err := r.idx.groupsOfBase(b)
			if err != nil {
				return err
			}
			found = append(found, gs...)
		}
		more, err := r.load(found)
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
}

// group is a group of mentions merged into events.
type group struct {
	mentions []int // indexes into remerge.mentions
	keys     []string
	events   []timeline.Event
}

// merge cuts the mentions into the groups merge.Components makes of their
// keys and merges each with the registry of all the names. The events
// have their base ids (merge.MergeGroup).
func (r *remerge) merge() []*group {
	comps := merge.NewComponents()
	for _, k := range r.keys {
		comps.Add(k)
	}
	by := map[string]*group{}
	var out []*group
	for i, k := range r.keys {
		name := comps.Group(k)
		g := by[name]
		if g == nil {
			g = &group{}
			by[name] = g
			out = append(out, g)
		}
		g.mentions = append(g.mentions, i)
	}
	for _, g := range out {
		ms := make([]timeline.Mention, len(g.mentions))
		keys := map[string]bool{}
		for j, i := range g.mentions {
			ms[j] = r.mentions[i]
			for _, k := range r.keys[i] {
				keys[k] = true
			}
		}
		g.keys = sortedSet(keys)
		g.events = merge.MergeGroup(r.reg, ms).Events
	}
	return out
}

// identity names an event by its first mention, which no other event has.
func identity(e *timeline.Event) mentionKey {
	for i := range e.Sources {
		s := &e.Sources[i]
		if len(s.Mentions) > 0 {
			return keyOf(s, &s.Mentions[0])
		}
		return mentionKey{s.Article, -1 - i}
	}
	return mentionKey{"\x00" + e.ID, 0}
}

// participantKey is a written participant as the names table keys it.
func participantKey(p timeline.Participant) string {
	b, _ := json.Marshal(p)
	return string(b)
}

func sortedSet[K ~string](m map[K]bool) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
