package extract

import (
	"fmt"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

// This file reads a day written as the heading of a paragraph, as
// schedules and diaries write it:
//
//	MONDAY: Chilean President Pedro Salas begins a three-day visit to Spain.
//	THURSDAY-FRIDAY: G7 finance ministers gather in Stresa, Italy.
//
// The heading dates every event of its paragraph that has no date of its
// own.

// maxHeadingTokens is how many tokens a heading may take before its colon:
// "THURSDAY-FRIDAY", "Monday, May 13".
const maxHeadingTokens = 6

// isDayHeading reports a unit that is a day heading and its colon alone
// (see dayHeading, which splits it from the sentence it heads).
func isDayHeading(u *unit) bool {
	n := len(u.toks)
	return !u.headline && n >= 2 && u.toks[n-1].Text == ":" && dayHeading(u.toks, 0, n-1)
}

// headingDay is the day or days that open u, the first sentence of its
// paragraph, set off by a colon: a date expression, or two joined as a
// span, and nothing else before the colon.
func headingDay(u *unit) (resolve.Timex, bool) {
	if len(u.txs) == 0 || u.txTok[0] != 0 || u.txs[0].Range == nil {
		return resolve.Timex{}, false
	}
	colon := -1
	for k := 0; k < len(u.toks) && k <= maxHeadingTokens; k++ {
		if u.toks[k].Text == ":" {
			colon = k
			break
		}
		if !u.inTx[k] && u.toks[k].Word && u.toks[k].Lower != "to" && u.toks[k].Lower != "and" {
			return resolve.Timex{}, false // words of a sentence, not a heading
		}
	}
	if colon < 0 {
		return resolve.Timex{}, false
	}
	tx := u.txs[0]
	if span, ok := dateSpan(u, 0); ok {
		tx = span // "THURSDAY-FRIDAY"
	}
	return tx, true
}

// dateByHeading dates the events of a paragraph headed by a day (see
// headingDay) that have no date of their own, on either side of the
// anchor: a schedule tells what is to come as well as what was
// (date/heading).
func (x *extraction) dateByHeading() {
	for _, d := range x.drafts {
		u := &x.units[d.unit]
		if d.m.When != nil || d.ref || u.headline {
			continue
		}
		first := d.unit
		for first > 0 && !x.units[first-1].headline && x.units[first-1].para == u.para {
			first--
		}
		tx, ok := headingDay(&x.units[first])
		if !ok {
			continue
		}
		own := tx // (a copy per draft, only when a heading dates it)
		d.tx, d.txWhy = &own, because("date/heading", tx.Text)
		x.spanTripLength(u, d) // "MONDAY: X begins a three-day visit to Spain"
		d.m.When = fromTimex(*d.tx)
		if first != d.unit {
			d.m.When.Basis = timeline.FromReference
		}
		d.m.When.Explain = fmt.Sprintf("the paragraph's heading names the day (%q): %s", tx.Text, tx.Explain)
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = d.txWhy
	}
}
