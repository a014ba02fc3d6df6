package extract

import "github.com/dateline/dateline/timeline"

// This file dates gatherings named side by side ("the ASEAN-India Summit
// and the East Asia Summit in Jakarta on Friday"), events coordinated
// with each other, and a gathering and the events on its sidelines.

// shareCoordinatedDates gives a gathering with no date of its own the
// date of the gathering coordinated with it after "and" in the sentence u
// (ds are its drafts): in "on the sidelines of the ASEAN-India Summit and
// the East Asia Summit in Jakarta on Friday" the date after both names
// dates both (date/coordinated).
func shareCoordinatedDates(u *unit, ds []*draft) {
	for i, o := range ds {
		if o.m.Kind != timeline.Summit || o.tx != nil || o.ref {
			continue
		}
		for _, d := range ds[i+1:] {
			if d.m.Kind == timeline.Summit && d.tx != nil && d.lo > o.hi && coordinatedBefore(u, o.hi, d.lo) {
				tx := *d.tx
				o.tx, o.txWhy = &tx, because("date/coordinated", tx.Text)
				if o.cue == "" {
					o.cue, o.cueWord, o.cueWhy = d.cue, d.cueWord, d.cueWhy
				}
				break
			}
		}
	}
}

// shareVerbDate gives an event verb right after "and" with no date of its
// own the day, written right before "and", of the event its clause told
// before it, whose verb it is coordinated with: "concluded his visit to
// Peru on Wednesday and flew to Bolivia" flew that Wednesday
// (date/coordinated-verb). Only a day: a span or a month tells no order.
func shareVerbDate(u *unit, ds []*draft) {
	for i, d := range ds {
		if d.tx != nil || d.ref || d.lo < 2 || u.toks[d.lo-1].Lower != "and" || !u.inTx[d.lo-2] {
			continue // (the day ends right before "and")
		}
		for j := i - 1; j >= 0; j-- {
			o := ds[j]
			if o.tx == nil || o.tx.Range == nil || o.tx.Range.First != o.tx.Range.Last || o.hi > d.lo || o.tx.End < u.toks[d.lo-2].End || clauseBreakBetween(u, o.hi, d.lo-1) {
				continue
			}
			tx := *o.tx
			d.tx, d.txWhy = &tx, because("date/coordinated-verb", tx.Text, u.toks[d.lo].Text)
			break
		}
	}
}

// coordinatedBefore reports that the tokens from hi to lo join two names
// of gatherings: "and" and what may open the second ("the 18th"), no
// clause break.
func coordinatedBefore(u *unit, hi, lo int) bool {
	and := false
	for k := hi; k < lo; k++ {
		t := &u.toks[k]
		switch {
		case t.Lower == "and":
			and = true
		case isClauseBreak(t):
			return false
		case t.Lower == "the" || ordinalWords[t.Lower] || isOrdinalNumber(t.Lower):
		default:
			return false
		}
	}
	return and
}

// isOrdinalNumber reports an ordinal written in digits: "18th", "2nd".
func isOrdinalNumber(w string) bool {
	n := len(w)
	if n < 3 || !isDigits(w[:n-2]) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// abs is the absolute value of n: the distance between two tokens.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// shareElaboration gives the event before a participle phrase set off by
// a comma ("X became the first leader to meet Y since the war, holding
// talks in Moscow on Monday") the phrase's day and place when the phrase
// names no other party than its subject, that event's, and the event has
// none of its own: the phrase tells more of that event, in the same
// family of kinds (date/elaboration, place/elaboration). The phrase
// alone, with one party, is no event.
func shareElaboration(u *unit, ds []*draft) {
	for i, d := range ds {
		if d.tx == nil || d.ref || len(d.m.Participants) != 1 || d.lo < 1 || u.toks[d.lo-1].Text != "," {
			continue
		}
		subject := d.m.Participants[0].Name
		if r, ok := d.why.party.get(subject); !ok || r.rule != "party/participle-subject" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := ds[j]
			if o.ref || o.tx != nil || len(o.m.Participants) < 2 || o.m.Kind.Family() != d.m.Kind.Family() || !hasParticipant(o.m.Participants, subject) {
				continue
			}
			tx := *d.tx
			o.tx, o.txWhy = &tx, because("date/elaboration", tx.Text, u.toks[d.lo].Text)
			if o.m.Place == "" && d.m.Place != "" {
				o.m.Place, o.why.place = d.m.Place, because("place/elaboration", d.m.Place, u.toks[d.lo].Text)
			}
			break
		}
	}
}

// shareSidelinesDate gives a gathering with no date of its own the date of
// the event held on its sidelines in its sentence: "met him in February
// on the sidelines of the UN General Assembly" dates the Assembly's
// session too; and the other way round, an event held on the sidelines
// with no date of its own takes the gathering's: "first met on the
// sidelines of the G20 summit in Bali last November".
//
// It gives the gathering the tense of that event too, when its own clause
// has none: in "agreed to meet at the end of December on the sidelines of
// the informal CIS summit" the summit is still to come.
func shareSidelinesDate(ds []*draft) {
	for _, d := range ds {
		if d.sidelines == 0 {
			continue
		}
		for _, e := range ds {
			if v := d.sidelines - 1; v < e.lo || v >= e.hi {
				continue // (the event word may be the last of its phrase: "will hold talks")
			}
			if d.tx == nil && e.tx != nil {
				tx := *e.tx
				d.tx, d.txWhy = &tx, because("date/sidelines", tx.Text)
			} else if e.tx == nil && d.tx != nil && !e.ref {
				// "first met on the sidelines of the G20 summit in Bali
				// last November": the meeting is of the summit's days
				tx := *d.tx
				e.tx, e.txWhy = &tx, because("date/on-sidelines", tx.Text)
			}
			if d.cue == "" && e.cue == timeline.Planned {
				d.cue, d.cueWord, d.cueWhy = e.cue, e.cueWord, because("status/sidelines", e.cueWord)
			}
			break
		}
	}
}
