package extract

import (
	"fmt"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// This file dates a planned event by the stretch of time from the day of
// writing that its clause gives it: "within the next two weeks", "in the
// coming three months".

// withinOpeners open a stretch that starts at the day of writing, before
// its count: "within two weeks", "within the next two weeks", "in the
// next three months", "over the coming ten days".
var withinOpeners = map[string]bool{"within": true, "in": true, "over": true, "during": true}

// stretchFromNow finds, in the clause of the event word at lo..hi, a
// stretch from the day of writing ("within two weeks", "in the next
// three months") and returns the index of its first word and of the word
// after it, its count and unit; at is -1 for none. "In two weeks" (a
// point two weeks on) is spanFromNow's, and "within" needs no "next".
func stretchFromNow(u *unit, lo, hi int) (at, end, n int, g resolve.Granularity) {
	for k := max(0, lo-maxSpanFromNowReach); k+2 < len(u.toks) && k <= hi+maxSpanFromNowReach; k++ {
		if u.brk[k] && k >= hi {
			break
		}
		if !withinOpeners[u.toks[k].Lower] {
			continue
		}
		j := k + 1
		next := false
		if j+1 < len(u.toks) && u.toks[j].Lower == "the" && (u.toks[j+1].Lower == "next" || u.toks[j+1].Lower == "coming") {
			j, next = j+2, true
		}
		if !next && u.toks[k].Lower != "within" {
			continue // "in two weeks": a point, not a stretch
		}
		count, unitG, ok := countAndUnit(u.toks, j)
		if !ok || count < 1 {
			continue
		}
		return k, j + 2, count, unitG
	}
	return -1, 0, 0, ""
}

// stretchEnd is the last day of a stretch of n units from day.
func stretchEnd(day date.Date, n int, g resolve.Granularity) (date.Date, bool) {
	switch g {
	case resolve.GranDay:
		return day + date.Date(n), true
	case resolve.GranWeek:
		return day + date.Date(7*n), true
	case resolve.GranMonth:
		return day.AddDate(0, n, 0), true
	case resolve.GranYear:
		return day.AddDate(n, 0, 0), true
	}
	return day, false
}

// dateWithinStretch dates a planned event d with no date of its own by a
// stretch from the day of writing in its clause: "will visit Peru within
// the next two weeks", written on 10 December, is 10 to 24 December
// (date/within-stretch). It reports whether it dated d.
func (x *extraction) dateWithinStretch(d *draft, u *unit) bool {
	at, end, n, g := stretchFromNow(u, d.lo, max(d.hi, d.end))
	if at < 0 {
		return false
	}
	first := x.anchor.Date
	last, ok := stretchEnd(first, n, g)
	if !ok {
		return false
	}
	phrase := joinText(u.toks[at:end])
	r := resolve.Range{First: first, Last: last}
	d.m.When = &timeline.MentionDate{When: timeline.When{Value: first.String(), Range: r, Granularity: resolve.GranDay}, Basis: timeline.FromText,
		Explain: fmt.Sprintf("%s: from the day of writing %s to %s", phrase, first, last)}
	d.m.Source.DateText = phrase
	d.m.Source.Explain = d.m.When.Explain
	d.m.Source.DateStart = u.toks[at].Start - u.start
	d.m.Source.DateEnd = u.toks[end-1].End - u.start
	d.why.date = because("date/within-stretch", phrase, first.String(), last.String())
	return true
}

// deadlineSpan is the stretch of a planned event from the day of writing
// to the day before the date ti that "before" puts after it: "will travel
// to Lima before Christmas" (told on 10 December: 10 to 24 December),
// "before March" (to the last day of February), "before the end of the
// year" (to 31 December). "By March" keeps the month its date names, as
// the resolver reads it. It returns the stretch and the words that give
// it; ok is false for no such date, no plan, or a deadline gone by.
func (x *extraction) deadlineSpan(u *unit, d *draft, ti int) (resolve.Timex, string, bool) {
	k, tx := u.txTok[ti], u.txs[ti]
	if d.cue != timeline.Planned || k < 1 || u.toks[k-1].Lower != "before" || k <= d.lo || tx.Range == nil || x.anchor.Date == date.Zero {
		return tx, "", false
	}
	last := tx.Range.First - 1
	if tx.Mod == "END" {
		last = tx.Range.Last // "before the end of the year"
	}
	if last < x.anchor.Date {
		return tx, "", false
	}
	phrase := u.toks[k-1].Text + " " + tx.Text
	r := resolve.Range{First: x.anchor.Date, Last: last}
	tx.Range, tx.Value, tx.Granularity = &r, r.First.String(), resolve.GranDay
	return tx, phrase, true
}

// lengthOpeners before a count make it a length, not a distance: "for
// three days from Monday", "lasting two weeks from today".
var lengthOpeners = map[string]bool{"for": true, "lasting": true, "last": true, "of": true, "over": true}

// countedFromDate reads a count and a unit with "from" before the day ti
// ("a week from Monday", "two weeks from today", "three days from
// tomorrow"), which TimeML tags as a duration and a day: the day that
// many units after it, and the phrase. ok is false otherwise.
func countedFromDate(u *unit, ti int) (resolve.Timex, string, bool) {
	k, tx := u.txTok[ti], u.txs[ti]
	if k < 3 || u.toks[k-1].Lower != "from" || tx.Range == nil || tx.Range.First != tx.Range.Last {
		return tx, "", false
	}
	n, g, ok := countAndUnit(u.toks, k-3)
	if !ok || n < 1 || k >= 4 && lengthOpeners[u.toks[k-4].Lower] {
		return tx, "", false // ("talks lasting three days from Monday": a length from that day)
	}
	day, ok := stretchEnd(tx.Range.First, n, g)
	if !ok {
		return tx, "", false
	}
	phrase := joinText(u.toks[k-3 : k])
	r := resolve.Range{First: day, Last: day}
	tx.Range, tx.Value, tx.Granularity = &r, day.String(), resolve.GranDay
	tx.Text, tx.Start = phrase+" "+tx.Text, u.toks[k-3].Start // (the source's date text covers the count)
	return tx, phrase, true
}

// laterWithin reports a date expression that opens with a phrase of
// later-cues: "later this week", "later today" (not "later that day",
// which a narrative of the past says).
func laterWithin(text string) bool {
	low := strings.ToLower(text)
	for c := range laterCues {
		if strings.HasPrefix(low, c) {
			return true
		}
	}
	return false
}

// laterWithinDate reports d's date as laterWithin does, or as the words
// "later in" right before its expression make it: "later in the week",
// "later in the month", where the expression is "the week".
func (x *extraction) laterWithinDate(d *draft) bool {
	w := d.m.When
	if laterWithin(w.Text) {
		return true
	}
	if d.tx == nil {
		return false
	}
	u := &x.units[d.unit]
	if k := u.tokenFrom(d.tx.Start); k >= 2 && k < len(u.toks) && u.toks[k].Start == d.tx.Start {
		return laterWithin(u.toks[k-2].Lower + " " + u.toks[k-1].Lower + " " + w.Text)
	}
	return false
}
