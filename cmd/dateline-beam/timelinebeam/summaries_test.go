package timelinebeam

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/merge"
	"github.com/dateline/dateline/timeline/pipeline"
)

// mentionsOf extracts the mentions of the articles under dirs.
func mentionsOf(t *testing.T, dirs ...string) []timeline.Mention {
	t.Helper()
	ch := make(chan timeline.Article, 64)
	go func() {
		defer close(ch)
		article.Read(dirs, article.ReadOptions{}, func(a timeline.Article) { ch <- a }, func(err error) { t.Error(err) })
	}()
	return pipeline.ExtractAll(ch, 2, nil)
}

// roundTrip passes a summary through its coder, as Beam does between
// workers.
func roundTrip[T any](t *testing.T, v T, enc func(T) ([]byte, error), dec func([]byte) (T, error)) T {
	t.Helper()
	data, err := enc(v)
	require.NoError(t, err)
	out, err := dec(data)
	require.NoError(t, err)
	return out
}

// shardSummaries builds the three summaries as the pipeline does: per
// shard, through the coders, merged.
func shardSummaries(t *testing.T, shards [][]timeline.Mention) (*merge.Registry, *merge.Plan, *compsSummary) {
	t.Helper()
	names := namesFn{}.CreateAccumulator()
	for _, sh := range shards {
		part := namesFn{}.CreateAccumulator()
		for _, m := range sh {
			for _, p := range m.Participants {
				part = namesFn{}.AddInput(part, p)
			}
		}
		names = namesFn{}.MergeAccumulators(names, roundTrip(t, part, encodeNames, decodeNames))
	}
	reg := roundTrip(t, names, encodeNames, decodeNames).registry()

	plan := planFn{}.CreateAccumulator()
	for _, sh := range shards {
		part := planFn{}.CreateAccumulator()
		for i := range sh {
			if flags := planFlags(reg, &sh[i]); len(flags) > 0 {
				one := &planSummary{Flags: map[string]int{}, Reps: []wireMention{toWire(&sh[i])}}
				for _, f := range flags {
					one.Flags[f] = 0
				}
				part = planFn{}.MergeAccumulators(part, one)
			}
		}
		plan = planFn{}.MergeAccumulators(plan, roundTrip(t, part, encodePlan, decodePlan))
	}
	p := roundTrip(t, plan, encodePlan, decodePlan).plan(reg)

	comps := compsFn{}.CreateAccumulator()
	for _, sh := range shards {
		part := newComps()
		for i := range sh {
			if keys := p.Keys(&sh[i]); len(keys) > 0 {
				part.add(keys)
			}
		}
		comps = compsFn{}.MergeAccumulators(comps, roundTrip(t, part, encodeComps, decodeComps))
	}
	return reg, p, roundTrip(t, comps, encodeComps, decodeComps)
}

// shuffle deals mentions into n shards at random.
func shuffle(ms []timeline.Mention, n int, seed uint64) [][]timeline.Mention {
	r := rand.New(rand.NewPCG(seed, seed))
	shards := make([][]timeline.Mention, n)
	for _, m := range ms {
		k := r.IntN(n)
		shards[k] = append(shards[k], m)
	}
	return shards
}

