package extract

import (
	"fmt"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// This file dates an event told as what another comes before: "hosted X
// for dinner on Wednesday ahead of a summit in Lima on Saturday" holds
// the summit after the dinner, whatever the tense of "hosted".

// aheadWeekdays moves the bare weekday that dates an event word which is
// the object of a preposition of temporal-refs-before ("ahead of",
// "before", "prior to") to the first such weekday on or after the day of
// the event the preposition follows in its sentence: the resolver read
// the weekday with the main verb's tense, which tells when the earlier
// event happened, not when the later one does.
func aheadWeekdays(u *unit, ds []*draft) {
	for _, d := range ds {
		if d.tx == nil || d.tx.Range == nil || d.tx.Range.First != d.tx.Range.Last {
			continue
		}
		wd, named := weekdayNames[strings.ToLower(d.tx.Text)]
		if !named {
			continue
		}
		b, at := timeObject(u, 0, d.lo)
		if b != boundBefore {
			continue
		}
		var main *draft
		for _, m := range ds {
			if m != d && m.hi <= at && m.tx != nil && m.tx.Range != nil && m.tx.Range.First == m.tx.Range.Last && m.tx.Start != d.tx.Start {
				main = m // the nearest event before the preposition, with a day of its own
			}
		}
		if main == nil {
			continue
		}
		from := main.tx.Range.First
		if d.tx.Range.First >= from {
			continue // already after it
		}
		day := from + date.Date((int(wd)-int(from.Weekday())+7)%7)
		tx := *d.tx
		tx.Range = &resolve.Range{First: day, Last: day}
		tx.Value = day.String()
		tx.Explain = fmt.Sprintf("%s: the first %s from %s (%s), the day of the event it comes %s", tx.Text, wd, main.tx.Text, from, u.toks[at].Lower)
		d.tx, d.txWhy = &tx, because("date/ahead-of-event", tx.Text, u.toks[at].Lower, main.tx.Text)
	}
}

// timeObjectBetween reports an event noun between the event ending at hi
// and a date at k that is the object of a preposition of time after the
// event ("spoke with X ahead of the summit in Quito in February"): a
// month or longer period after "in" after that noun is the noun's, which
// the preposition sets apart from the clause's event. (A single day, or
// a period without "in", may date either: "spoke with X ahead of the
// summit on Thursday", "spoke with X ahead of the call earlier this
// week".)
func timeObjectBetween(u *unit, hi, k int) bool {
	for j := hi; j < k; j++ {
		if u.brk[j] || u.toks[j].Text == ";" {
			return false
		}
		if u.toks[j].Mask&firstTrigger == 0 {
			continue
		}
		if info, n := lex.triggers.match(u.toks, j); n > 0 && info.Noun {
			if b, _ := timeObject(u, hi, j); b == boundBefore {
				return true
			}
		}
	}
	return false
}
