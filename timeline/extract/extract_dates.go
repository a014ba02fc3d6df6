package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file dates the mentions: each takes the date expression of its own
// clause, else the date of the mention it refers to, else (headline and
// lead only) the publication day; then status follows from cues and date.

// date gives every draft its date and status (see Extract), pass by
// pass; each pass is a rule of Rules that gives its reason.
func (x *extraction) date() {
	x.readRosters()
	x.rejoinOneByOne()
	x.assignTimexes()
	x.completeParticipants()
	for _, pass := range datingPasses {
		pass(x)
	}
}

// datingPasses date the drafts, in order: a later pass dates only what the
// earlier ones left undated.
var datingPasses = []func(*extraction){
	(*extraction).dateOwnClause,     // date/own-clause, sentence-frame, trip, list
	(*extraction).narrowItinerary,   // date/itinerary: the legs of a trip, day by day
	(*extraction).dateSameEvent,     // date/same-event: "talks with X" dated elsewhere
	(*extraction).dateDuringEvent,   // date/during-event: "talked during the 2019 summit"
	(*extraction).dateOnTrip,        // date/during-trip: "In Jerusalem, X met with …"
	(*extraction).dateSplitSiblings, // date/one-by-one: the others met with them
	(*extraction).dateAntecedents,   // date/antecedent: "the call"
	(*extraction).dateBySequence,    // date/sequence: "Following this, he met …"
	(*extraction).boundByEvents,     // "ahead of the call"
	(*extraction).setStatuses,
	(*extraction).datePublication, // date/publication: news of the headline or lead
	(*extraction).dateOnTrip,      // again, for trips dated by publication
}

// dateOwnClause gives the mentions with a date expression of their own
// (see assignTimexes) that date.
func (x *extraction) dateOwnClause() {
	for _, d := range x.drafts {
		if d.tx != nil {
			d.m.When = fromTimex(*d.tx)
			d.why.date = d.txWhy
			u := &x.units[d.unit]
			d.m.Source.DateText = d.tx.Text
			d.m.Source.Explain = d.tx.Explain
			d.m.Source.DateStart = d.tx.Start - u.start
			d.m.Source.DateEnd = d.tx.End - u.start
		}
	}
}

// dateSameEvent dates mentions that name their parties and refer to a
// dated mention of the same event.
func (x *extraction) dateSameEvent() {
	for i, d := range x.drafts {
		if d.m.When == nil && !d.ref {
			if r := x.referent(i); r != nil && !x.staleForNews(d, r) {
				x.takeDate(d, r)
				if d.cue == "" && x.units[d.unit].headline {
					// "Secretary Blinken's Travel to Ukraine" over "will
					// travel …": a headline's noun has no tense of its
					// own; the report it heads has.
					d.cue, d.cueWord, d.cueWhy = r.cue, r.cueWord, because("status/as-referent", r.cueWord)
				}
			}
		}
	}
}

// dateAntecedents gives "the call", "the talks" the parties, status,
// place and date of the nearest earlier mention of that kind.
func (x *extraction) dateAntecedents() {
	for i, d := range x.drafts {
		if !d.ref {
			continue
		}
		r := x.antecedent(i)
		if r == nil {
			continue
		}
		ref := joinText(x.units[d.unit].toks[d.lo:d.hi])
		d.m.Participants = append([]timeline.Participant(nil), r.m.Participants...)
		for _, p := range d.m.Participants {
			d.why.partyBecause(p.Name, because("party/antecedent", p.Name, string(r.m.Kind), ref))
		}
		d.m.Format = r.m.Format
		if d.m.Kind != r.m.Kind && d.m.Kind.Family() == r.m.Kind.Family() {
			// "the leaders continued their discussion": the call it refers to
			d.m.Kind, d.why.kind = r.m.Kind, because("kind/antecedent", string(r.m.Kind), ref)
		}
		if d.cue != timeline.Cancelled && d.cue != timeline.Postponed {
			d.cue, d.cueWord, d.cueWhy = r.cue, r.cueWord, because("status/as-antecedent", string(r.m.Kind), ref)
		}
		if d.m.Place == "" && r.m.Place != "" {
			d.m.Place, d.why.place = r.m.Place, because("place/antecedent", r.m.Place, string(r.m.Kind), ref)
		}
		if own := d.m.When; own != nil && own.Basis == timeline.FromText {
			// "… will visit Tokyo next week. The trip is set for April
			// 6-8": the reference dates what it refers to, when it says
			// more precisely what the antecedent said.
			if rw := r.m.When; rw == nil || rw.Range.First <= own.Range.First && own.Range.Last <= rw.Range.Last && own.Range.Days() < rw.Range.Days() {
				w := *own
				r.m.When, r.why.date = &w, because("date/back-reference", ref, own.Text)
				r.m.Source.Explain = fmt.Sprintf("%q, said of it later: %s", own.Text, own.Explain)
			}
			continue
		}
		if r.m.When != nil {
			x.takeDate(d, r)
			d.why.date = because("date/antecedent", string(r.m.Kind), ref)
		}
	}
}

