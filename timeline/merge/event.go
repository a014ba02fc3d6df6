package merge

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
)

// event builds the Event a cluster stands for.
func (c *mergeCluster) event(reg *Registry) timeline.Event {
	items := slices.Clone(c.items)
	slices.SortFunc(items, compareSourceOrder)
	e := timeline.Event{
		Kind:   c.kind(),
		Format: c.formatName(),
		Status: mergedStatus(items),
	}
	e.Participants = mergedParticipants(items, reg)
	if e.Participants == nil {
		e.Participants = []timeline.Participant{}
	}
	if p := mergedPlace(items); p != "" {
		e.Place = &p
	}
	e.When, e.Conflicts = mergedWhen(items, c.strong)
	e.Sources = mergedSources(items)
	e.CAMEO = timeline.CAMEOCode(e.Kind, elsewhere(e))
	e.Title = eventTitle(e)
	e.ID = eventID(e)
	for _, it := range items {
		e.Aliases = append(e.Aliases, it.prior...)
	}
	if e.Aliases != nil {
		slices.Sort(e.Aliases)
		e.Aliases = slices.Compact(e.Aliases)
	}
	return e
}

// compareSourceOrder orders mentions as their sources are listed:
// publication date, article, position in the article.
func compareSourceOrder(a, b *mergeItem) int {
	if c := cmp.Compare(a.m.Source.Published, b.m.Source.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.m.Article, b.m.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.m.Index, b.m.Index); c != 0 {
		return c
	}
	return compareMentions(a.m, b.m)
}

// kind is the kind most sources give, ties to the more specific kind. A
// visit whose reports also tell the talks or meeting held on it is that
// talks or meeting, however many reports tell the trip (GUIDE: "a trip
// whose reported content is a meeting or talks is that meeting/talks").
// A call told by any source is a call: it says how the two spoke, which
// "meeting" and "conversation" in the others' reports do not (a call
// joins a meeting or talks only of the same sides on the same day; see
// timeline.MergeSameDay).
func (c *mergeCluster) kind() timeline.Kind {
	var best timeline.Kind
	bc := 0
	held := false
	for _, e := range c.kinds {
		held = held || e.key.Family() == timeline.Talks
		if e.key == timeline.Call {
			return timeline.Call
		}
	}
	for _, e := range c.kinds {
		k, n := e.key, e.n
		if held && k == timeline.Visit {
			continue
		}
		if n > bc || (n == bc && timeline.KindBefore(k, best)) {
			best, bc = k, n
		}
	}
	return best
}

// formatName is the format as most often written.
func (c *mergeCluster) formatName() string {
	forms := map[string]int{}
	for _, it := range c.items {
		if it.m.Format != "" {
			forms[strings.Join(strings.Fields(it.m.Format), " ")]++
		}
	}
	return mostFrequent(forms)
}

// mergedStatus decides the status of an event from its sources, given in
// source order. An event any source reports as having happened occurred.
// Otherwise the latest sources decide: if the last published report says it
// was cancelled or postponed, so it was; else it is planned.
func mergedStatus(items []*mergeItem) timeline.Status {
	items = slices.DeleteFunc(slices.Clone(items), func(it *mergeItem) bool { return it.onTrip })
	for _, it := range items {
		if it.m.Status == timeline.Occurred {
			return timeline.Occurred
		}
	}
	latest := items[len(items)-1].m.Source.Published
	st := timeline.Planned
	for _, it := range items {
		if it.m.Source.Published != latest {
			continue
		}
		switch it.m.Status {
		case timeline.Cancelled:
			st = timeline.Cancelled
		case timeline.Postponed:
			if st != timeline.Cancelled {
				st = timeline.Postponed
			}
		}
	}
	return st
}

// participantKey is who a participant of an event is: a group by its
// canonical name, or a person by the registry's id.
type participantKey struct {
	person bool
	id     string
}

