// Package merge makes one event of the mentions that report it, within an
// article and across articles (the rules are on Merge).
//
// # A merge is a function of the mentions
//
// The timeline depends only on the set of mentions merged, not on their
// order nor on how they were split: a timeline carries the mentions it was
// made of (each source keeps its timeline.MentionRecord), so that timelines
// merge again.
//
//	tl := merge.Merge(mentions)                  // one build
//	tl := merge.Combine(partA, partB, partC)     // = one build over the articles of all three, byte for byte
//	tl := merge.Update([]timeline.Timeline{old}, fresh) // ids old had that changed stay as aliases
//
// Combine is associative and idempotent (a mention given twice is one), so
// a store can keep partial timelines and combine them in any order, and a
// timeline read back from JSON can be merged with new articles. Set is the
// underlying collection: Add mentions, AddTimeline or AddPublished
// timelines, Join sets, then Merge.
//
// # Ids
//
// An event's id is its kind, first day and participants
// ("call-2021-12-30-biden-putin"): it depends on the event alone, so it
// does not change when unrelated articles are added, nor between a store
// and a one-shot build. Events whose ids would repeat get "-2", "-3" … in
// timeline order. When a merge changes an id a published timeline gave
// (two events became one, a date became precise), Update keeps the old one
// in the event's Aliases, and timeline.Timeline.Find resolves it.
//
// # Keys, groups and a distributed run
//
// A mention meets only the events filed under its nodes: a key (a pair of
// its sides, its single side, its format, an organisation it names) with a
// week its date covers, or with its article. Mentions that share no node,
// directly or through others, never make one event, so they fall into
// groups merged apart, on as many workers as there are (Options.Jobs), with
// the same result. Weeks keep the groups small: one leader's thousands of
// calls are a group per week or so, not one.
//
// A distributed run (Apache Beam: reading and extraction a per-article map,
// merging a keyed reduce) calls the same steps, each a summary that adds
// up, so that it can be built per worker and combined:
//
//	names := merge.NewNames(); names.Add(&m) …; names.Merge(other)   // CombineGlobally
//	reg := names.Registry()                                           // side input
//	plan := merge.NewPlan(reg); plan.Add(&m) …; plan.Merge(other)     // CombineGlobally
//	comps := merge.NewComponents(); comps.Add(plan.Keys(&m)) …; comps.Merge(other) // CombineGlobally
//	key := comps.Group(plan.Keys(&m))                                 // the key to group each mention by
//	part := merge.MergeGroup(reg, mentionsOfOneGroup)                 // GroupByKey, then per group
//	tl := merge.Finish(parts...)                                      // ids and order: one small final step
//
// The result is the timeline Merge gives over all the mentions
// (TestDistributedMerge runs this flow). The summaries are small next to
// the mentions: Names holds one entry per written name, Plan one per key
// with a wide date and per undated mention's key, Components one per node.
package merge