// boundByEvents narrows dates bounded by another event: "ahead of the
// call", "after the talks".
func (x *extraction) boundByEvents() {
	for i, d := range x.drafts {
		if d.bound != boundNone && d.m.When != nil {
			x.applyBound(i, d)
		}
	}
}

func (x *extraction) setStatuses() {
	for _, d := range x.drafts {
		x.setStatus(d)
	}
}

// datePublication dates undated news of the headline or lead by the
// publication day.
func (x *extraction) datePublication() {
	for _, d := range x.drafts {
		u := &x.units[d.unit]
		if d.m.When == nil && d.m.Status == timeline.Occurred && (u.headline || u.lead) && x.a.Published != date.Zero {
			p := x.a.Published
			d.why.date = because("date/publication", p.String())
			d.m.When = &timeline.MentionDate{When: timeline.Day(p), Basis: timeline.FromPublication,
				Explain: fmt.Sprintf("no date in the text; reported as news in an article published %s", p)}
			d.m.Source.Explain = d.m.When.Explain
		}
	}
}

// assignTimexes gives each date expression of a sentence to the nearest
// event mention in it, skipping expressions that date a reporting verb
// ("said on Sunday", "on Monday said"); each mention keeps the nearest
// expression given to it. Formats and venues of one list without an
// expression of their own share the list's ("starting next week with A, at
// B and at C").
func (x *extraction) assignTimexes() {
	byUnit := map[int][]*draft{}
	for _, d := range x.drafts {
		byUnit[d.unit] = append(byUnit[d.unit], d)
	}
	for ui := range x.units {
		ds := byUnit[ui]
		if len(ds) == 0 {
			continue
		}
		u := &x.units[ui]
		best := make([]int, len(ds))
		for i := range best {
			best[i] = -1
		}
		for ti, tx := range u.txs {
			k := u.txTok[ti]
			end := k
			for end < len(u.toks) && u.toks[end].Start < tx.End {
				end++
			}
			if reportingDate(u, k, end) {
				continue
			}
			near, nd := -1, 1<<30
			for di, d := range ds {
				dist := tokenDistance(d.lo, max(d.hi, d.end), k, end)
				if dist > maxDateDistance || !sameClause(u, d.lo, d.hi, k) || coordinatedAfter(u, max(d.hi, d.end), k) || subordinateBefore(u, k, d.lo) {
					continue
				}
				if dist < nd || dist == nd && d.lo < k {
					near, nd = di, dist
				}
			}
			if near < 0 {
				continue
			}
			if b := best[near]; b < 0 || nd < tokenDistance(ds[near].lo, max(ds[near].hi, ds[near].end), u.txTok[b], u.txTok[b]+1) {
				best[near] = ti
			}
		}
		for di, d := range ds {
			if best[di] >= 0 {
				tx := u.txs[best[di]]
				d.tx, d.txWhy = &tx, because("date/own-clause", tx.Text)
				if span, ok := dateSpan(u, best[di]); ok {
					d.tx, d.txWhy = &span, because("date/span", span.Text)
				}
			}
		}
		shareOneByOneDate(ds)
		shareTripDate(ds)
		if f := frameTimex(u); f >= 0 {
			// "Last week, Neuberger was in Brussels where she met …": a
			// date that opens the sentence dates every event of it that
			// has no date of its own.
			for _, d := range ds {
				if d.tx == nil && d.lo > u.txTok[f] {
					tx := u.txs[f]
					d.tx, d.txWhy = &tx, because("date/sentence-frame", tx.Text)
				}
			}
		}
		for _, d := range ds {
			if d.tx != nil || !d.venue {
				continue
			}
			var share *draft
			for _, o := range ds {
				if o.venue && o.tx != nil && sameClause(u, d.lo, d.hi, o.lo) && (share == nil || abs(o.lo-d.lo) < abs(share.lo-d.lo)) {
					share = o
				}
			}
			if share != nil {
				d.tx, d.txWhy = share.tx, because("date/list", share.tx.Text)
				if d.cue == "" {
					d.cue, d.cueWord = share.cue, share.cueWord
				}
			}
		}
	}
}