// TestSummariesGiveTheMerge runs the merge as the pipeline runs it —
// summaries built per shard, encoded, decoded and merged; mentions keyed
// by group; groups merged apart; Finish — on the development corpora, and
// gets the timeline of merge.Merge over all the mentions. It also checks
// that the Plan made from the plan summary is the Plan of all the
// mentions (every mention has the same keys under both), and that the
// corpora exercise it (some mentions set Plan entries).
func TestSummariesGiveTheMerge(t *testing.T) {
	all := mentionsOf(t, corpus(t, "diplomacy-2021"), corpus(t, "timebank-articles"))
	require.NotEmpty(t, all)
	reg, plan, comps := shardSummaries(t, shuffle(all, 5, 1))

	direct := merge.NewPlan(reg)
	for i := range all {
		direct.Add(&all[i])
	}
	flagged := 0
	for i := range all {
		require.Equal(t, direct.Keys(&all[i]), plan.Keys(&all[i]), "keys of mention %d of %s", all[i].Index, all[i].Article)
		if len(planFlags(reg, &all[i])) > 0 {
			flagged++
		}
	}
	assert.Positive(t, flagged, "no mention of the corpora sets a Plan entry: the plan summary is untested")

	groups := map[string][]timeline.Mention{}
	for i := range all {
		keys := plan.Keys(&all[i])
		g := "\x00" + all[i].Article + "#" + fmt.Sprint(all[i].Index)
		if len(keys) > 0 {
			g = comps.Group(keys)
		}
		groups[g] = append(groups[g], all[i])
	}
	var parts []timeline.Timeline
	for _, g := range groups {
		part := merge.MergeGroup(reg, g)
		// Events travel between workers through their coder too.
		for i, e := range part.Events {
			part.Events[i] = roundTrip(t, e, encodeEvent, decodeEvent)
		}
		parts = append(parts, part)
	}
	got, want := merge.Finish(parts...), merge.Merge(all)
	var gotJSON, wantJSON bytes.Buffer
	require.NoError(t, render.JSONRenderer{}.Render(&gotJSON, &got))
	require.NoError(t, render.JSONRenderer{}.Render(&wantJSON, &want))
	if !bytes.Equal(wantJSON.Bytes(), gotJSON.Bytes()) {
		t.Fatalf("the distributed merge differs from merge.Merge at %s", firstDifference(wantJSON.Bytes(), gotJSON.Bytes()))
	}
	assert.Greater(t, len(groups), 20)
}

// groupSizes keys every mention by its group and returns the size of
// each group.
func groupSizes(t *testing.T, ms []timeline.Mention) []int {
	t.Helper()
	_, plan, comps := shardSummaries(t, shuffle(ms, 3, 2))
	n := map[string]int{}
	for i := range ms {
		n[comps.Group(plan.Keys(&ms[i]))]++
	}
	var sizes []int
	for _, v := range n {
		sizes = append(sizes, v)
	}
	return sizes
}

// hotPair is one leader's calls with another: four a day for 750 days,
// each reported by an article of its own and dated from its text.
func hotPair() []timeline.Mention {
	start := date.New(2021, 1, 4)
	var ms []timeline.Mention
	for i := range 3000 {
		d := start + date.Date(i/4)
		id := fmt.Sprintf("wire/%04d.txt", i)
		ms = append(ms, timeline.Mention{Kind: timeline.Call, Status: timeline.Occurred,
			Participants: []timeline.Participant{
				{Name: "Joe Biden", Type: timeline.PersonParty, Role: "President", Country: "United States"},
				{Name: "Vladimir Putin", Type: timeline.PersonParty, Role: "President", Country: "Russia"}},
			When:    &timeline.MentionDate{When: timeline.Day(d), Basis: timeline.FromText, Text: "on Monday"},
			Source:  timeline.Source{Article: id, Headline: "Call", Published: d + 1, Sentence: "Biden called Putin on Monday."},
			Article: id, Publisher: "wire"})
	}
	return ms
}

// TestHotPairSplitsByWeek: one pair's 3,000 calls over two years are not
// one group — the merge files them by week — so no worker merges them
// all. A mention dated by the year ("in 2021") looks up every week of the
// year and joins them: that is the limit of the split, which the
// development corpora reach (see README, "Groups and hot keys").
func TestHotPairSplitsByWeek(t *testing.T) {
	ms := hotPair()
	sizes := groupSizes(t, ms)
	largest := 0
	for _, n := range sizes {
		largest = max(largest, n)
	}
	assert.Greater(t, len(sizes), 100, "groups")
	assert.LessOrEqual(t, largest, 4*7*2, "the largest group holds at most two weeks of calls")

	year := ms[0]
	year.When = &timeline.MentionDate{When: timeline.When{Value: "2021", Granularity: resolve.GranYear,
		Range: resolve.Range{First: date.New(2021, 1, 1), Last: date.New(2021, 12, 31)}}, Basis: timeline.FromText, Text: "in 2021"}
	year.Article, year.Source.Article = "wire/year.txt", "wire/year.txt"
	sizes = groupSizes(t, append(ms, year))
	largest = 0
	for _, n := range sizes {
		largest = max(largest, n)
	}
	assert.Greater(t, largest, 1400, "the year's mention joins the calls of 2021 into one group")
}
