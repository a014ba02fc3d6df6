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

// mergeCluster is an event being built.
type mergeCluster struct {
	id      int
	items   []*mergeItem
	sides   map[string]bool
	sorted  []string // sides, sorted
	people  map[string][]names.Person
	orgs    map[string]bool
	hosts   map[string]bool // the countries and organisations its visits visit
	kinds   tally[timeline.Kind]
	format  string
	fmtSide []string // sorted sides of the format's mentions
	places  tally[string]
	strong  *resolve.Range // intersection of the strong dates
	weak    *resolve.Range // intersection of the weak windows
	// weakDays is the intersection of the publication days themselves,
	// without the slack, and weakFrom the publishers of those reports. Two
	// reports by one publisher dated only by publication days a day apart
	// are two events (a press office's readouts of two calls on consecutive
	// days); the slack is for publishers in different time zones.
	weakDays *resolve.Range
	weakFrom map[string]bool
	// strongFrom lists, by publisher, the articles that date the event in
	// their text to the day they were published: a publisher that reports
	// an event the same day. Another report of that publisher dated only
	// by its publication day must fall on the event's day itself: it too
	// is a same-day report, and the one-day slack is for time zones, of
	// which one press office has one. ("Today, the leaders held a call"
	// on Monday and a readout of a call published on Tuesday are two
	// calls.)
	strongFrom map[string][]string
	allDay     bool // every dated mention is a single day
	dated      bool
	article    map[string]bool
	dead       bool // merged into another cluster
	filed      filedState
	pubs       resolve.Range // first and last publication date of its sources
}

type merger struct {
	clusters  []*mergeCluster
	index     map[indexKey][]int // side pair or format + week → clusters
	byArticle map[string][]int   // article → clusters it contributed to
	stamp     []int
	round     int
}

// maxIndexedWeeks bounds how many week buckets one cluster is filed under;
// wider dates are filed under "wide".
const maxIndexedWeeks = 60

func weekOf(d date.Date) int { return int(d) / 7 }

// indexKeys lists the side keys an item or cluster is filed under: every
// pair of its sides, the single side when it has only one, its format, and
// each side that is an organisation (orgs), so that a summit of an
// organisation meets the mentions that name it among others (see
// sessionOf).
func indexKeys(sides []string, format string, orgs map[string]bool) []string {
	var keys []string
	if format != "" {
		keys = append(keys, "f:"+format)
	}
	if len(sides) == 1 {
		keys = append(keys, "s:"+sides[0])
	}
	for _, s := range sides {
		if orgs[s] {
			keys = append(keys, "o:"+s)
		}
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			keys = append(keys, "p:"+sides[i]+"|"+sides[j])
		}
	}
	return keys
}

// Special week buckets.
const (
	bucketWide    = -1 // dates spanning maxIndexedWeeks or more
	bucketUndated = -2
	bucketAll     = -3 // every cluster of a key, whatever its date
)

// indexKey files clusters by a side key and a week.
type indexKey struct {
	side string
	week int
}

// buckets lists the week buckets of a window.
func buckets(w *resolve.Range) []int {
	if w == nil {
		return []int{bucketUndated}
	}
	a, b := weekOf(w.First), weekOf(w.Last)
	if b-a >= maxIndexedWeeks {
		return []int{bucketWide}
	}
	out := make([]int, 0, b-a+2)
	for k := a; k <= b; k++ {
		out = append(out, k)
	}
	return out
}

// file files the cluster under its keys and weeks, unless nothing that
// decides them changed since it was last filed.
func (m *merger) file(c *mergeCluster) {
	w := c.window()
	state := filedState{sides: len(c.sorted), format: c.format, dated: w != nil}
	if w != nil {
		state.window = *w
	}
	if c.filed == state {
		return
	}
	c.filed = state
	bs := append(buckets(w), bucketAll)
	for _, k := range indexKeys(c.sorted, c.format, c.orgs) {
		for _, b := range bs {
			key := indexKey{k, b}
			l := m.index[key]
			if len(l) == 0 || l[len(l)-1] != c.id {
				m.index[key] = append(l, c.id)
			}
		}
	}
}

// filedState is what a cluster was last filed by.
type filedState struct {
	sides  int
	format string
	dated  bool
	window resolve.Range
}