// dateSpan joins the date expression ti of u with its partner when the
// two bound a span: "from 28 February to 2 March", "between May 3 and
// May 5", "June 30 through July 2". The joined expression runs from the
// first day of the one to the last day of the other, keeps the first's
// value and granularity, and explains both.
func dateSpan(u *unit, ti int) (resolve.Timex, bool) {
	a, b := ti, ti+1
	if ti > 0 && spanLink(u, ti-1, ti) {
		a, b = ti-1, ti
	} else if b >= len(u.txs) || !spanLink(u, a, b) {
		return resolve.Timex{}, false
	}
	x, y := u.txs[a], u.txs[b]
	if x.Range == nil || y.Range == nil || x.Type != resolve.Date || y.Type != resolve.Date ||
		x.Granularity != y.Granularity || y.Range.First <= x.Range.Last {
		return resolve.Timex{}, false
	}
	span := x
	r := *x.Range
	r.Last = y.Range.Last
	span.Range = &r
	span.End = y.End
	span.Text = x.Text + " to " + y.Text
	span.Explain = x.Explain + "; to " + y.Explain
	return span, true
}

// spanLink reports whether the expressions a and b of u are joined as the
// bounds of a span: only a span word stands between them ("to", "until",
// "through", a dash; "and" after "between"), and for a word other than a
// dash, "from" or "between" opens the span.
func spanLink(u *unit, a, b int) bool {
	ka, kb := u.txTok[a], u.txTok[b]
	end := ka
	for end < kb && u.inTx[end] {
		end++
	}
	if kb != end+1 {
		return false
	}
	link := u.toks[end].Lower
	if link == "-" || link == "–" {
		return true
	}
	opener := ""
	if ka > 0 {
		opener = u.toks[ka-1].Lower
	}
	switch {
	case spanWords[link]:
		return opener == "from" || opener == "between"
	case link == "and":
		return opener == "between"
	}
	return false
}

// spanWords join the bounds of a span of dates: "from June 30 to July 2".
var spanWords = vocab.Set("span-words")

// dateDuringEvent dates an undated event held during another event of its
// sentence that has a date: "We talked with Buhari during the
// Russia-Africa Summit held in Sochi two years ago" are the summit's days.
// The other event is named after a word of during-words ("during", "at",
// "on the sidelines of") that follows the undated event in its clause.
func (x *extraction) dateDuringEvent() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		for k := max(d.hi, d.end); k < len(u.toks) && k < max(d.hi, d.end)+maxDateDistance && !u.brk[k]; k++ {
			if !duringWords[u.toks[k].Lower] {
				continue
			}
			for _, o := range x.drafts {
				if o == d || o.unit != d.unit || o.m.When == nil || o.lo <= k || o.lo > k+6 {
					continue
				}
				w := *o.m.When
				d.m.When, d.why.date = &w, because("date/during-event", string(o.m.Kind), joinText(u.toks[o.lo:o.hi]))
				d.m.Source.Explain = fmt.Sprintf("held during the %s of %q: %s", o.m.Kind, joinText(u.toks[o.lo:o.hi]), w.Explain)
				break
			}
			break
		}
	}
}

// duringWords set an event within another one: "during the summit", "at
// the conference", "on the sidelines of the forum".
var duringWords = vocab.Set("during-words")

