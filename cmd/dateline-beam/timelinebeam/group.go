package timelinebeam

import (
	"context"
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
	register.DoFn2x0[timeline.Mention, func(timeline.Participant)](&participantsFn{})
	register.DoFn3x0[timeline.Mention, func(**namesSummary) bool, func(*planSummary)](&planFlagsFn{})
	register.DoFn4x0[timeline.Mention, func(**namesSummary) bool, func(**planSummary) bool, func([]string)](&keysFn{})
	register.DoFn6x0[context.Context, timeline.Mention, func(**namesSummary) bool, func(**planSummary) bool, func(**compsSummary) bool, func(string, timeline.Mention)](&keyByGroupFn{})
	register.DoFn5x0[context.Context, string, func(*timeline.Mention) bool, func(**namesSummary) bool, func(timeline.Event)](&mergeGroupFn{})
	register.Emitter1[timeline.Participant]()
	register.Emitter1[*planSummary]()
	register.Emitter1[[]string]()
	register.Emitter2[string, timeline.Mention]()
	register.Emitter1[timeline.Event]()
	register.Iter1[*namesSummary]()
	register.Iter1[*planSummary]()
	register.Iter1[*compsSummary]()
	register.Iter1[timeline.Mention]()
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

// participantsFn emits the participants of a mention, for the names
// summary.
type participantsFn struct{}

func (participantsFn) ProcessElement(m timeline.Mention, emit func(timeline.Participant)) {
	for _, p := range m.Participants {
		emit(p)
	}
}

// planFlagsFn emits, for a mention that sets entries of the Plan, the
// plan summary of that mention alone.
type planFlagsFn struct{ cache summaryCache }

func (f *planFlagsFn) ProcessElement(m timeline.Mention, names func(**namesSummary) bool, emit func(*planSummary)) {
	flags := planFlags(f.cache.registry(names), &m)
	if len(flags) == 0 {
		return
	}
	s := &planSummary{Flags: make(map[string]int, len(flags)), Reps: []wireMention{toWire(&m)}}
	for _, k := range flags {
		s.Flags[k] = 0
	}
	emit(s)
}

// keysFn emits the keys of a mention (Plan.Keys), for the groups summary.
type keysFn struct{ cache summaryCache }

func (f *keysFn) ProcessElement(m timeline.Mention, names func(**namesSummary) bool, plan func(**planSummary) bool, emit func([]string)) {
	if keys := f.cache.planOf(names, plan).Keys(&m); len(keys) > 0 {
		emit(keys)
	}
}

// keyByGroupFn keys each mention by its group. A mention without keys
// shares no node with any other, so it is a group of its own.
type keyByGroupFn struct{ cache summaryCache }

func (f *keyByGroupFn) ProcessElement(ctx context.Context, m timeline.Mention, names func(**namesSummary) bool, plan func(**planSummary) bool, comps func(**compsSummary) bool, emit func(string, timeline.Mention)) {
	keys := f.cache.planOf(names, plan).Keys(&m)
	if len(keys) == 0 {
		emit("\x00"+m.Article+"#"+strconv.Itoa(m.Index), m)
		return
	}
	emit(f.cache.components(comps).Group(keys), m)
}

// mergeGroupFn merges the mentions of one group into events.
type mergeGroupFn struct{ cache summaryCache }

func (f *mergeGroupFn) ProcessElement(ctx context.Context, _ string, mentions func(*timeline.Mention) bool, names func(**namesSummary) bool, emit func(timeline.Event)) {
	var group []timeline.Mention
	var m timeline.Mention
	for mentions(&m) {
		group = append(group, m)
	}
	groupsMerged.Inc(ctx, 1)
	groupSize.Update(ctx, int64(len(group)))
	tl := merge.MergeGroup(f.cache.registry(names), group)
	eventsMade.Inc(ctx, int64(len(tl.Events)))
	for _, e := range tl.Events {
		emit(e)
	}
}
