package extract

import (
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

// gappedDrafts reads an event told a second time with its verb left out
// (gapping): "held talks with A on Monday and with B on Tuesday", "met A
// on Monday, and B on Tuesday". After the event's other party and its
// date, "and" (with the event's preposition, if any), another party and
// a date of its own tell the same kind of event of the same subject with
// that party (party/gapped). A date on each side is what tells the two
// apart ("met A and B on Monday" is one meeting), or a word of
// sequence-adverbs after "and" ("spoke with A, and later with B",
// "called A and then B on Wednesday", both on that day).
func (x *extraction) gappedDrafts(ui, before int) {
	u := &x.units[ui]
	n := len(x.drafts)
	for i := before; i < n; i++ {
		d := x.drafts[i]
		if d.ref || d.m.Kind == timeline.Visit || d.generic || d.hypothetical || len(d.m.Participants) < 2 {
			continue
		}
		if repeats := x.repeatedDrafts(d, u); len(repeats) > 0 {
			x.drafts = append(x.drafts, repeats...) // "met A on Monday in Lima and again on Wednesday in Arica"
			continue
		}
		_, k := placeAdjunctAt(u, max(d.hi, d.end)) // "met A in La Paz on Thursday, and …"
		j := afterDateAdjunct(u, k)
		dated := j > k
		if j+1 >= len(u.toks) {
			continue
		}
		if u.toks[j].Text == "," {
			j++
		}
		if j+1 >= len(u.toks) || u.toks[j].Lower != "and" {
			continue
		}
		j++
		sequenced := sequenceAdverbs[u.toks[j].Lower]
		if sequenced {
			j++ // "and later with B", "called A and then B": a second event told after the first
		} else if !dated {
			continue // no date of the first event's own, no word of sequence: "met A and B" is one meeting
		}
		if j < len(u.toks) && withWords[u.toks[j].Lower] {
			j++
		}
		if j >= len(u.toks) || u.entAt[j] == 0 {
			continue
		}
		g := forwardGroup(u, j, 0)
		if len(g) == 0 || slices.ContainsFunc(g, func(e entity) bool { return !e.party() && e.Kind != entCountry }) {
			continue
		}
		place, end := placeAdjunctAt(u, g[len(g)-1].Hi) // "and B in Quito on Tuesday"
		ownDated := end < len(u.toks) && inDate(u, end)
		if !ownDated && !sequenced {
			continue
		}
		one := x.gappedDraft(d, u, k, g, place)
		first, own := k, end
		if !dated && ownDated {
			first = end // "called A and then B on Wednesday": both that day
		} else if dated && !ownDated {
			own = k // "spoke with A on Wednesday, and later with B": later that day
		}
		one.gap = &gapDates{first: d, firstDate: first, ownDate: own}
		x.drafts = append(x.drafts, one)
	}
}

// placeAdjunctAt is the place named after a preposition of place at k
// ("in Lima"), and the index after it; "" and k for none.
func placeAdjunctAt(u *unit, k int) (string, int) {
	if k+1 < len(u.toks) && placePrepositions[u.toks[k].Lower] && u.entAt[k+1] > 0 {
		if p := u.ents[u.entAt[k+1]-1]; p.Kind == entPlace {
			return p.Name, p.Hi
		}
	}
	return "", k
}

// maxRepeatReach is how many words after its event word the "and" of an
// event told again may stand: "met Peruvian President Tomas Reyes on
// Monday in Lima and".
const maxRepeatReach = 14

// repeatedDrafts read the same event told again on other days, with its
// verb and parties left out: "met A on Monday in Lima and again on
// Wednesday in Arica", "held talks with B on Monday and on Thursday",
// "met twice with B, on Monday in Lima and on Wednesday in Arica", "on
// Monday, on Wednesday and on Friday". A date of the first event's own
// stands before the list's first "and" or comma; after each, "again" if
// written, a date and a place of the repeat's own, and after the last
// the clause's end (each event dated by its own words). None otherwise.
func (x *extraction) repeatedDrafts(d *draft, u *unit) []*draft {
	first, j := -1, d.hi
	for ; j < len(u.toks) && j < d.hi+maxRepeatReach; j++ {
		if u.brk[j] || triggerAt(u, j) {
			return nil
		}
		if first < 0 && inDate(u, j) {
			first = j
		}
		if t := u.toks[j]; t.Lower == "and" || t.Text == "," {
			if first >= 0 {
				break
			}
			if t.Text == "," && j+1 < len(u.toks) && inDate(u, j+1) {
				continue // "met twice with B, on Monday in Lima and …"
			}
			return nil
		}
	}
	var repeats []*draft
	for j < len(u.toks) {
		sep := u.toks[j]
		if sep.Lower != "and" && sep.Text != "," {
			break
		}
		k := j + 1
		if sep.Text == "," && k < len(u.toks) && u.toks[k].Lower == "and" {
			k++
		}
		if k >= len(u.toks) {
			break
		}
		if next := u.toks[k].Lower; u.inTx[j-1] && next != "again" && next != "on" {
			return nil // "on 4 and 5 November", "on Monday and Tuesday": one event's days
		}
		if u.toks[k].Lower == "again" {
			k++
		}
		if k >= len(u.toks) || !inDate(u, k) {
			break
		}
		end := afterDateAdjunct(u, k)
		place, after := placeAdjunctAt(u, end)
		one := *d
		one.why = d.why.clone()
		one.lo, one.hi, one.end = k, k+1, after
		one.m.Place, one.why.place = place, reason{}
		if place != "" {
			one.why.place = because("place/preposition", "in", place)
		}
		one.gap = &gapDates{first: d, firstDate: first, ownDate: k}
		repeats = append(repeats, &one)
		j = after
	}
	if len(repeats) == 0 || j < len(u.toks) && u.toks[j].Text != "," && u.toks[j].Text != "." {
		return nil // ("and on Wednesday signed a pact": another clause's date)
	}
	out := make([]*draft, len(repeats))
	for i, one := range repeats {
		out[i] = x.newDraft(one)
	}
	return out
}

// toldAgain reports d an event told again on a day of its own after k
// (repeatedDrafts), or both told again after the same event: "met A on
// Monday, on Wednesday and again on Friday" are three meetings.
func toldAgain(k, d *draft) bool {
	return d.gap != nil && (d.gap.first == k || k.gap != nil && k.gap.first == d.gap.first)
}

// gappedDraft is d told again with the parties g in place of those named
// between its event word and k.
func (x *extraction) gappedDraft(d *draft, u *unit, k int, g []entity, place string) *draft {
	var first []entity
	for _, e := range u.ents {
		if e.Lo >= d.hi && e.Hi <= k {
			first = append(first, e)
		}
	}
	gone := x.participants(nil, first)
	one := *d
	one.why = d.why.clone()
	one.lo, one.hi, one.end = g[0].Lo, g[0].Lo+1, g[len(g)-1].Hi
	one.m.Participants = nil
	one.m.Place, one.why.place = place, reason{}
	if place != "" {
		one.why.place = because("place/preposition", "in", place)
	}
	for _, p := range d.m.Participants {
		if !hasParticipant(gone, p.Name) {
			one.m.Participants = append(one.m.Participants, p)
		}
	}
	word := joinText(u.toks[d.lo:d.hi])
	for _, p := range x.participants(nil, g) {
		x.addParty(&one, p, because("party/gapped", p.Name, word))
	}
	return x.newDraft(&one)
}

// gapDates are where the dates of a gapped event and of the event it
// repeats begin: each is dated by its own ("met A on Thursday, and B on
// Friday"), whichever draft is nearer to which.
type gapDates struct {
	first              *draft
	firstDate, ownDate int // token indexes; firstDate may be "on"
}

// dateGapped gives a gapped event and the event it repeats the dates
// written after each (date/own-clause).
func dateGapped(u *unit, ds []*draft) {
	for _, d := range ds {
		if d.gap == nil {
			continue
		}
		if tx := timexAt(u, d.gap.ownDate); tx != nil {
			d.tx, d.txWhy = tx, because("date/own-clause", tx.Text)
		}
		if tx := timexAt(u, d.gap.firstDate); tx != nil {
			d.gap.first.tx, d.gap.first.txWhy = tx, because("date/own-clause", tx.Text)
		}
	}
}

// timexAt is a copy of the timex of u that starts at token k, or at k+1
// after "on"; nil for none.
func timexAt(u *unit, k int) *resolve.Timex {
	for ti, at := range u.txTok {
		if at == k || at == k+1 && u.toks[k].Lower == "on" {
			tx := u.txs[ti]
			return &tx
		}
	}
	return nil
}