// completeHeadlineSessions gives a report of an organisation's session
// that names no attendee ("… for Francophonie Ministerial Conference", "the
// 44th session of the Francophonie Ministerial Conference") the attendees
// another report of a session of that organisation in the article names:
// one event.
func (x *extraction) completeHeadlineSessions() {
	for _, d := range x.drafts {
		if d.ref || d.m.Kind != timeline.Summit || len(d.m.Participants) != 1 || d.m.Participants[0].Type != timeline.OrganizationParty {
			continue
		}
		org := d.m.Participants[0].Name
		for _, o := range x.drafts {
			if o == d || o.ref || o.m.Kind != timeline.Summit || len(o.m.Participants) < 2 || !hasParticipant(o.m.Participants, org) {
				continue
			}
			for _, p := range o.m.Participants {
				if p.Name != org {
					x.addParty(d, p, because("party/other-report", p.Name, x.sentenceText(o)))
				}
			}
			break
		}
	}
}

// newsWindow is how many days before the anchor an event may lie and
// still be the news a headline or lead reports.
const newsWindow = 7

// staleForNews reports a referent too old to date the headline or lead
// d: "Vladimir Putin held talks with Xi Jinping" leads a story of the day,
// not the June videoconference the transcript recalls; such a mention is
// dated as news (see datePublication).
func (x *extraction) staleForNews(d, r *draft) bool {
	u := &x.units[d.unit]
	return (u.headline || u.lead) && r.m.When != nil && r.m.When.Range.Last < x.anchor.Date-newsWindow
}

// rejoinOneByOne undoes a split (see oneByOne) that another report of the
// article contradicts: when the headline or another sentence reports one
// event of the family with every person met one by one ("Secretary's Call
// with Foreign Ministers A, B and C" over "spoke today with A, B and C"),
// they took part together, and the events of the split are one again.
func (x *extraction) rejoinOneByOne() {
	type word struct{ unit, lo, hi int }
	groups := map[word][]*draft{}
	var order []word
	for _, d := range x.drafts {
		if d.oneByOne {
			w := word{d.unit, d.lo, d.hi}
			if _, ok := groups[w]; !ok {
				order = append(order, w)
			}
			groups[w] = append(groups[w], d)
		}
	}
	drop := map[*draft]bool{}
	for _, w := range order {
		g := groups[w]
		if len(g) < 2 {
			continue
		}
		var all []timeline.Participant
		for _, d := range g {
			for _, p := range d.m.Participants {
				if !hasParticipant(all, p.Name) {
					all = append(all, p)
				}
			}
		}
		// A person of the split is in the joint report by name, or by the
		// country it names for them ("Call with French, German, Italian
		// and UK Counterparts").
		covers := func(o *draft, p timeline.Participant) bool {
			return hasParticipant(o.m.Participants, p.Name) || p.Country != "" && hasParticipant(o.m.Participants, p.Country)
		}
		joint := slices.ContainsFunc(x.drafts, func(o *draft) bool {
			return !o.oneByOne && !o.ref && o.unit != w.unit && o.m.Kind.Family() == g[0].m.Kind.Family() && len(o.m.Participants) > 2 &&
				!slices.ContainsFunc(all, func(p timeline.Participant) bool { return !covers(o, p) })
		})
		if !joint {
			continue
		}
		first := g[0]
		first.m.Participants, first.oneByOne = all, false
		for _, d := range g[1:] {
			for name, r := range d.why.party {
				first.why.partyBecause(name, r)
			}
			drop[d] = true
		}
	}
	if len(drop) > 0 {
		x.drafts = slices.DeleteFunc(x.drafts, func(d *draft) bool { return drop[d] })
	}
}

// sequenceReach is how many sentences back a narrative's last day is
// looked for.
const sequenceReach = 3

