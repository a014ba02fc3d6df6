package merge

import (
	"maps"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// Set is the input of a merge: mentions, and the mentions that timelines
// carry. Adding is cheap: a Set keeps each mention compact (an entry,
// whose record the merged timeline's sources share) and each distinct
// string, participant list, trail of reasons and date once (intern.go).
// Merge does the work. Sets of parts of the input, joined, merge to the
// same timeline as one Set of it all. A Set is not safe for concurrent
// use.
type Set struct {
	chunks [][]entry // in chunks that never move once Merge has begun
	n      int
	prior  map[int][]string // mention → ids of its published event
	in     *interner
	last   *articleText // of the mention added last: an article's mentions come together
}

// entry is one mention as a Set keeps it: its record (as the timeline
// JSON writes it, without reasons), and the parts of its source that are
// its own; what is the article's is shared.
type entry struct {
	rec                [1]timeline.MentionRecord // a one-record list a source can share
	art                *articleText
	sentence, dateText string
	explain            string
	dateStart, dateEnd int32
	why                *timeline.Why
}

// articleText is what the mentions of one article share.
type articleText struct {
	id, headline   string
	published      date.Date
	publisher, url string
}

// chunkSize is how many mentions a chunk of a Set holds.
const chunkSize = 4096

// at is the i-th mention of s.
func (s *Set) at(i int) *entry { return &s.chunks[i/chunkSize][i%chunkSize] }

// Add adds fresh mentions, as extraction found them. The Set keeps its
// own compact copies.
func (s *Set) Add(ms ...timeline.Mention) {
	if s.in == nil {
		s.in = newInterner()
	}
	for i := range ms {
		switch {
		case len(s.chunks) == 0:
			s.chunks = append(s.chunks, nil) // grows as small sets need
		case s.n%chunkSize == 0:
			s.chunks = append(s.chunks, make([]entry, 0, chunkSize))
		}
		c := &s.chunks[len(s.chunks)-1]
		*c = append(*c, s.entry(&ms[i]))
		s.n++
	}
}

// entry is the compact copy of m.
func (s *Set) entry(m *timeline.Mention) entry {
	in := s.in
	src := &m.Source
	id := articleOf(m)
	if a := s.last; a == nil || a.id != id || a.headline != src.Headline || a.published != src.Published ||
		a.publisher != src.Publisher || a.url != src.URL {
		s.last = &articleText{id: in.str(id), headline: in.str(src.Headline), published: src.Published,
			publisher: in.str(src.Publisher), url: in.str(src.URL)}
	}
	e := entry{art: s.last, sentence: in.str(src.Sentence), dateText: in.str(src.DateText), explain: in.str(src.Explain),
		dateStart: int32(src.DateStart), dateEnd: int32(src.DateEnd), why: in.why(src.Why)}
	e.rec[0] = timeline.MentionRecord{Index: m.Index, Kind: timeline.Kind(in.str(string(m.Kind))), Format: in.str(m.Format),
		Participants: in.participants(m.Participants), Place: in.str(m.Place), Status: timeline.Status(in.str(string(m.Status))),
		Publisher: in.str(m.Publisher)}
	if m.When != nil {
		e.rec[0].When, e.rec[0].Basis = in.when(m.When.When), timeline.DateBasis(in.str(string(m.When.Basis)))
	}
	return e
}

// source is the source the entry gave, without its record.
func (e *entry) source() timeline.Source {
	return timeline.Source{Article: e.art.id, Headline: e.art.headline, Published: e.art.published,
		Publisher: e.art.publisher, URL: e.art.url, Sentence: e.sentence, DateText: e.dateText, Explain: e.explain,
		DateStart: int(e.dateStart), DateEnd: int(e.dateEnd), Why: e.why}
}

// mention is the mention the entry keeps.
func (e *entry) mention() timeline.Mention { return e.rec[0].Mention(e.source()) }

// AddTimeline adds the mentions a timeline was built from (the records of
// its sources). A source without records — a timeline written before they
// were kept — stands for one mention with the event's own kind,
// participants, place, status and date.
func (s *Set) AddTimeline(tl timeline.Timeline) { s.addTimeline(tl, false) }

// AddPublished adds the mentions of a published timeline, and remembers
// the id (and aliases) of each one's event: they become aliases of the
// event the mention joins when its id is no longer an id (see Update).
func (s *Set) AddPublished(tl timeline.Timeline) { s.addTimeline(tl, true) }

func (s *Set) addTimeline(tl timeline.Timeline, published bool) {
	for i := range tl.Events {
		e := &tl.Events[i]
		first := s.n
		s.Add(MentionsOf(e)...)
		if !published {
			continue
		}
		ids := append([]string{e.ID}, e.Aliases...)
		for j := first; j < s.n; j++ {
			s.setPrior(j, ids)
		}
	}
}

func (s *Set) setPrior(i int, ids []string) {
	if s.prior == nil {
		s.prior = map[int][]string{}
	}
	s.prior[i] = ids
}

// Join adds every mention of o to s.
func (s *Set) Join(o *Set) {
	base := s.n
	for i := range o.n {
		m := o.at(i).mention()
		s.Add(m)
	}
	for i, ids := range o.prior {
		s.setPrior(base+i, ids)
	}
}

// Len is the number of mentions in s.
func (s *Set) Len() int { return s.n }

// Merge merges every mention of s into one timeline (see the package
// function Merge for the rules). The timeline's sources share the Set's
// records.
func (s *Set) Merge(opt Options) timeline.Timeline {
	s.in, s.last = nil, nil // the tables of distinct values: what they keep, the entries keep
	unique, prior := s.unique()
	names := NewNames()
	for _, i := range unique {
		names.addParticipants(s.at(i).rec[0].Participants)
	}
	reg := names.Registry()
	items := make([]*mergeItem, len(unique))
	plan := NewPlan(reg)
	for j, i := range unique {
		items[j] = plan.sp.item(s.at(i))
		items[j].prior = prior[i]
		plan.note(items[j])
	}
	groups := partition(items, plan)
	items = nil
	parts := make([][]timeline.Event, len(groups))
	forEach(len(groups), opt.Jobs, func(g int) {
		parts[g] = mergeGroup(groups[g], reg)
		groups[g] = nil // its items and clusters are garbage now
	})
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	events := make([]timeline.Event, 0, n)
	for i, p := range parts {
		events = append(events, p...)
		parts[i] = nil
	}
	finish(events)
	return timeline.Timeline{Schema: timeline.Schema, Events: events}
}

// unique lists the mentions of s once each: a mention given twice (one
// article read twice, a timeline combined with itself or with the articles
// it was built from) is one mention. It returns their indexes, and the
// prior ids of each, those of its copies included.
func (s *Set) unique() ([]int, map[int][]string) {
	type at struct {
		article string
		index   int
	}
	// first[k] is the first mention at k; same[i] the next one after i.
	first := make(map[at]int32, s.n)
	same := make([]int32, s.n)
	keep := make([]int, 0, s.n)
	prior, cloned := s.prior, false
	for i := range s.n {
		e := s.at(i)
		k := at{e.art.id, e.rec[0].Index}
		j, seen := first[k]
		if !seen {
			first[k] = int32(i)
			same[i] = -1
			keep = append(keep, i)
			continue
		}
		dup := -1
		m := e.mention()
		for ; j >= 0; j = same[j] {
			if o := s.at(int(j)).mention(); compareMentions(&m, &o) == 0 {
				dup = int(j)
				break
			}
		}
		if dup < 0 {
			same[i], first[k] = first[k], int32(i)
			keep = append(keep, i)
			continue
		}
		if ids := s.prior[i]; len(ids) > 0 {
			if !cloned {
				prior, cloned = maps.Clone(s.prior), true
			}
			prior[dup] = append(slices.Clip(prior[dup]), ids...)
		}
	}
	return keep, prior
}
