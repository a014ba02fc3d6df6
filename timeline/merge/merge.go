package merge

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

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
//     bilateral talks of the same week). Named formats that differ never
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
// Candidates are looked up in an index keyed by pairs of sides (or the
// format) and by calendar week, so merging n mentions costs about n times
// the number of events sharing a pair of sides in the same weeks, not n².
func Merge(mentions []timeline.Mention) timeline.Timeline {
	reg := newNameRegistry(mentions)
	items := make([]*mergeItem, len(mentions))
	for i := range mentions {
		items[i] = newMergeItem(&mentions[i], reg)
	}
	slices.SortFunc(items, compareItems)

	m := merger{index: map[indexKey][]int{}, byArticle: map[string][]int{}}
	for _, it := range items {
		m.add(it)
	}
	m.joinFormatSplits()

	events := make([]timeline.Event, 0, len(m.clusters))
	for _, c := range m.clusters {
		if c.dead {
			continue
		}
		events = append(events, c.event(reg))
	}
	assignIDs(events)
	timeline.SortEvents(events)
	return timeline.Timeline{Schema: timeline.Schema, Events: events}
}

// dateClass orders the strength of a mention's date.
type dateClass int

const (
	strongDate dateClass = iota // from the text, or from a referenced mention
	weakDate                    // from the publication date only
	noDate                      // undated
)

// mergeItem is one mention prepared for merging.
type mergeItem struct {
	m      *timeline.Mention
	sides  []string // sorted side keys
	people map[string][]names.Person
	orgs   map[string]bool // sides that are organisations
	format string          // folded format name, "" if none
	place  string          // folded place, "" if none
	class  dateClass
	rng    resolve.Range // the date's range (strong or weak)
	pub    date.Date     // publication date, date.Zero when unknown
	key    string        // canonical tie-break key
	keys   []string      // index keys: side pairs and format
	hosts  []string      // of a visit: the countries and organisations visited
}

// weakSlack is how many days a publication date may be off the event day.
const weakSlack = 1

// window is the range of days the item's date is compatible with.
func (it *mergeItem) window() resolve.Range {
	if it.class == weakDate {
		return resolve.Range{First: it.rng.First - weakSlack, Last: it.rng.Last + weakSlack}
	}
	return it.rng
}

func newMergeItem(m *timeline.Mention, reg *nameRegistry) *mergeItem {
	it := &mergeItem{m: m, people: map[string][]names.Person{}, orgs: map[string]bool{}, class: noDate}
	seen := map[string]bool{}
	for _, p := range m.Participants {
		side, person, isOrg := reg.side(p)
		if side == "" {
			continue
		}
		if !seen[side] {
			seen[side] = true
			it.sides = append(it.sides, side)
		}
		if isOrg {
			it.orgs[side] = true
		}
		if m.Kind == timeline.Visit && p.Type != timeline.PersonParty && !slices.Contains(it.hosts, side) {
			it.hosts = append(it.hosts, side)
		}
		if person != nil {
			it.people[side] = append(it.people[side], *person)
		}
	}
	slices.Sort(it.sides)
	it.format = names.FormatKey(m.Format)
	it.place = names.PlaceKey(m.Place)
	if m.When != nil && m.When.Range.First != date.Zero {
		it.rng = m.When.Range
		if m.When.Basis == timeline.FromPublication {
			it.class = weakDate
		} else {
			it.class = strongDate
		}
	}
	it.keys = indexKeys(it.sides, it.format, it.orgs)
	it.pub = m.Source.Published
	if it.pub == date.Zero && it.class == weakDate {
		it.pub = it.rng.First
	}
	it.key = canonicalKey(m)
	return it
}

// canonicalKey spells out everything about a mention that can reach the
// output, so that sorting by it orders any two different mentions the same
// way whatever order they arrive in.
func canonicalKey(m *timeline.Mention) string {
	var b strings.Builder
	field := func(s string) {
		b.WriteString(s)
		b.WriteByte(0)
	}
	field(m.Article)
	b.WriteString(fmt.Sprintf("%09d", m.Index))
	b.WriteByte(0)
	for _, s := range []string{string(m.Kind), m.Format, m.Place, string(m.Status),
		m.Source.Article, m.Source.Published.String(), m.Source.Sentence, m.Source.DateText, m.Source.Headline, m.Source.Explain,
		strconv.Itoa(m.Source.DateStart), strconv.Itoa(m.Source.DateEnd)} {
		field(s)
	}
	if d := m.When; d != nil {
		for _, s := range []string{d.Value, d.Range.First.String(), d.Range.Last.String(), string(d.Granularity), string(d.Basis), d.Text, d.Explain} {
			field(s)
		}
	}
	for _, p := range m.Participants {
		for _, s := range []string{p.Name, string(p.Type), p.Role, p.Country, strings.Join(p.Aliases, "\x01")} {
			field(s)
		}
	}
	return b.String()
}