// dateBySequence dates an undated mention whose sentence carries the
// narrative on ("Following this, the President met …", "The day
// concluded with talks …") by the last day the text gave before it, in
// the sequenceReach sentences before: "In the afternoon (of the 16th),
// he paid tribute … Following this, he met Zhao Leji" is the 16th.
func (x *extraction) dateBySequence() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref || x.units[d.unit].headline {
			continue
		}
		cue := sequenceOpener(x.units[d.unit].toks)
		if cue == "" {
			continue
		}
		for j := d.unit - 1; j >= 0 && j >= d.unit-sequenceReach && !x.units[j].headline; j-- {
			tx, ok := lastDay(&x.units[j])
			if !ok {
				continue
			}
			d.m.When = fromTimex(tx)
			d.m.When.Basis = timeline.FromReference
			d.m.When.Explain = fmt.Sprintf("%q carries on the narrative of %q: %s", cue, clip(x.units[j].text[x.units[j].start:x.units[j].end], 80), tx.Explain)
			d.m.Source.Explain = d.m.When.Explain
			d.why.date = because("date/sequence", cue, tx.Text)
			break
		}
	}
}

// lastDay is the last date expression of u that names one day.
func lastDay(u *unit) (resolve.Timex, bool) {
	for k := len(u.txs) - 1; k >= 0; k-- {
		t := u.txs[k]
		if t.Range != nil && t.Range.First == t.Range.Last && t.Range.First != date.Zero {
			return t, true
		}
	}
	return resolve.Timex{}, false
}

// sequenceOpener is the phrase of sequence-openers that opens toks
// ("Following this", "Subsequently", "The day concluded"), "" for none.
func sequenceOpener(toks []token) string {
	if len(toks) == 0 || !toks[0].Word {
		return ""
	}
	if _, n := sequenceOpeners.match(toks, 0); n > 0 {
		return joinText(toks[:n])
	}
	return ""
}

// sequenceOpeners open a sentence that carries the narrative on from the
// one before, on the same day unless it says otherwise.
var sequenceOpeners *phraseTable[bool]

func init() { sequenceOpeners = phraseSet(vocab.List("sequence-openers")) }

// dateSplitSiblings gives an undated event of a split (see oneByOne) the
// date a sibling got from any rule: "There, he will meet with A, B and
// Israeli President C" are all on the trip's leg that C's country dates.
func (x *extraction) dateSplitSiblings() {
	for _, d := range x.drafts {
		if d.m.When != nil || !d.oneByOne {
			continue
		}
		for _, o := range x.drafts {
			if o != d && o.oneByOne && o.m.When != nil && o.unit == d.unit && o.lo == d.lo && o.hi == d.hi {
				w := *o.m.When
				d.m.When, d.why.date = &w, because("date/one-by-one", w.Text)
				d.m.Source.Explain = w.Explain
				d.onLeg = o.onLeg
				break
			}
		}
	}
}

// subordinateBefore reports a date at k in a subordinate clause that
// ends with a comma before the event word at lo: in "as they plan for
// elections later this year, I will attend the conference" the date is the
// elections'.
func subordinateBefore(u *unit, k, lo int) bool {
	if k >= lo {
		return false
	}
	comma := false
	for j := k + 1; j < lo; j++ {
		if u.toks[j].Text == "," {
			comma = true
		}
	}
	if !comma {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		t := u.toks[j]
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if subordinators[t.Lower] {
			return true
		}
	}
	return false
}

// subordinators open a subordinate clause whose dates are its own: "as
// they plan for elections later this year, …".
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "whereas": true, "because": true, "since": true, "although": true, "though": true, "if": true, "unless": true}

// coordinatedAfter reports a date at k that opens a clause coordinated
// after the event ending at end: ", and tomorrow, I will meet his deputy"
// (a comma and a coordinating word right before the date, a comma right
// after it).
func coordinatedAfter(u *unit, end, k int) bool {
	if k < end+2 || u.toks[k-2].Text != "," || !coordinators[u.toks[k-1].Lower] {
		return false // ", and his delegation on December 8": no clause opens
	}
	for j := k; j < len(u.toks) && u.inTx[j]; j++ {
		if j+1 < len(u.toks) && !u.inTx[j+1] {
			return u.toks[j+1].Text == ","
		}
	}
	return false
}

// coordinators join two clauses after a comma: ", and tomorrow, …".
var coordinators = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// shareOneByOneDate gives the events of one event word, met one by one
// (see oneByOne), the date one of them found: "meetings with the envoys
// of A and B and a delegation of C today" are all today.
func shareOneByOneDate(ds []*draft) {
	for _, d := range ds {
		if d.tx != nil {
			continue
		}
		for _, o := range ds {
			if o != d && o.tx != nil && o.lo == d.lo && o.hi == d.hi {
				d.tx, d.txWhy = o.tx, because("date/one-by-one", o.tx.Text)
				break
			}
		}
	}
}

