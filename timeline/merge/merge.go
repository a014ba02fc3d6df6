package merge

import (
	"runtime"
	"sync"

	"github.com/dateline/dateline/timeline"
)

// Options configure a merge.
type Options struct {
	// Jobs is how many groups of mentions are merged at once; < 1 means
	// one per CPU. The result does not depend on it.
	Jobs int
}

// Merge turns the event mentions of many articles into one Timeline in
// which each real event is one Event carrying every source that reports it.
//
// Names are first made canonical over the whole input: a surname or a
// variant spelling ("Biden", "Zelensky") stands for the one fuller name it
// can match ("Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"), and a person's
// country, when any source gives it, holds for every source. A name that
// could be two people stays as written.
//
// Two mentions are taken to report the same event when all three hold:
//
//   - Kinds are compatible (table kindCompat): a call merges with a call;
//     talks, meetings and summits merge with each other; a visit merges with a
//     meeting, talks or summit only when both name the same place; a call
//     merges with talks or a meeting only when both are dated to one day and
//     name the same sides; a call never merges with a visit or a summit.
//   - Participants are compatible. Each participant stands for a side: a
//     country or organisation for itself, a person for their country (so
//     "United States" and Joe Biden of the United States are one side). The
//     mentions must share at least two sides (or have the same single side),
//     and where both name people for a shared side one person must be the
//     same (Biden–Putin is not Blinken–Lavrov). An organisation side present
//     in one mention only keeps them apart (an OSCE session is not the
//     bilateral talks of the same week). The sides of an event's mentions
//     nest: a trilateral meeting takes a report that names two of its
//     parties, but two reports of different pairs (Russia–Azerbaijan,
//     Russia–Armenia) stay apart, bilaterals of the trilateral's day.
//     Named formats that differ never
//     merge; identical formats merge whatever the sides; a format-less
//     mention joins a format event only when its sides are exactly the
//     format's parties.
//   - Dates are compatible: the day ranges of dates read from the text (or
//     taken from a referenced mention) overlap — a day inside a week merges,
//     and the day becomes the event's date. A date taken only from the
//     publication date is weak: it is compatible with any date within one day
//     of it, as a report posted after midnight in another time zone is about
//     the day before.
//
// Mentions are processed in a canonical order — precise text dates first,
// then coarser ones, then publication dates, then undated mentions — so the
// result does not depend on the order of the input. Each mention joins the
// best compatible event found so far (same article, same sides, same format,
// same kind, same place, and for a publication date the event on that very
// day score higher; a tie goes to the earliest event) or starts a new one.
//
// An undated mention is never given a date. It joins an event only when
// that event is the one compatible candidate: first among the events of its
// own article; else among the events of other articles dated, or (when
// undated too) published, within a week of its publication date.
//
// Events of one named format whose dates are adjacent days are one session
// reported two ways: they are merged, and the date fewer sources give is kept
// in Conflicts.
//
// A mention meets only the events filed under its nodes: a key (a pair of
// its sides, its single side, its format, an organisation it names) with a
// week its date covers, or its article (index.go). The mentions are first
// cut into groups that share no node (partition.go), which are merged on
// opt.Jobs workers, largest first; Finish then gives ids and sorts.
//
// Cost, for n mentions: the registry, the items and the partition are
// linear (each mention has a few keys and weeks); each group is sorted
// (n log n) and each mention compared with the events that share a key and
// a week with it, which is a few whatever n, unless one key is dense within
// one week. 100,000 mentions, or 10,000 calls of one pair in one article,
// merge in linear time; memory holds the mentions and one small item each.
func Merge(mentions []timeline.Mention) timeline.Timeline {
	var s Set
	s.Add(mentions...)
	return s.Merge(Options{Jobs: 1})
}

// Combine merges timelines built apart — from disjoint sets of articles,
// or from the groups of a distributed run — into the timeline one build
// over all their articles gives: same events, same ids, same sources,
// byte-identical JSON. Each timeline carries the mentions it was built
// from in its sources (timeline.MentionRecord), and Combine merges those,
// so that Combine(Combine(a, b), c) = Combine(a, Combine(b, c)) =
// Combine(a, b, c). Their ids are not kept: see Update for a timeline
// people have seen.
func Combine(parts ...timeline.Timeline) timeline.Timeline {
	var s Set
	for _, p := range parts {
		s.AddTimeline(p)
	}
	return s.Merge(Options{})
}

// Update merges a published timeline — one written out and read back,
// whose ids people may have linked to — with timelines built from new
// articles. The events and ids are those of one build over all the
// articles; an id of the published timeline that the result no longer has
// (two events became one, a date became precise) is kept as an alias of
// the event its mentions went to (Event.Aliases, Timeline.Find).
func Update(published []timeline.Timeline, fresh ...timeline.Timeline) timeline.Timeline {
	var s Set
	for _, p := range published {
		s.AddPublished(p)
	}
	for _, p := range fresh {
		s.AddTimeline(p)
	}
	return s.Merge(Options{})
}

// MergeGroup merges one group of mentions — all the mentions of one group
// of Components, in any order — into its events, with ids that Finish
// completes. reg must be the Registry of the Names of the whole input.
func MergeGroup(reg *Registry, group []timeline.Mention) timeline.Timeline {
	var s Set
	s.Add(group...)
	items := make([]*mergeItem, s.n)
	sp := newSpace(reg)
	for i := range s.n {
		items[i] = sp.item(s.at(i))
	}
	return timeline.Timeline{Schema: timeline.Schema, Events: mergeGroup(items, reg)}
}

// forEach calls f(0) … f(n-1) on jobs goroutines (< 1: one per CPU),
// taking the indexes in order.
func forEach(n, jobs int, f func(int)) {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, n)
	if jobs <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next int
	)
	for range jobs {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