// basisRank orders text before reference before publication.
var basisRank = map[timeline.DateBasis]int{timeline.FromText: 0, timeline.FromReference: 1, timeline.FromPublication: 2}

// compareItems is the canonical processing order: strongest and most
// precise dates first, so that events are seeded by their best evidence and
// coarse mentions ("next week") join them afterwards.
func compareItems(a, b *mergeItem) int {
	if c := cmp.Compare(a.class, b.class); c != 0 {
		return c
	}
	if a.class != noDate {
		if c := cmp.Compare(a.rng.Days(), b.rng.Days()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.rng.First, b.rng.First); c != 0 {
			return c
		}
		if c := cmp.Compare(basisRank[a.m.When.Basis], basisRank[b.m.When.Basis]); c != 0 {
			return c
		}
	}
	return strings.Compare(a.key, b.key)
}

type merger struct {
	clusters  []*mergeCluster
	index     map[indexKey][]int // side pair or format + week → clusters
	byArticle map[string][]int   // article → clusters it contributed to
	stamp     []int
	round     int
}

func (m *merger) add(it *mergeItem) {
	var best *mergeCluster
	bestScore := -1
	var pool []int
	if it.class == noDate {
		pool = m.undatedCandidates(it)
	} else {
		pool = m.candidates(it)
	}
	for _, id := range pool {
		c := m.clusters[id]
		if !c.accepts(it) {
			continue
		}
		s := c.score(it)
		if s > bestScore || (s == bestScore && earlier(c, best)) {
			best, bestScore = c, s
		}
	}
	if best == nil {
		best = m.newCluster()
	}
	best.take(it)
	m.file(best)
	if !slices.Contains(m.byArticle[it.m.Article], best.id) {
		m.byArticle[it.m.Article] = append(m.byArticle[it.m.Article], best.id)
	}
}

// earlier reports whether cluster a sorts before b by date, then creation.
func earlier(a, b *mergeCluster) bool {
	if b == nil {
		return true
	}
	wa, wb := a.window(), b.window()
	switch {
	case wa == nil && wb != nil:
		return false
	case wa != nil && wb == nil:
		return true
	case wa != nil && wb != nil && wa.First != wb.First:
		return wa.First < wb.First
	}
	return a.id < b.id
}

func (m *merger) newCluster() *mergeCluster {
	c := &mergeCluster{
		id: len(m.clusters), sides: map[string]bool{}, people: map[string][]names.Person{},
		orgs:    map[string]bool{},
		article: map[string]bool{}, allDay: true,
	}
	m.clusters = append(m.clusters, c)
	m.stamp = append(m.stamp, 0)
	return c
}

// joinFormatSplits merges events of one named format whose dates are
// adjacent but do not overlap ("the Strategic Stability Dialogue on January
// 9" in one report, "on January 10" in another). A named format meets once
// in a few days, so the name is strong identity; the date the fewer sources
// give is kept in the event's Conflicts rather than silently dropped.
func (m *merger) joinFormatSplits() {
	byFormat := map[string][]*mergeCluster{}
	for _, c := range m.clusters {
		if !c.dead && c.format != "" && c.strong != nil {
			byFormat[c.format] = append(byFormat[c.format], c)
		}
	}
	for _, f := range sortedKeys(byFormat) {
		cs := byFormat[f]
		slices.SortFunc(cs, func(a, b *mergeCluster) int {
			return cmp.Or(cmp.Compare(a.strong.First, b.strong.First), cmp.Compare(a.id, b.id))
		})
		for i := 1; i < len(cs); i++ {
			a, b := cs[i-1], cs[i]
			if a.dead || b.strong.First != a.strong.Last+1 {
				continue
			}
			if !compatibleClusters(a, b) {
				continue
			}
			win, lose := a, b
			if strongCount(b) > strongCount(a) {
				win, lose = b, a
			}
			strong := *win.strong
			for _, it := range lose.items {
				win.take(it)
			}
			win.strong = &strong
			lose.dead = true
			cs[i] = win
		}
	}
}