// shareTripDate gives the date written after the last leg of a trip to
// the legs before it that have none: in "will travel to Kyiv, Berlin and
// Geneva January 18-21" the days are the whole trip's. A date written
// after an earlier leg ("to Kyiv on Monday and to Moscow") stays that
// leg's.
func shareTripDate(ds []*draft) {
	var last *draft
	for _, d := range ds {
		if d.trip != nil {
			last = d
		}
	}
	if last == nil || last.trip == last || last.tx == nil {
		return
	}
	for _, d := range ds {
		if d.trip == last.trip && d != last && d.tx != nil {
			return // a leg with a date of its own: each leg has its day
		}
	}
	for _, d := range ds {
		if d.trip == last.trip && d != last {
			d.tx, d.txWhy = last.tx, because("date/trip", last.tx.Text)
		}
	}
}

// frameTimex is the index in u.txs of a date expression that frames the
// whole sentence: it opens the sentence (after at most a preposition) and
// a comma sets it off ("Last week, …", "On Monday, …"), and the sentence
// reports nobody's words, so the date is not that of a saying. -1 for
// none.
func frameTimex(u *unit) int {
	if len(u.txs) == 0 || u.headline {
		return -1
	}
	k := u.txTok[0]
	if k > 1 || k == 1 && !framePrepositions[u.toks[0].Lower] {
		return -1
	}
	end := k
	for end < len(u.toks) && u.inTx[end] {
		end++
	}
	if end >= len(u.toks) || u.toks[end].Text != "," {
		return -1
	}
	for k, t := range u.toks {
		// brk is cleared inside names: the "States" of "United States"
		// reports nothing.
		if u.brk[k] && reportingVerbs[t.Lower] {
			return -1
		}
	}
	return 0
}

// framePrepositions may open a sentence-framing date: "On Monday, …".
var framePrepositions = vocab.Set("frame-prepositions")

// maxDateDistance is how many words a date expression may stand from the
// event word it dates.
const maxDateDistance = 14

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func tokenDistance(lo, hi, a, b int) int {
	switch {
	case b <= lo:
		return lo - b
	case a >= hi:
		return a - hi
	}
	return 0
}

// reportingDate reports whether the expression at tokens [k, end) dates a
// reporting verb: "said on Sunday", "said in a tweet on Monday", "on
// Monday said".
func reportingDate(u *unit, k, end int) bool {
	for j, n := k-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		t := u.toks[j]
		if reportingVerbs[t.Lower] {
			return true
		}
		if !dateFillers[t.Lower] && !dateFillers[t.Text] {
			break
		}
	}
	for j, n := end, 0; j < len(u.toks) && n < 3; j, n = j+1, n+1 {
		t := u.toks[j]
		if reportingVerbs[t.Lower] {
			return true
		}
		if t.Text != "(" && t.Text != ")" && t.Text != "," && !u.inTx[j] {
			break
		}
	}
	return false
}

func fromTimex(t resolve.Timex) *timeline.MentionDate {
	return &timeline.MentionDate{When: timeline.When{Value: t.Value, Range: *t.Range, Granularity: t.Granularity},
		Basis: timeline.FromText, Text: t.Text, Explain: t.Explain}
}

