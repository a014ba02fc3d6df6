package extract

import (
	"slices"
	"strconv"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file spreads the day of a visit over the length written before
// its noun ("arrived on Monday for a three-day visit"), from its first or
// its last day.

// spanTripLength stretches the one day of a visit over the length written
// before its noun, read by the resolver as a duration: "arrived on Monday
// for a three-day visit" is Monday to Wednesday, and "returned today,
// concluding his three-day visit" the three days ending today.
func (x *extraction) spanTripLength(u *unit, d *draft) {
	if d.m.Kind != timeline.Visit || d.tx == nil || d.tx.Range == nil || d.tx.Range.First != d.tx.Range.Last {
		return
	}
	days, length, last, arrival := x.tripLength(u, d)
	if days == 0 || !last && !arrival {
		return // "met X on Friday during a three-day visit": which day of it?
	}
	span := *d.tx
	var which string
	span.Range, which = lengthRange(d.tx.Range.First, days, last)
	span.Value = span.Range.First.String()
	d.tx, d.txWhy = &span, because("date/trip-length", span.Text, which, length)
}

// lengthRange is the range of days days long of which day is the first,
// or the last when last is true, and which of the two it is.
func lengthRange(day date.Date, days int, last bool) (*resolve.Range, string) {
	if last {
		return &resolve.Range{First: day - date.Date(days-1), Last: day}, "last"
	}
	return &resolve.Range{First: day, Last: day + date.Date(days-1)}, "first"
}

// tripLength reads the length in days written before the noun of the
// visit d ("a three-day official visit"), with its text; whether the
// clause ends the trip on its day (a word of trip-end-words: "concluding
// his three-day visit"); and whether d's event word is a verb of arrival
// or travel whose day starts the visit ("arrived in Lima on Monday for a
// three-day visit"), or a word of trip-start-words says the day is the
// first ("begins a three-day visit on Monday", "a three-day visit
// starting Monday"). days is 0 when no length of two days or more is
// written.
func (x *extraction) tripLength(u *unit, d *draft) (days int, length string, last, arrival bool) {
	noun := d.lo // the visit noun's phrase ("official visit") starts the trigger
	if !slices.ContainsFunc(u.toks[d.lo:d.hi], func(t token) bool { return tripNouns[t.Lower] }) {
		// "arrived in Lima on Monday for a three-day visit": the length
		// is that of the visit noun later in the clause.
		words := 0
		for noun = d.hi; noun < len(u.toks) && words < maxLengthReach*2 && !u.brk[noun] && !tripNouns[u.toks[noun].Lower]; noun++ {
			if !u.inTx[noun] {
				words++ // "will leave for India tomorrow (15) on a …": a date's words are one step
			}
		}
		if noun >= len(u.toks) || !tripNouns[u.toks[noun].Lower] {
			return 0, "", false, false
		}
		arrival = true
	}
	days, length, from := x.lengthBefore(u, noun, maxLengthReach)
	if days == 0 {
		return 0, "", false, false
	}
	for k := max(0, min(d.lo, from)-maxLengthReach); k < noun; k++ {
		if tripEndWords[u.toks[k].Lower] {
			return days, length, true, false
		}
		if tripStartWords[u.toks[k].Lower] || departureVerbs[u.toks[k].Lower] {
			return days, length, false, true // "begins a three-day state visit on Monday", "left for India yesterday on a three-day visit"
		}
	}
	for k := d.lo - 1; k >= 0 && k >= d.lo-maxDepartureGap; k-- {
		if u.brk[k] {
			break
		}
		if u.toks[k].Lower == "for" && departedBefore(u, k) {
			return days, length, false, true // "will leave for India tomorrow (15) on a three-day state visit"
		}
	}
	if d.tx != nil {
		// "will pay a three-day visit starting Monday", "a three-day
		// visit that began on Wednesday", "…, which ends on Friday": the
		// word before the date (and its "on") says it is the first or
		// the last day.
		for k := noun + 1; k < len(u.toks) && u.toks[k].Start < d.tx.Start; k++ {
			next := k + 1
			if next < len(u.toks) && u.toks[next].Lower == "on" {
				next++
			}
			if u.toks[k].End > d.tx.Start || next >= len(u.toks) || u.toks[next].Start < d.tx.Start {
				continue
			}
			switch w := u.toks[k].Lower; {
			case tripStartWords[w], w == "from" && !spanAfter(u, d.tx.End):
				// ("a two-day visit to the UAE from January 6": a "from"
				// with no end after it gives the first day)
				return days, length, false, true
			case tripEndWords[w] && w != "after":
				return days, length, true, false
			}
		}
	}
	return days, length, false, arrival
}

// dayCount reads a duration in days, "P3D"; ok is false for others.
func dayCount(value string) (int, bool) {
	if len(value) < 3 || value[0] != 'P' || value[len(value)-1] != 'D' {
		return 0, false
	}
	n, err := strconv.Atoi(value[1 : len(value)-1])
	return n, err == nil && n > 0 && n <= maxTripDays
}

// maxTripDays bounds the length of a visit read from its noun phrase.
const maxTripDays = 31

// perfectBefore is the index of the "has" or "have" of a present perfect
// right before the verb at k ("a tour that has taken her to Jordan"), past
// one adverb ("has also taken"); -1 for none.
func perfectBefore(u *unit, k int) int {
	j := k - 1
	if j >= 1 && perfectAdverbs[u.toks[j].Lower] {
		j--
	}
	if j >= 0 && (u.toks[j].Lower == "has" || u.toks[j].Lower == "have") {
		return j
	}
	return -1
}

// perfectAdverbs are vocab's perfect-adverbs: "also", "already".
var perfectAdverbs = vocab.Set("perfect-adverbs")

// spanAfter reports a word of span-words ("to", "until", a dash) right
// after byte offset end: "from January 6 to 8".
func spanAfter(u *unit, end int) bool {
	k := u.tokenFrom(end)
	return k < len(u.toks) && spanWords[u.toks[k].Lower]
}
