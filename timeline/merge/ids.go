package merge

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/dateline/dateline/timeline"
)

// Finish makes one timeline of the events of merged groups (MergeGroup):
// it gives every event its final id and sorts the events. It is the last,
// global step of a merge, and cheap: it reads the events, not the
// mentions.
//
// Ids: an event's id is eventID — kind, first day, participants
// ("call-2021-12-30-biden-putin") — so it depends on the event alone, not
// on what else was merged with it. Events whose ids would repeat get "-2",
// "-3" … in the timeline's order (day, then their sources), so only an
// event of the same kind, day and participants can move another's suffix.
//
// Aliases: an event keeps, as aliases, the ids that published timelines
// gave the events its mentions were part of (see Set.AddPublished), except
// its own id and any other event's id; an alias that two events claim
// stays with the first in timeline order.
func Finish(parts ...timeline.Timeline) timeline.Timeline {
	n := 0
	for _, p := range parts {
		n += len(p.Events)
	}
	events := make([]timeline.Event, 0, n)
	for _, p := range parts {
		events = append(events, p.Events...)
	}
	finish(events)
	return timeline.Timeline{Schema: timeline.Schema, Events: events}
}

// finish assigns the final ids and aliases and sorts events in place.
func finish(events []timeline.Event) {
	slices.SortFunc(events, compareEventsTotal)
	count := map[string]int{}
	for i := range events {
		base := events[i].ID
		count[base]++
		if n := count[base]; n > 1 {
			events[i].ID = fmt.Sprintf("%s-%d", base, n)
		}
	}
	timeline.SortEvents(events)
	settleAliases(events)
}

// settleAliases drops the aliases that are ids of events, and gives an
// alias two events claim to the first.
func settleAliases(events []timeline.Event) {
	taken := make(map[string]bool, len(events))
	for i := range events {
		taken[events[i].ID] = true
	}
	for i := range events {
		e := &events[i]
		if len(e.Aliases) == 0 {
			e.Aliases = nil
			continue
		}
		kept := e.Aliases[:0]
		for _, a := range e.Aliases {
			if !taken[a] {
				taken[a] = true
				kept = append(kept, a)
			}
		}
		e.Aliases = kept
		if len(kept) == 0 {
			e.Aliases = nil
		}
	}
}

// compareEventsTotal orders events as timeline.CompareEvents does, then,
// where that ties, by every source and the mentions each gave, so that
// the order (and with it the suffixes of ids) never depends on the order
// in which groups were merged.
func compareEventsTotal(a, b timeline.Event) int {
	if c := timeline.CompareEvents(a, b); c != 0 {
		return c
	}
	for i := range min(len(a.Sources), len(b.Sources)) {
		sa, sb := &a.Sources[i], &b.Sources[i]
		if c := timeline.CompareSources(*sa, *sb); c != 0 {
			return c
		}
		if c := compareRecords(sa.Mentions, sb.Mentions); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.Sources), len(b.Sources))
}

func compareRecords(a, b []timeline.MentionRecord) int {
	for i := range min(len(a), len(b)) {
		ma, mb := a[i].Mention(timeline.Source{}), b[i].Mention(timeline.Source{})
		if c := compareMentions(&ma, &mb); c != 0 {
			return c
		}
		if c := timeline.CompareWhy(a[i].Why, b[i].Why); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
