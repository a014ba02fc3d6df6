package merge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mergeAsOneGroup merges every mention as one group, without the
// partition: what Merge must equal.
func mergeAsOneGroup(ms []timeline.Mention) timeline.Timeline {
	reg := newNameRegistry(ms)
	var s Set
	s.Add(ms...)
	items := make([]*mergeItem, len(ms))
	sp := newSpace(reg)
	for i := range ms {
		items[i] = sp.item(s.at(i))
	}
	events := mergeGroup(items, reg)
	finish(events)
	return timeline.Timeline{Schema: timeline.Schema, Events: events}
}

// TestPartitionIsExact holds the partition to its promise: merging each
// group apart gives the events of merging all the mentions together, on
// the synthetic corpus (undated reports, publication dates, weeks, visits
// and summits of forty leaders over a year), for any number of workers.
func TestPartitionIsExact(t *testing.T) {
	in := syntheticMentions(20_000, 8)
	want := mustJSON(t, mergeAsOneGroup(slices.Clone(in)))

	reg := newNameRegistry(in)
	plan := NewPlan(reg)
	items := make([]*mergeItem, len(in))
	for i := range in {
		items[i] = plan.sp.mention(&in[i])
		plan.note(items[i])
	}
	groups := partition(items, plan)
	t.Logf("%d mentions in %d groups, the largest of %d", len(in), len(groups), len(groups[0]))
	assert.Greater(t, len(groups), 100, "the mentions of forty leaders over a year fall apart into many groups")

	for _, jobs := range []int{1, 2, 4} {
		var s Set
		s.Add(in...)
		assert.Equal(t, want, mustJSON(t, s.Merge(Options{Jobs: jobs})), "jobs %d", jobs)
	}
}

// TestPartitionSplitsAHotPairByWeek: one pair of leaders calling each other
// every day of a year from one article are 53 groups or so, one a week
// (the weeks of its days), not one.
func TestPartitionSplitsAHotPairByWeek(t *testing.T) {
	a, b := person("Amara Okafor", "Nigeria"), person("Lukas Brenner", "Austria")
	var in []timeline.Mention
	for d := range 365 {
		day := ymd("2031-01-01") + dateOffset(d)
		in = append(in, mb{kind: timeline.Call, who: []timeline.Participant{a, b}, when: onDay(day.String(), timeline.FromText),
			article: "wire/daily", published: "2032-01-01", index: d}.mention())
	}
	reg := newNameRegistry(in)
	plan := NewPlan(reg)
	items := make([]*mergeItem, len(in))
	for i := range in {
		items[i] = plan.sp.mention(&in[i])
		plan.note(items[i])
	}
	groups := partition(items, plan)
	assert.GreaterOrEqual(t, len(groups), 52)
	assert.LessOrEqual(t, len(groups[0]), 7)
	assert.Len(t, Merge(in).Events, 365)

	// One undated report of the pair in the same article may be any of
	// them: it joins every week of the article into one group.
	in = append(in, mb{kind: timeline.Call, who: []timeline.Participant{a, b}, article: "wire/daily", published: "2032-01-01", index: 400}.mention())
	items = append(items, plan.sp.mention(&in[len(in)-1]))
	plan.note(items[len(items)-1])
	assert.Len(t, partition(items, plan), 1)
}

// TestDistributedMerge runs the merge as a distributed run would (see the
// package documentation): Names, Plan and Components gathered per shard
// and combined; mentions grouped by Components.Group; each group merged
// alone; Finish over the groups. It gives the timeline of Merge.
func TestDistributedMerge(t *testing.T) {
	in := syntheticMentions(5_000, 3)
	want := mustJSON(t, Merge(in))

	r := rand.New(rand.NewPCG(5, 5))
	shards := make([][]timeline.Mention, 4)
	for _, m := range in {
		k := r.IntN(len(shards))
		shards[k] = append(shards[k], m)
	}
	names := NewNames()
	for _, sh := range shards {
		n := NewNames()
		for i := range sh {
			n.Add(&sh[i])
		}
		names.Merge(n)
	}
	reg := names.Registry()
	plan := NewPlan(reg)
	for _, sh := range shards {
		p := NewPlan(reg)
		for i := range sh {
			p.Add(&sh[i])
		}
		plan.Merge(p)
	}
	comps := NewComponents()
	for _, sh := range shards {
		c := NewComponents()
		for i := range sh {
			c.Add(plan.Keys(&sh[i]))
		}
		comps.Merge(c)
	}
	groups := map[string][]timeline.Mention{}
	for _, sh := range shards {
		for i := range sh {
			g := comps.Group(plan.Keys(&sh[i]))
			groups[g] = append(groups[g], sh[i])
		}
	}
	var parts []timeline.Timeline
	for _, g := range groups { // in map order: the order of groups does not matter
		parts = append(parts, MergeGroup(reg, g))
	}
	assert.Equal(t, want, mustJSON(t, Finish(parts...)))
}

