package timelinebeam

import (
	"context"
	"hash/fnv"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/merge"
)

// Merging is a keyed reduce: every mention is keyed by its group
// (Components.Group of its Plan.Keys), the mentions of a group meet on one
// worker, and merge.MergeGroup makes their events. The stages before it
// build the summaries that say what the groups are; each stage reads them
// as side inputs and makes the merge objects once per worker
// (summaryCache).

func init() {
	register.DoFn2x0[mentionBatch, func(timeline.Participant)](&participantsFn{})
	register.DoFn3x0[mentionBatch, func(**namesSummary) bool, func(*planSummary)](&planFlagsFn{})
	register.DoFn4x0[mentionBatch, func(**namesSummary) bool, func(**planSummary) bool, func(*compsSummary)](&keysFn{})
	register.DoFn5x0[mentionBatch, func(**namesSummary) bool, func(**planSummary) bool, func(**compsSummary) bool, func(int, groupBatch)](&keyByGroupFn{})
	register.DoFn5x0[context.Context, int, func(*groupBatch) bool, func(**namesSummary) bool, func(eventBatch)](&mergeGroupFn{})
	register.Emitter1[timeline.Participant]()
	register.Emitter1[*planSummary]()
	register.Emitter1[*compsSummary]()
	register.Emitter2[int, groupBatch]()
	register.Emitter1[eventBatch]()
	register.Iter1[*namesSummary]()
	register.Iter1[*planSummary]()
	register.Iter1[*compsSummary]()
	register.Iter1[groupBatch]()
}

var (
	groupsMerged = beam.NewCounter(metricsNamespace, "groups")
	eventsMade   = beam.NewCounter(metricsNamespace, "events")
	// groupSize is the number of mentions of each group: its maximum is
	// the largest group, which one worker merges alone.
	groupSize = beam.NewDistribution(metricsNamespace, "group_size")
)

// summaryCache holds the merge objects a stage makes from its side inputs,
// once per DoFn instance: the side inputs of a batch run do not change.
// A Plan is not safe for concurrent use, so each instance has its own.
type summaryCache struct {
	reg   *merge.Registry
	plan  *merge.Plan
	comps *compsSummary
}

// only returns the one element of a side input that a global combine
// made, or nil when its input was empty (a combine of nothing gives
// nothing).
func only[T any](iter func(*T) bool) T {
	var v T
	iter(&v)
	return v
}

func (c *summaryCache) registry(names func(**namesSummary) bool) *merge.Registry {
	if c.reg == nil {
		s := only(names)
		if s == nil {
			s = &namesSummary{}
		}
		c.reg = s.registry()
	}
	return c.reg
}

func (c *summaryCache) planOf(names func(**namesSummary) bool, plan func(**planSummary) bool) *merge.Plan {
	if c.plan == nil {
		s := only(plan)
		if s == nil {
			s = &planSummary{}
		}
		c.plan = s.plan(c.registry(names))
	}
	return c.plan
}

func (c *summaryCache) components(comps func(**compsSummary) bool) *compsSummary {
	if c.comps == nil {
		c.comps = only(comps)
		if c.comps == nil {
			c.comps = newComps()
		}
	}
	return c.comps
}

// participantsFn emits the participants of the mentions, for the names
// summary.
type participantsFn struct{}

func (participantsFn) ProcessElement(b mentionBatch, emit func(timeline.Participant)) {
	ms := b.Mentions
	for i := range ms {
		for _, p := range ms[i].Participants {
			emit(p)
		}
	}
}

// planFlagsFn emits the plan summary of a batch of mentions: the Plan
// entries they set, each with a mention that sets it.
type planFlagsFn struct{ cache summaryCache }

func (f *planFlagsFn) ProcessElement(b mentionBatch, names func(**namesSummary) bool, emit func(*planSummary)) {
	ms := b.Mentions
	reg := f.cache.registry(names)
	s := &planSummary{Flags: map[string]int{}}
	for i := range ms {
		flags := planFlags(reg, &ms[i])
		if len(flags) == 0 {
			continue
		}
		s.Reps = append(s.Reps, toWire(&ms[i]))
		for _, k := range flags {
			if _, ok := s.Flags[k]; !ok {
				s.Flags[k] = len(s.Reps) - 1
			}
		}
	}
	if len(s.Reps) > 0 {
		emit(s)
	}
}

// keysFn emits the groups summary of a batch of mentions: their keys
// (Plan.Keys) joined.
type keysFn struct{ cache summaryCache }

func (f *keysFn) ProcessElement(b mentionBatch, names func(**namesSummary) bool, plan func(**planSummary) bool, emit func(*compsSummary)) {
	ms := b.Mentions
	p := f.cache.planOf(names, plan)
	c := newComps()
	for i := range ms {
		if keys := p.Keys(&ms[i]); len(keys) > 0 {
			c.add(keys)
		}
	}
	if len(c.keys) > 0 {
		emit(c)
	}
}

// keyByGroupFn keys the mentions of a batch by their group, one element
// per group, sent to the shard of the group (see Job.MergeShards). A
// mention without keys shares no node with any other, so it is a group of
// its own.
type keyByGroupFn struct {
	Shards int
	cache  summaryCache
}

func (f *keyByGroupFn) ProcessElement(b mentionBatch, names func(**namesSummary) bool, plan func(**planSummary) bool, comps func(**compsSummary) bool, emit func(int, groupBatch)) {
	ms := b.Mentions
	p := f.cache.planOf(names, plan)
	c := f.cache.components(comps)
	byGroup := map[string][]timeline.Mention{}
	var order []string
	for i := range ms {
		g := "\x00" + ms[i].Article + "#" + strconv.Itoa(ms[i].Index)
		if keys := p.Keys(&ms[i]); len(keys) > 0 {
			g = c.Group(keys)
		}
		if _, ok := byGroup[g]; !ok {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], ms[i])
	}
	for _, g := range order {
		emit(shardOf(g, f.Shards), groupBatch{Group: g, Mentions: byGroup[g]})
	}
}

// shardOf spreads groups over n shards by a hash of their names.
func shardOf(group string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(group))
	return int(h.Sum32() % uint32(max(n, 1)))
}

// mergeGroupFn merges the groups of one shard, each apart, into events.
type mergeGroupFn struct{ cache summaryCache }

func (f *mergeGroupFn) ProcessElement(ctx context.Context, _ int, batches func(*groupBatch) bool, names func(**namesSummary) bool, emit func(eventBatch)) {
	groups := map[string][]timeline.Mention{}
	var b groupBatch
	for batches(&b) {
		groups[b.Group] = append(groups[b.Group], b.Mentions...)
	}
	reg := f.cache.registry(names)
	var events []timeline.Event
	for _, group := range groups {
		groupsMerged.Inc(ctx, 1)
		groupSize.Update(ctx, int64(len(group)))
		tl := merge.MergeGroup(reg, group)
		events = append(events, tl.Events...)
	}
	eventsMade.Inc(ctx, int64(len(events)))
	if len(events) > 0 {
		emit(eventBatch{events})
	}
}