// candidates returns the live clusters filed under any key of the item,
// each once, in creation order.
func (m *merger) candidates(it *mergeItem) []int {
	m.round++
	var out []int
	bs := []int{bucketAll}
	if it.class != noDate {
		w := it.window()
		if b := buckets(&w); b[0] != bucketWide {
			bs = append(b, bucketWide)
		}
	}
	for _, k := range it.keys {
		for _, b := range bs {
			out = m.collect(out, m.index[indexKey{k, b}])
		}
	}
	slices.Sort(out)
	return out
}

func (m *merger) collect(out, l []int) []int {
	for _, id := range l {
		if m.stamp[id] != m.round && !m.clusters[id].dead {
			m.stamp[id] = m.round
			out = append(out, id)
		}
	}
	return out
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

// undatedCandidates finds the event an undated mention may join: among the
// compatible events of its own article if there are any, else among those
// of other articles of the same kind dated, or (when undated too) published,
// within undatedReach days of its publication date. It returns one only
// when the choice is not a guess (see pickUndated).
func (m *merger) undatedCandidates(it *mergeItem) []int {
	var own []int
	for _, id := range m.byArticle[it.m.Article] {
		if c := m.clusters[id]; !c.dead && c.accepts(it) {
			own = append(own, id)
		}
	}
	if len(own) > 0 {
		return m.pickUndated(it, own, false)
	}
	if it.pub == date.Zero {
		return nil
	}
	probe := *it
	probe.class = strongDate
	probe.rng = resolve.Range{First: it.pub - undatedReach, Last: it.pub + undatedReach}
	var near []int
	for _, id := range m.candidates(&probe) {
		c := m.clusters[id]
		if c.dated && c.accepts(&probe) && c.accepts(it) {
			near = append(near, id)
		}
	}
	m.round++
	for _, k := range it.keys {
		for _, id := range m.collect(nil, m.index[indexKey{k, bucketUndated}]) {
			c := m.clusters[id]
			if !c.dated && c.pubs.First != date.Zero && probe.rng.Overlaps(c.pubs) && c.accepts(it) {
				near = append(near, id)
			}
		}
	}
	return m.pickUndated(it, near, true)
}

// pickUndated chooses the event an undated mention reports among
// compatible candidates, or none: the only candidate; else the only one of
// the same kind; else the only one of the same kind, sides and place (a
// copy of the same story). Across articles the kind must be the same.
func (m *merger) pickUndated(it *mergeItem, ids []int, sameKind bool) []int {
	tiers := []func(c *mergeCluster) bool{
		func(c *mergeCluster) bool { return !sameKind },
		func(c *mergeCluster) bool { return c.kinds.has(it.m.Kind) },
		func(c *mergeCluster) bool {
			return c.kinds.has(it.m.Kind) && slices.Equal(c.sorted, it.sides) && (c.places.has(it.place) || (it.place == "" && len(c.places) == 0))
		},
	}
	for _, keep := range tiers {
		var hit []int
		for _, id := range ids {
			if keep(m.clusters[id]) {
				hit = append(hit, id)
			}
		}
		if len(hit) == 1 {
			return hit
		}
		if len(hit) == 0 && !sameKind {
			return nil
		}
	}
	return nil
}

// undatedReach is how many days from its publication date an undated
// mention looks for the event it reports.
const undatedReach = 7

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

func (c *mergeCluster) sortedSides() []string { return c.sorted }

// window is the cluster's date window: its strong date when it has one,
// else its weak window; nil when undated.
func (c *mergeCluster) window() *resolve.Range {
	if c.strong != nil {
		return c.strong
	}
	return c.weak
}

// accepts reports whether the item is compatible with every mention of the
// cluster: kind, participants and date.
func (c *mergeCluster) accepts(it *mergeItem) bool {
	return c.datesAccept(it) && c.kindsAccept(it) && c.placesAccept(it) && c.sidesAccept(it)
}

// placesAccept rejects an item whose place is known to be elsewhere than a
// place of the cluster (see placesConflict).
func (c *mergeCluster) placesAccept(it *mergeItem) bool {
	if it.place == "" {
		return true
	}
	for _, p := range c.places {
		if names.PlacesConflict(p.key, it.place) {
			return false
		}
	}
	return true
}

func (c *mergeCluster) kindsAccept(it *mergeItem) bool {
	for _, k := range c.kinds {
		switch timeline.MergeRuleOf(k.key, it.m.Kind) {
		case timeline.MergeNever:
			return false
		case timeline.MergeSamePlace:
			if it.place == "" || !c.places.has(it.place) || len(c.places) != 1 {
				return false
			}
		case timeline.MergeSameDay:
			if !c.allDay || it.class == noDate || it.rng.First != it.rng.Last || !c.dated ||
				!slices.Equal(it.sides, c.sortedSides()) {
				return false
			}
		}
	}
	return true
}

func (c *mergeCluster) sidesAccept(it *mergeItem) bool {
	if len(c.items) == 0 {
		return true
	}
	if len(it.hosts) > 0 && len(c.hosts) > 0 && !slices.ContainsFunc(it.hosts, func(h string) bool { return c.hosts[h] }) {
		return false // visits to different countries: the legs of a trip
	}
	if c.format != "" && it.format != "" {
		if c.format != it.format {
			return false
		}
		return c.peopleAgree(it)
	}
	switch {
	case c.format != "": // a format-less mention joins a format event
		if sessionOf(c.fmtSide, it.orgs) {
			return c.peopleAgree(it)
		}
		if !slices.Equal(it.sides, c.fmtSide) {
			return false
		}
	case it.format != "": // a format mention joins a format-less event
		if sessionOf(it.sides, c.orgs) {
			return c.peopleAgree(it)
		}
		if !slices.Equal(it.sides, c.sortedSides()) {
			return false
		}
	}
	shared := 0
	for _, s := range it.sides {
		if c.sides[s] {
			shared++
		}
	}
	if len(it.sides) < 2 || len(c.sides) < 2 {
		// One side only (two officials of one country, or one party named):
		// the people must be the same, not merely one of them.
		if len(it.sides) != len(c.sides) || shared != len(it.sides) || shared == 0 || !c.peopleNest(it) {
			return false
		}
	} else if shared < 2 {
		return false
	}
	for o := range it.orgs {
		if !c.sides[o] {
			return false
		}
	}
	for o := range c.orgs {
		if !slices.Contains(it.sides, o) {
			return false
		}
	}
	return c.peopleAgree(it)
}

// sessionOf reports whether a format whose parties are fmtSides is the
// meeting of one organisation that orgs, the organisations of the other
// mention, include: "the CIS summit" and "Putin met X on the sidelines of
// a summit of the CIS" are one event, whoever else the second names.
func sessionOf(fmtSides []string, orgs map[string]bool) bool {
	return len(fmtSides) == 1 && orgs[fmtSides[0]]
}

// peopleAgree checks that, for each side both name people for, some person
// is named by both (Biden–Putin and Blinken–Lavrov are both US–Russia).
func (c *mergeCluster) peopleAgree(it *mergeItem) bool {
	for side, ps := range it.people {
		cs := c.people[side]
		if len(cs) == 0 {
			continue
		}
		if !anySamePerson(ps, cs) {
			return false
		}
	}
	return true
}

// peopleNest reports whether, on every side, the people the item names are
// all among the cluster's or the other way round.
func (c *mergeCluster) peopleNest(it *mergeItem) bool {
	for side, ps := range it.people {
		cs := c.people[side]
		if !allMatched(ps, cs) && !allMatched(cs, ps) {
			return false
		}
	}
	return true
}

// allMatched reports whether every person of a is someone in b.
func allMatched(a, b []names.Person) bool {
	for _, x := range a {
		if !anySamePerson([]names.Person{x}, b) {
			return false
		}
	}
	return true
}

func anySamePerson(a, b []names.Person) bool {
	for _, x := range a {
		for _, y := range b {
			if names.SamePerson(x, y) {
				return true
			}
		}
	}
	return false
}

func (c *mergeCluster) datesAccept(it *mergeItem) bool {
	if it.class == noDate || !c.dated {
		return true
	}
	w := it.window()
	if c.strong != nil {
		if it.class == weakDate && c.strongElsewhere(it) {
			return it.rng.Overlaps(*c.strong)
		}
		return w.Overlaps(*c.strong)
	}
	if it.class == weakDate && c.weakDays != nil && !it.rng.Overlaps(*c.weakDays) &&
		c.weakFrom[it.m.Publisher] {
		return false
	}
	return w.Overlaps(*c.weak)
}

// strongElsewhere reports whether another article of the item's publisher
// dates the cluster in its text (see strongFrom).
func (c *mergeCluster) strongElsewhere(it *mergeItem) bool {
	for _, a := range c.strongFrom[it.m.Publisher] {
		if a != it.m.Article {
			return true
		}
	}
	return false
}

// score ranks compatible clusters for an item.
func (c *mergeCluster) score(it *mergeItem) int {
	s := 0
	if c.article[it.m.Article] {
		s += 8
	}
	if slices.Equal(it.sides, c.sortedSides()) {
		s += 4
	}
	if it.format != "" && it.format == c.format {
		s += 4
	}
	if c.kinds.has(it.m.Kind) {
		s += 2
	}
	if it.place != "" && c.places.has(it.place) {
		s++
	}
	// A publication date is best read as the day of the event it reports.
	if w := c.window(); it.class == weakDate && w != nil && w.Contains(it.rng.First) {
		s += 3
	}
	return s
}

func (c *mergeCluster) take(it *mergeItem) {
	c.items = append(c.items, it)
	for _, s := range it.sides {
		if !c.sides[s] {
			c.sides[s] = true
			c.sorted = append(c.sorted, s)
		}
	}
	slices.Sort(c.sorted)
	for s := range it.orgs {
		c.orgs[s] = true
	}
	for _, h := range it.hosts {
		if c.hosts == nil {
			c.hosts = map[string]bool{}
		}
		c.hosts[h] = true
	}
	for side, ps := range it.people {
		for _, p := range ps {
			if !slices.ContainsFunc(c.people[side], func(q names.Person) bool { return q.Key() == p.Key() && q.Initials == p.Initials }) {
				c.people[side] = append(c.people[side], p)
			}
		}
	}
	c.kinds = c.kinds.add(it.m.Kind)
	if it.format != "" {
		if c.format == "" {
			c.format = it.format
		}
		for _, s := range it.sides {
			if !slices.Contains(c.fmtSide, s) {
				c.fmtSide = append(c.fmtSide, s)
			}
		}
		slices.Sort(c.fmtSide)
	}
	if it.place != "" {
		c.places = c.places.add(it.place)
	}
	c.article[it.m.Article] = true
	if it.pub != date.Zero {
		if c.pubs.First == date.Zero || it.pub < c.pubs.First {
			c.pubs.First = it.pub
		}
		if it.pub > c.pubs.Last {
			c.pubs.Last = it.pub
		}
	}
	if it.class == noDate {
		return
	}
	c.dated = true
	if it.rng.First != it.rng.Last {
		c.allDay = false
	}
	w := it.window()
	switch it.class {
	case strongDate:
		narrow(&c.strong, w)
		if it.pub != date.Zero && it.rng.First == it.pub && it.rng.Last == it.pub {
			if c.strongFrom == nil {
				c.strongFrom = map[string][]string{}
			}
			p := it.m.Publisher
			if !slices.Contains(c.strongFrom[p], it.m.Article) {
				c.strongFrom[p] = append(c.strongFrom[p], it.m.Article)
			}
		}
	case weakDate:
		narrow(&c.weak, w)
		if c.weakFrom == nil {
			c.weakFrom = map[string]bool{}
		}
		c.weakFrom[it.m.Publisher] = true
		narrow(&c.weakDays, it.rng)
	}
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

// compatibleClusters reports whether every mention of b fits a on kind and
// participants.
func compatibleClusters(a, b *mergeCluster) bool {
	for _, it := range b.items {
		if !a.kindsAccept(it) || !a.sidesAccept(it) {
			return false
		}
	}
	return true
}

func strongCount(c *mergeCluster) int {
	n := 0
	for _, it := range c.items {
		if it.class == strongDate {
			n++
		}
	}
	return n
}

// tally counts a few distinct values; a cluster sees one to three kinds
// and places, where a slice is cheaper than a map.
type tally[K comparable] []struct {
	key K
	n   int
}

func (t tally[K]) has(k K) bool {
	for _, e := range t {
		if e.key == k {
			return true
		}
	}
	return false
}

func (t tally[K]) add(k K) tally[K] {
	for i := range t {
		if t[i].key == k {
			t[i].n++
			return t
		}
	}
	return append(t, struct {
		key K
		n   int
	}{k, 1})
}

// narrow intersects *r with w: it sets *r to w when *r is nil, and leaves
// it as it is when the two do not overlap (the cluster keeps the dates it
// had; conflicting dates are dealt with by the caller's checks).
func narrow(r **resolve.Range, w resolve.Range) {
	switch {
	case *r == nil:
		*r = &w
	case w.Overlaps(**r):
		*r = &resolve.Range{First: max(w.First, (*r).First), Last: min(w.Last, (*r).Last)}
	}
}