// completeParticipants gives a one-sided headline mention the other side
// from a mention of the same kind in the article that names both: the headline
// "Telephone conversation with President of Finland Sauli Niinisto" and the
// body "Vladimir Putin had a telephone conversation with President of
// Finland Sauli Niinisto" are one call.
func (x *extraction) completeParticipants() {
	x.completeSummits()
	x.completeHeadlineSessions()
	for i, d := range x.drafts {
		if !x.units[d.unit].headline || d.ref || d.venue || len(d.m.Participants) != 1 || d.m.Participants[0].Type != timeline.PersonParty || d.m.Kind.Family() != timeline.Talks {
			continue
		}
		var best *draft
		bestDist := 1 << 30
		wlo, whi := x.window(i)
		for j := wlo; j < whi; j++ {
			o := x.drafts[j]
			if j == i || o.ref || len(o.m.Participants) < 2 || o.m.Kind.Family() != d.m.Kind.Family() {
				continue
			}
			if !hasParticipant(o.m.Participants, d.m.Participants[0].Name) {
				continue
			}
			if dist := abs(i - j); dist < bestDist {
				best, bestDist = o, dist
			}
		}
		if best != nil {
			for _, p := range best.m.Participants {
				x.addParty(d, p, because("party/other-report", p.Name, x.sentenceText(best)))
			}
			continue
		}
		// The headline names one side ("Telephone conversation with X"),
		// the lead the other ("Y had a telephone conversation with …"):
		// one event, both sides.
		for _, o := range x.drafts[i+1:] {
			if !x.units[o.unit].lead {
				continue
			}
			if o.ref || len(o.m.Participants) != 1 || o.m.Participants[0].Type != timeline.PersonParty || o.m.Kind.Family() != d.m.Kind.Family() || o.m.Participants[0].Name == d.m.Participants[0].Name {
				continue
			}
			lead, head := o.m.Participants[0], d.m.Participants[0]
			x.addParty(o, head, because("party/other-report", head.Name, x.sentenceText(d)))
			d.m.Participants = append([]timeline.Participant{lead}, d.m.Participants...)
			d.why.partyBecause(lead.Name, because("party/lead", lead.Name))
			break
		}
		// A headline that opens with the event ("Telephone conversation
		// with Chancellor X") and a body that reports it in no other
		// words: the subject is the person the body is about.
		if len(d.m.Participants) == 1 && d.lo == 0 {
			if s, ok := x.bodySubject(d.m.Participants[0]); ok {
				d.m.Participants = append([]timeline.Participant{s}, d.m.Participants...)
				d.why.partyBecause(s.Name, because("party/body-subject", s.Name))
			}
		}
	}
}

// referent finds the dated mention that an undated mention with named
// parties refers to: same kind family, the same parties (two shared, or
// all of them when fewer), preferring the same kind, the finest date and
// then the nearest.
func (x *extraction) referent(i int) *draft {
	d := x.drafts[i]
	need := len(d.m.Participants)
	if need > 2 {
		need = 2
	}
	if need == 0 {
		return nil
	}
	var best *draft
	wlo, whi := x.window(i)
	for _, o := range x.drafts[wlo:whi] {
		if o == d || o.m.When == nil || o.m.When.Basis != timeline.FromText || o.m.Kind.Family() != d.m.Kind.Family() {
			continue
		}
		if d.m.Format != "" && o.m.Format != "" && d.m.Format != o.m.Format {
			continue
		}
		if o.inRelative || x.relativeClauseApart(d, o) || x.relativeClauseApart(o, d) {
			continue // "spoke with Tajani, whom he had met in February": another event
		}
		shared := 0
		for _, p := range d.m.Participants {
			if hasParticipant(o.m.Participants, p.Name) {
				shared++
			}
		}
		if shared < need {
			continue
		}
		if best == nil || betterReferent(d, o, best) {
			best = o
		}
	}
	return best
}

func betterReferent(d, a, b *draft) bool {
	if (a.m.Kind == d.m.Kind) != (b.m.Kind == d.m.Kind) {
		return a.m.Kind == d.m.Kind
	}
	if da, db := a.m.When.Range.Days(), b.m.When.Range.Days(); da != db {
		return da < db
	}
	return abs(a.unit-d.unit) < abs(b.unit-d.unit)
}

// antecedent finds what a bare "the call" refers to: the nearest earlier
// mention of that kind (else of its family) that names its parties; the
// headline counts as earlier than the body.
func (x *extraction) antecedent(i int) *draft {
	d := x.drafts[i]
	for pass := 0; pass < 2; pass++ {
		wlo, _ := x.window(i)
		for j := i - 1; j >= wlo; j-- {
			o := x.drafts[j]
			if o.ref || len(o.m.Participants) < 2 {
				continue
			}
			if pass == 0 && o.m.Kind != d.m.Kind || pass == 1 && o.m.Kind.Family() != d.m.Kind.Family() {
				continue
			}
			return o
		}
	}
	return nil
}