// mergedParticipants is the union of the sources' participants, each once
// under its canonical name with role and country filled from any source, in
// order of first appearance. A country or organisation is left out when a
// person of it is listed.
func mergedParticipants(items []*mergeItem, reg *Registry) []timeline.Participant {
	var out []timeline.Participant
	// seen[i] is the key of out[i]: an event has a few participants, so a
	// list searched from the start (O(n) per name) serves where a map and
	// a key string built per name made garbage for every event.
	var seen []participantKey
	for _, it := range items {
		for _, p := range it.m.Participants {
			if strings.TrimSpace(p.Name) == "" {
				continue
			}
			v, ok := reg.lookup(p)
			if !ok {
				continue
			}
			var key participantKey
			var q timeline.Participant
			if v.person == nil {
				key = participantKey{id: v.group}
				q = timeline.Participant{Name: v.group, Type: p.Type}
				if q.Type == "" {
					q.Type = timeline.CountryParty
					if v.org {
						q.Type = timeline.OrganizationParty
					}
				}
			} else {
				e := v.person
				key = participantKey{person: true, id: e.id}
				q = timeline.Participant{Name: e.display(), Type: timeline.PersonParty, Role: e.role(), Country: e.country()}
				if q.Country == "" && p.Country != "" {
					q.Country = names.CanonicalGroup(p.Country)
				}
				q.Aliases = e.aliasList
			}
			if i := slices.Index(seen, key); i >= 0 {
				if out[i].Role == "" {
					out[i].Role = p.Role
				}
				continue
			}
			seen = append(seen, key)
			out = append(out, q)
		}
	}
	var covered []string // the countries of the people listed
	for _, p := range out {
		if p.Type == timeline.PersonParty && p.Country != "" {
			covered = append(covered, p.Country)
		}
	}
	kept := out[:0]
	for _, p := range out {
		if p.Type != timeline.PersonParty && slices.Contains(covered, p.Name) {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// mergedPlace is the place most sources name (as most often written), ties
// to the first named; "" when none does.
func mergedPlace(items []*mergeItem) string {
	count := map[string]int{}
	first := map[string]int{}
	forms := map[string]map[string]int{}
	for i, it := range items {
		if it.place == "" {
			continue
		}
		if _, ok := first[it.place]; !ok {
			first[it.place] = i
			forms[it.place] = map[string]int{}
		}
		count[it.place]++
		forms[it.place][strings.Join(strings.Fields(it.m.Place), " ")]++
	}
	best := ""
	for _, k := range sortedKeys(count) {
		if best == "" || count[k] > count[best] || (count[k] == count[best] && first[k] < first[best]) {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	return mostFrequent(forms[best])
}

// mergedWhen picks the event's date: the narrowest date read from the text
// (text before reference on ties) among those consistent with the event's
// core range, else the earliest publication date; a day of news inside a
// week, month or longer read from the text is preferred to that period
// (newsDayWithin). Dates of other sources
// that do not overlap it are returned as conflicts.
func mergedWhen(items []*mergeItem, core *resolve.Range) (*timeline.When, []timeline.When) {
	var best *mergeItem
	for _, it := range items {
		if it.onTrip || it.class == noDate || (it.class == strongDate && core != nil && !it.rng.Overlaps(*core)) {
			continue
		}
		if best == nil || betterDate(it, best) {
			best = it
		}
	}
	if best == nil {
		return nil, nil
	}
	if day := newsDayWithin(items, best); day != nil {
		best = day
	}
	w := whenOf(best)
	var conflicts []timeline.When
	for _, it := range items {
		if it.onTrip || it.class != strongDate || it.rng.Overlaps(best.rng) {
			continue
		}
		cw := *whenOf(it)
		if !slices.Contains(conflicts, cw) {
			conflicts = append(conflicts, cw)
		}
	}
	slices.SortFunc(conflicts, func(a, b timeline.When) int {
		return cmp.Or(cmp.Compare(a.Start(), b.Start()), cmp.Compare(a.End(), b.End()), strings.Compare(a.Value, b.Value))
	})
	return w, conflicts
}

// newsDayWithin finds, when the best date read from the text is a whole
// week, month or longer ("the October summits"), the earliest day an
// article reports the event as its news within that period: the readout
// published on the summit's day dates it, and the text's month agrees. It
// returns nil when there is none.
func newsDayWithin(items []*mergeItem, best *mergeItem) *mergeItem {
	if best.class != strongDate || !coarseGranularity[best.m.When.Granularity] {
		return nil
	}
	var day *mergeItem
	for _, it := range items {
		if it.class != weakDate || it.onTrip || it.rng.First < best.rng.First || it.rng.Last > best.rng.Last {
			continue
		}
		if day == nil || betterDate(it, day) {
			day = it
		}
	}
	return day
}

// coarseGranularity are the granularities of dates that name a period
// rather than days: a day of news inside one is more precise.
var coarseGranularity = map[resolve.Granularity]bool{
	resolve.GranWeek: true, resolve.GranMonth: true, resolve.GranQuarter: true,
	resolve.GranSeason: true, resolve.GranYear: true,
}

// betterDate reports whether a's date is better evidence than b's.
func betterDate(a, b *mergeItem) bool {
	if a.class != b.class {
		return a.class < b.class
	}
	if a.class == weakDate {
		return a.rng.First < b.rng.First || (a.rng.First == b.rng.First && compareMentions(a.m, b.m) < 0)
	}
	if a.rng.Days() != b.rng.Days() {
		return a.rng.Days() < b.rng.Days()
	}
	if ra, rb := basisRank[a.m.When.Basis], basisRank[b.m.When.Basis]; ra != rb {
		return ra < rb
	}
	if a.rng.First != b.rng.First {
		return a.rng.First < b.rng.First
	}
	return compareMentions(a.m, b.m) < 0
}

func whenOf(it *mergeItem) *timeline.When {
	d := it.m.When
	v := d.Value
	if v == "" {
		v = d.Range.First.String()
	}
	g := d.Granularity
	if g == "" && d.Range.First == d.Range.Last {
		g = resolve.GranDay
	}
	return &timeline.When{Value: v, Range: d.Range, Granularity: g}
}

// mergedSources lists each source once, ordered by publication date,
// article and sentence, each with the records of the mentions it gave (see
// timeline.MentionRecord). Two mentions of one sentence are one piece of
// evidence: the first in order keeps its reasons, and the other's record
// keeps its own when they differ.
func mergedSources(items []*mergeItem) []timeline.Source {
	all := make([]timeline.Source, 0, len(items))
	for _, it := range items {
		s := it.e.source()
		s.Mentions = it.e.rec[:] // shared with the Set: a record is read-only
		all = append(all, s)
	}
	slices.SortStableFunc(all, timeline.CompareSources)
	// The sources of one sentence are joined in place (the k-th kept is
	// written after the sources before it are read): the list is the
	// event's own, with no second one made and dropped for every event.
	k := 0
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && sameEvidence(&all[i], &all[j]) {
			j++
		}
		s := all[i]
		if j > i+1 {
			s.Mentions = make([]timeline.MentionRecord, 0, j-i)
			for _, o := range all[i:j] {
				rec := o.Mentions[0]
				if timeline.CompareWhy(o.Why, s.Why) != 0 {
					rec.Why = o.Why
				}
				s.Mentions = append(s.Mentions, rec)
			}
		}
		all[k] = s
		k++
		i = j
	}
	if k < len(all) {
		return slices.Clone(all[:k]) // not the joined sources' room
	}
	return all
}

// sameEvidence reports whether two sources are one sentence of one
// article with one date, whatever their reasons.
func sameEvidence(a, b *timeline.Source) bool {
	x, y := *a, *b
	x.Why, y.Why, x.Mentions, y.Mentions = nil, nil, nil, nil
	return timeline.CompareSources(x, y) == 0
}

// elsewhere reports whether the event's place is known and lies in none of
// its participants' countries.
func elsewhere(e timeline.Event) bool {
	if e.Place == nil {
		return false
	}
	pc := names.PlaceCountry(*e.Place)
	if pc == "" {
		// A place we cannot locate: a third location only if it is not
		// itself named as a participant.
		pc = names.CanonicalGroup(*e.Place)
	}
	for _, p := range e.Participants {
		if p.Name == pc || p.Country == pc {
			return false
		}
	}
	return true
}

// eventTitle names an event for people: its participants joined by " – ",
// then the format or the kind. "Joe Biden – Vladimir Putin phone call",
// "United States – Russia Strategic Stability Dialogue", and, when the
// format's name already names the participants, "NATO – Russia:
// NATO-Russia Council". A format that is just one participant's name (talks
// "at the OSCE") is not repeated: "OSCE – Russia talks".
func eventTitle(e timeline.Event) string {
	written := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		written[i] = p.Name
	}
	who := strings.Join(written, " – ")
	what := e.Kind.Title()
	if e.Format != "" && !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return names.Fold(p.Name) == names.Fold(e.Format) }) {
		what = e.Format
		if len(written) > 0 && formatNamesAll(e.Format, e.Participants) {
			return who + ": " + e.Format
		}
	}
	if who == "" {
		return what
	}
	return who + " " + what
}

// formatNamesAll reports whether the format's name contains every
// participant's name.
func formatNamesAll(format string, ps []timeline.Participant) bool {
	f := " " + names.Fold(format) + " "
	for _, p := range ps {
		if !strings.Contains(f, " "+names.Fold(p.Name)+" ") {
			return false
		}
	}
	return true
}

// maxIDSlug bounds the participant part of an ID; longer lists are cut and
// a hash of the whole list keeps the ID distinct.
const maxIDSlug = 64

// eventID is the stable ID of an event: kind, first day and the sorted
// participant keys (surnames for people), e.g. "call-2021-12-30-biden-putin";
// "undated" stands in for the day of an undated event.
func eventID(e timeline.Event) string {
	day := "undated"
	if e.When != nil {
		day = e.When.Start().String()
	}
	var keys []string
	for _, p := range e.Participants {
		k := names.Slug(p.Name)
		if p.Type == timeline.PersonParty {
			k = surnameSlug(p.Name)
		}
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	if e.Format != "" {
		// Parties the format's name already names are not repeated:
		// "nato-russia-council", not "nato-russia-council-nato-russia".
		f := names.Slug(e.Format)
		keys = slices.DeleteFunc(keys, func(k string) bool { return strings.Contains("-"+f+"-", "-"+k+"-") })
		keys = append([]string{f}, keys...)
	}
	who := strings.Join(keys, "-")
	if len(who) > maxIDSlug {
		h := fnv.New32a()
		h.Write([]byte(who))
		cut := who[:maxIDSlug]
		if i := strings.LastIndexByte(cut, '-'); i > 0 {
			cut = cut[:i]
		}
		who = fmt.Sprintf("%s-%08x", cut, h.Sum32())
	}
	id := string(e.Kind) + "-" + day
	if who != "" {
		id += "-" + who
	}
	return id
}

// surnameSlug is the last word of a person's name as written, folded,
// without honorifics, suffixes, regnal numerals and initials: "Joseph R.
// Biden, Jr." → biden, "Abdullah II" → abdullah.
func surnameSlug(name string) string {
	words := strings.Fields(names.Fold(name))
	for i := len(words) - 1; i >= 0; i-- {
		if w := words[i]; len(w) > 1 && !names.DropWords[w] && !names.RegnalNumeral(w, i) {
			return w
		}
	}
	return names.Slug(name)
}