// TestCombineIsIdempotent: a mention given twice is one mention, so a
// timeline combined with itself, or with a part of what it was built
// from, is itself.
func TestCombineIsIdempotent(t *testing.T) {
	in := syntheticMentions(2_000, 4)
	whole := Merge(in)
	assert.Equal(t, mustJSON(t, whole), mustJSON(t, Combine(whole, whole)))
	assert.Equal(t, mustJSON(t, whole), mustJSON(t, Combine(Merge(in[:700]), whole, Merge(in[500:900]))))
}

// TestUpdateKeepsOldIDsAsAliases: the Kremlin's report alone, dated by
// its publication day, is a meeting; with the White House's announcement
// and readout of the call, it is the call. The updated timeline has the
// call's id, and the id the published timeline gave the meeting still
// finds it.
func TestUpdateKeepsOldIDsAsAliases(t *testing.T) {
	reports := bidenPutinReports()
	whiteHouse, kremlin := reports[0:2], reports[2:3]
	published := Merge(kremlin)
	require.Len(t, published.Events, 1)
	oldID := published.Events[0].ID
	assert.Equal(t, "meeting-2021-12-07-biden-putin", oldID)

	got := Update([]timeline.Timeline{roundTripJSON(t, published)}, Merge(whiteHouse))
	require.Len(t, got.Events, 1)
	e := got.Events[0]
	assert.Equal(t, "call-2021-12-07-biden-putin", e.ID)
	assert.Equal(t, []string{oldID}, e.Aliases)
	assert.Equal(t, timeline.Occurred, e.Status)
	assert.Len(t, e.Sources, 3)
	assert.Same(t, &got.Events[0], got.Find(oldID), "the old id finds the event")
	assert.Same(t, &got.Events[0], got.Find(e.ID))
	assert.Nil(t, got.Find("call-2021-12-08-biden-putin"))

	// Published again and updated with nothing new, the aliases stay.
	again := Update([]timeline.Timeline{roundTripJSON(t, got)})
	assert.Equal(t, mustJSON(t, got), mustJSON(t, again))

	// Combine treats the parts as never published: no aliases, the
	// timeline of one build.
	assert.Equal(t, mustJSON(t, Merge(reports[0:3])), mustJSON(t, Combine(published, Merge(whiteHouse))))
}

func roundTripJSON(t *testing.T, tl timeline.Timeline) timeline.Timeline {
	data, err := json.Marshal(tl)
	require.NoError(t, err)
	back, err := timeline.DecodeJSON(data, func(err error) { t.Error(err) })
	require.NoError(t, err)
	return back
}

// TestMentionsOfOldTimelines: a timeline written before sources kept
// their mentions merges from its events: each source one mention with the
// event's fields.
func TestMentionsOfOldTimelines(t *testing.T) {
	tl := Merge(bidenPutinReports())
	for i := range tl.Events {
		for j := range tl.Events[i].Sources {
			tl.Events[i].Sources[j].Mentions = nil
		}
	}
	again := Combine(tl)
	require.Len(t, again.Events, len(tl.Events))
	for i, e := range again.Events {
		assert.Equal(t, tl.Events[i].ID, e.ID, fmt.Sprint(i))
		assert.Equal(t, tl.Events[i].Status, e.Status)
		assert.Len(t, e.Sources, len(tl.Events[i].Sources))
	}
}

// TestSetJoin: sets gathered apart (one per worker) and joined merge as
// one set of all their mentions; the published ids of a joined set go
// with its mentions.
func TestSetJoin(t *testing.T) {
	in := syntheticMentions(3_000, 6)
	var a, b, all Set
	a.Add(in[:1000]...)
	b.Add(in[1000:]...)
	all.Add(in...)
	a.Join(&b)
	assert.Equal(t, 3000, a.Len())
	assert.Equal(t, mustJSON(t, all.Merge(Options{})), mustJSON(t, a.Merge(Options{Jobs: 3})))

	reports := bidenPutinReports()
	var published, fresh Set
	published.AddPublished(roundTripJSON(t, Merge(reports[2:3])))
	fresh.Add(reports[0:2]...)
	fresh.Join(&published)
	got := fresh.Merge(Options{})
	require.Len(t, got.Events, 1)
	assert.Equal(t, []string{"meeting-2021-12-07-biden-putin"}, got.Events[0].Aliases)
}