// takeDate gives d the date of the mention r it refers to.
func (x *extraction) takeDate(d, r *draft) {
	w := *r.m.When
	w.Basis = timeline.FromReference
	w.Explain = fmt.Sprintf("the same %s as %q, dated by %q", r.m.Kind, clip(x.sentenceText(r), 80), w.Text)
	d.m.When = &w
	d.m.Source.Explain = w.Explain
	d.why.date = because("date/same-event", string(r.m.Kind), x.sentenceText(r))
}

// applyBound narrows the range of a mention dated "earlier this week" that
// happened "ahead of the call": the last day becomes the day before the
// call (or, after the call, the first day its first day).
func (x *extraction) applyBound(i int, d *draft) {
	var r *draft
	wlo, whi := x.window(i)
	for j := i - 1; j >= wlo; j-- {
		o := x.drafts[j]
		if o != d && o.m.Kind == d.boundKind && o.m.When != nil {
			r = o
			break
		}
	}
	if r == nil {
		for j := i + 1; j < whi; j++ {
			if o := x.drafts[j]; o.m.Kind == d.boundKind && o.m.When != nil {
				r = o
				break
			}
		}
	}
	if r == nil {
		return
	}
	w := *d.m.When
	switch d.bound {
	case boundBefore:
		last := r.m.When.Range.First - 1
		if last < w.Range.First || last >= w.Range.Last {
			return
		}
		w.Range.Last = last
		w.Explain += fmt.Sprintf("; before the %s of %s, so on or before %s", r.m.Kind, r.m.When.Range.First, last)
	case boundAfter:
		first := r.m.When.Range.First
		if first <= w.Range.First || first > w.Range.Last {
			return
		}
		w.Range.First = first
		w.Explain += fmt.Sprintf("; after the %s of %s, so on or after %s", r.m.Kind, first, first)
	}
	d.m.When = &w
	d.m.Source.Explain = w.Explain
}

// setStatus decides the status: the clause's cue words, else a date after
// the anchor means planned, else occurred.
func (x *extraction) setStatus(d *draft) {
	cue := func(rule string) reason {
		if d.cueWhy.set() {
			return d.cueWhy
		}
		return because(rule, d.cueWord)
	}
	switch d.cue {
	case timeline.Cancelled:
		d.m.Status, d.why.status = d.cue, cue("status/cancelled")
		return
	case timeline.Postponed:
		d.m.Status, d.why.status = d.cue, cue("status/postponed")
		return
	}
	if d.m.When != nil && d.m.When.Range.First > x.anchor.Date {
		d.m.Status, d.why.status = timeline.Planned, because("status/future-date", d.m.When.Value, x.anchor.Date.String())
		return
	}
	if d.cue == timeline.Planned && (d.m.When == nil || d.m.When.Range.Last >= x.anchor.Date || d.m.When.Basis != timeline.FromText) {
		d.m.Status, d.why.status = timeline.Planned, cue("status/planned")
		return
	}
	d.m.Status, d.why.status = timeline.Occurred, because("status/occurred")
}

func (x *extraction) sentenceText(d *draft) string {
	u := &x.units[d.unit]
	return strings.TrimSpace(u.text[u.start:u.end])
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// completeSummits gives a headline summit mention the parties of the body's
// mention of the same summit: the headline "Participation in the APEC
// Leaders' Meeting" names the organisation, the body "X participated in
// the APEC Leaders' Meeting" names X too.
func (x *extraction) completeSummits() {
	for i, d := range x.drafts {
		if !x.units[d.unit].headline || d.ref || d.m.Kind != timeline.Summit || len(d.m.Participants) == 0 {
			continue
		}
		wlo, whi := x.window(i)
		for j := wlo; j < whi; j++ {
			o := x.drafts[j]
			if j == i || o.ref || o.m.Kind != timeline.Summit || len(o.m.Participants) <= len(d.m.Participants) {
				continue
			}
			all := true
			for _, p := range d.m.Participants {
				all = all && hasParticipant(o.m.Participants, p.Name)
			}
			if all {
				for _, p := range o.m.Participants {
					x.addParty(d, p, because("party/session", p.Name))
				}
				break
			}
		}
	}
}
