package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// datePair is a date expression of a sentence that may date one of its
// mentions, at a distance of dist words; after: the expression follows
// the event word.
type datePair struct {
	tx, draft, dist int
	after           bool
	shared          bool // the expression also dates the event of the "when" clause after it
}

// pairDates gives each mention of ds, the drafts of sentence u, the
// index of the date expression of u that dates it, or -1. Of every
// (expression, mention) pair the clause allows, the nearest are taken
// first: each expression dates one mention and each mention takes one
// expression. An expression whose nearest mention has a nearer one
// of its own dates the next mention: in "would take place in Geneva
// on January 9–10 and then as part of the Council on January 12"
// the Council takes January 12, so January 9–10 dates the talks.
func (x *extraction) pairDates(u *unit, ds []*draft) []int {
	pairs := x.buf.datePairs[:0]
	marks := rescheduledDates(u, x.buf.rescheduled)
	x.buf.rescheduled = marks
	for ti, tx := range u.txs {
		if marks[ti].role == formerDate {
			continue // "postponed from Thursday to next Tuesday": Thursday dates nothing now
		}
		k := u.txTok[ti]
		end := k
		for end < len(u.toks) && u.toks[end].Start < tx.End {
			end++
		}
		shared := false
		if d := whenClauseDraft(u, ds, end); d >= 0 {
			// "their first meeting since 2019, when they met in
			// Vladivostok": the clause of "when" tells what happened then
			pairs = append(pairs, datePair{tx: ti, draft: d, after: true})
			if k > 0 && periodOpeners[u.toks[k-1].Lower] {
				continue
			}
			// "held talks in Tokyo in February, when X made a visit to
			// Japan": the date is the talks' as well
			shared = true
		}
		if datesNoEvent(u, ds, k, end, marks[ti].role == newDate) {
			continue
		}
		eventBefore := slices.ContainsFunc(ds, func(o *draft) bool { return o.hi <= k }) // an event the date may follow
		aLo, aHi := asideAround(u, k)
		for di, d := range ds {
			if aLo >= 0 && (d.lo < aLo || d.lo >= aHi) && !(d.m.Kind == timeline.Visit && returnIn(u, aLo, aHi)) {
				// "X, who took office in March, met Y on Wednesday": March
				// is the aside's (but "X, who returned to Kyiv on Sunday,
				// also visited A and B": the trip's last day)
				continue
			}
			lo, hi := d.lo, max(d.hi, d.end)
			clo, chi := d.lo, d.hi // the clause is checked from there
			if e := relativeAsideEnd(u, hi); e > 0 && k >= e {
				// "The talks, which are held twice a year, will take
				// place on 27 November": the aside is not between them
				lo, hi, clo, chi = e, e, e, e
			}
			dist := tokenDistance(lo, hi, k, end)
			if modifiesEventNoun(u, k, end, d.lo) {
				dist = 0 // "the May 16 White House visit": the visit's own date
			}
			if settledOn(u, k, end, d.lo) || closesCoordinatedClause(u, end, d.lo) {
				continue // "agreed on Thursday to meet in Lima": the day it was agreed, not the meeting's
			}
			if marks[ti].role == newDate && d.cue == timeline.Postponed {
				// "The meeting, originally scheduled for Monday, was
				// postponed until January": the date it was moved to
				pairs = append(pairs, datePair{tx: ti, draft: di, after: d.lo < k})
				continue
			}
			// A preposition of time (temporal-refs: "ahead of", "after")
			// after the date whose object d is: the date dates the clause
			// the preposition belongs to, and d is only its reference
			// point ("met on Tuesday ahead of a NATO summit").
			bound, at := boundNone, -1
			if end <= d.lo {
				bound, at = timeObject(u, end, d.lo)
			}
			ended := bound == boundAfter && !eventBefore && endedBy(u, k, end, d.lo, at)
			if (dist > maxDateDistance || !sameTimeClause(u, clo, chi, k) && !deadlineAt(u, hi, k)) && !ended || coordinatedAfter(u, hi, k) || subordinateBefore(u, k, d.lo) {
				continue
			}
			if d.trip != nil && d.trip != d && k < d.lo {
				continue // "to A on March 17 and B on March 19": a later leg's date follows it
			}
			if _, _, at, ok := spanObject(u, d.lo); ok && end <= at {
				continue // "agreed on Thursday …, a day after they met": the day counted from, not the meeting's
			}
			if bound != boundNone && !ended {
				continue // "welcomed X on Friday ahead of an Arab League summit": Friday is the welcome's
			}
			if k > hi && datesLaterNoun(u, hi, k, &tx) {
				continue // "spoke with X ahead of the summit in Quito in February": February is the summit's
			}
			if end <= d.lo && eventBefore && sequenceBetween(u, end, d.lo) {
				continue // "met X in Lima on Saturday and then travelled to Quito": Saturday is the meeting's
			}
			pairs = append(pairs, datePair{tx: ti, draft: di, dist: dist, after: d.lo < k, shared: shared && d.lo < k})
		}
	}
	slices.SortFunc(pairs, func(a, b datePair) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if a.after != b.after {
			if a.after {
				return -1 // a date after its event word first: "met X on Monday"
			}
			return 1
		}
		if a.tx != b.tx {
			return a.tx - b.tx
		}
		return a.draft - b.draft
	})
	best := make([]int, len(ds))
	for i := range best {
		best[i] = -1
	}
	used := make([]bool, len(u.txs))
	for _, p := range pairs {
		if best[p.draft] < 0 && (!used[p.tx] || p.shared) {
			best[p.draft], used[p.tx] = p.tx, true
			if other := spanPartner(u, p.tx); other >= 0 {
				used[other] = true // "from June 3 to June 9" dates one event, as one expression
			}
		}
	}
	x.buf.datePairs = pairs
	return best
}

// laterSession reports a back reference d whose own date, read from the
// text, lies outside the days of its antecedent r: outside r's date, or,
// for the news of the day the headline or lead tells undated, another day
// than the publication's ("X meets Y … The consultations will take place
// on 27 November").
func (x *extraction) laterSession(d, r *draft) bool {
	own, rw := d.m.When, r.m.When
	if own == nil || own.Basis != timeline.FromText {
		return false
	}
	if rw == nil {
		return x.newsOfTheDay(r) && !own.Range.Contains(x.a.Published)
	}
	return own.Range.First < rw.Range.First || own.Range.Last > rw.Range.Last
}

// maxTimeObjectReach is how many words the noun phrase of an event after
// a preposition of time may hold before its event word: "ahead of the
// annual Arab League summit".
const maxTimeObjectReach = 8

// maxWhenSubject is how many words may stand between the "when" after a
// date and the event word of its clause: "when the two leaders met".
const maxWhenSubject = 4

// whenClauseDraft is the index in ds of the event told in a clause of
// ", when" right after a date ending at end ("in 2019, when they met in
// Vladivostok"), or -1.
func whenClauseDraft(u *unit, ds []*draft, end int) int {
	if end+2 >= len(u.toks) || u.toks[end].Text != "," || u.toks[end+1].Lower != "when" {
		return -1
	}
	for di, d := range ds {
		if d.lo > end+1 && d.lo-(end+2) <= maxWhenSubject && clauseUnbroken(u, end+2, end+2, d.lo, nil) {
			return di
		}
	}
	return -1
}

// endedBy reports a date at toks[k:end] of a clause that tells an
// outcome, followed by "after" (at j) and the event word at lo, when the
// caller has found no event before the date: in "A and B agreed on
// Friday to restore relations after talks in Beijing" the talks led to
// what was agreed on Friday, which is their day as far as the text says.
// (With an event before the date, "welcomed X on Friday after talks", the
// date is that event's.)
func endedBy(u *unit, k, end, lo, j int) bool {
	if end < len(u.toks) && u.toks[end].Text == "," {
		return false // (nor "On 8 February, following his visits to A and B, X travelled to C": the frame of C)
	}
	for m := end; m < lo; m++ {
		if u.brk[m] && m != j {
			return false // only "after" itself between them
		}
	}
	// The clause tells an outcome of the talks ("agreed", "signed"), the
	// same day's; "left Lima on Sunday after talks" may follow them by days.
	for m := k - 1; m >= 0 && !u.brk[m]; m-- {
		if outcomeVerbs[u.toks[m].Lower] {
			return true
		}
	}
	for m := end; m < j; m++ {
		if outcomeVerbs[u.toks[m].Lower] {
			return true // the wire's order: "A and B on Tuesday signed … after talks"
		}
	}
	return false
}

// outcomeVerbs tell what talks led to (vocab's outcome-verbs): "agreed",
// "signed", "announced".
var outcomeVerbs = vocab.Set("outcome-verbs")

// sequenceWords say that what follows them came after what precedes
// them: "and then travelled", "before heading to" (vocab's
// sequence-words).
var sequenceWords = vocab.Set("sequence-words")

// sequenceBetween reports a word of sequence-words between a date that
// ends at end and the event word at lo, in one sentence: the date is the
// earlier event's, which precedes it.
func sequenceBetween(u *unit, end, lo int) bool {
	for j := end; j < lo; j++ {
		if sequenceWords[u.toks[j].Lower] {
			return true
		}
	}
	return false
}

// datesNoEvent reports a date expression at toks[k:end] that dates no
// event of ds: the start of a period, the day something was called off
// (unless it is the new day of a rescheduled event), the day of a
// reporting verb, the year of a name.
func datesNoEvent(u *unit, ds []*draft, k, end int, newDay bool) bool {
	switch {
	case k > 0 && periodOpeners[u.toks[k-1].Lower]:
		return true // "the first meeting since 2019": a period's start, no event's day
	case !newDay && callOffDate(u, k, end):
		return true // "on Wednesday cancelled a trip to Peru": the day it was called off
	case reportingDate(u, k, end) && !slices.ContainsFunc(ds, func(d *draft) bool { return modifiesEventNoun(u, k, end, d.lo) }):
		return true // ("recalled the March 2019 summit": the summit's own date)
	case countScope(u, ds, k) >= 0 && otherDayIn(u, k):
		return true // "met on Monday, their second meeting this year": the year counts meetings, Monday dates this one
	case premodifiesName(u, k, end) && !slices.ContainsFunc(ds, func(d *draft) bool { return nameRunTo(u, end, d.lo) }) && !atNamedSession(u, k):
		return true // "South Korea's bid to host the 2030 World Expo": the Expo's year, no event's day
	}
	return false
}

// maxOrdinalReach is how many words an ordinal may stand before the event
// noun whose count a period bounds: "their second face-to-face meeting
// this year".
const maxOrdinalReach = 4

// countScope is the index of the ordinal that counts the event told
// right before the period at k, -1 for none: "the third call this month",
// "their second meeting this year" count the events of the period, whose
// own day the clause gives, if anything does.
func countScope(u *unit, ds []*draft, k int) int {
	if k < 2 {
		return -1
	}
	ends := slices.ContainsFunc(ds, func(d *draft) bool { return d.hi == k }) || countedNouns[u.toks[k-1].Lower]
	if !ends {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-1-maxOrdinalReach; j-- {
		if t := u.toks[j]; ordinalWords[t.Lower] || isOrdinalNumber(t.Lower) {
			return j
		}
		if !u.toks[j].Word || u.entAt[j] > 0 {
			return -1
		}
	}
	return -1
}

// countedNouns count the events of a period after an ordinal, as event
// nouns do: "for the third time this year" (vocab's counted-nouns).
var countedNouns = vocab.Set("counted-nouns")

// otherDayIn reports a date expression of the sentence, other than the
// one at k, that names a day: the event's own.
func otherDayIn(u *unit, k int) bool {
	for ti, tx := range u.txs {
		if u.txTok[ti] != k && tx.Range != nil && tx.Granularity == resolve.GranDay {
			return true
		}
	}
	return false
}

// atNamedSession reports a date at k that opens a name after "at the",
// "during the" or "the sidelines of the": the session an event was held
// at, whose year is the event's ("met at the 2015 United Nations General
// Assembly").
func atNamedSession(u *unit, k int) bool {
	if k < 2 || u.toks[k-1].Lower != "the" {
		return false
	}
	switch p := u.toks[k-2].Lower; {
	case p == "at" || p == "during":
		return true
	case p == "of" && k >= 3:
		return u.toks[k-3].Lower == "sidelines" || u.toks[k-3].Lower == "margins"
	}
	return false
}

// planVerbs are vocab's plan-verbs: "agreed", "decided", "pledged".
var planVerbs = vocab.Set("plan-verbs")

// settledOn reports a date at toks[k:end] written between a verb of
// plan-verbs and the "to" of its infinitive, whose event word is at lo
// (right after "to", or after a verb that supports or starts it: "to hold
// talks", "to open accession negotiations"): "agreed on Thursday to meet
// in Lima" dates the agreement, and the meeting is still to come.
func settledOn(u *unit, k, end, lo int) bool {
	to := inceptionInfinitive(u, lo) // "to start talks"
	if lo >= 1 && u.toks[lo-1].Lower == "to" {
		to = lo - 1
	} else if lo >= 2 && u.toks[lo-2].Lower == "to" && eventSupportVerbs[u.toks[lo-1].Lower] {
		to = lo - 2 // "to hold talks"
	}
	if to < end {
		return false
	}
	for j := end; j < to; j++ {
		if u.brk[j] || u.toks[j].Text == "," {
			return false
		}
	}
	v := k - 1
	if v >= 0 && u.toks[v].Lower == "on" {
		v--
	}
	return v >= 0 && planVerbs[u.toks[v].Lower]
}

// premodifiesName reports a date at toks[k:end] written between a
// determiner and a capitalised name, which it modifies: "the 2030 World
// Expo", "the 2024 Olympics". It dates that name's thing, which is no
// event unless an event word of the sentence heads the name (see
// nameRunTo: "the 2019 G20 summit", "the June 2021 Russian-American
// summit").
func premodifiesName(u *unit, k, end int) bool {
	return k > 0 && end < len(u.toks) && (definiteRefs[u.toks[k-1].Lower] || u.toks[k-1].Lower == "a") &&
		u.toks[end].Word && u.toks[end].Cap && !u.inTx[end]
}

// nameRunTo reports the words from end up to the event word at lo as
// capitalised words and hyphens, the rest of the name a date before them
// modifies: "the June 2021 Russian-American summit".
func nameRunTo(u *unit, end, lo int) bool {
	if lo < end || lo > end+maxNameRun {
		return false
	}
	for j := end; j < lo; j++ {
		if t := u.toks[j]; !(t.Word && t.Cap) && !gluedHyphen(u.toks, j) {
			return false
		}
	}
	return true
}

// maxNameRun bounds the capitalised words between a date and the event
// word it modifies.
const maxNameRun = 6

// timeObject finds the preposition of time whose object the event word at
// lo heads, at or after toks[from]: how it bounds the clause's event, and
// where it stands; boundNone when there is none.
func timeObject(u *unit, from, lo int) (refBound, int) {
	for j := lo - 1; j >= from && j >= lo-maxTimeObjectReach; j-- {
		if b, ok := temporalRefs[u.toks[j].Lower]; ok {
			return b, j
		}
		if u.brk[j] {
			return boundNone, -1
		}
	}
	return boundNone, -1
}

// closesCoordinatedClause reports a date ending at end that "and" and a
// lower-case word (a verb coordinated after it) follow, before the event
// at lo: the date closes the clause before, whose event it dates ("first
// met in Bali last November and held talks again in London on April
// 27": November is not the talks').
func closesCoordinatedClause(u *unit, end, lo int) bool {
	return end < lo && end+1 < len(u.toks) && u.toks[end].Lower == "and" && u.toks[end+1].Word && !u.toks[end+1].Cap
}

// datesLaterNoun reports a date tx at token k, after the event ending at
// hi, that belongs to an event noun between them: a period after "in"
// after a noun set apart by a preposition of time ("spoke with X ahead of
// the summit in Quito in February", timeObjectBetween), or any date a
// plan's participle gives its noun ("to prepare for talks scheduled for
// May", plannedForNoun).
func datesLaterNoun(u *unit, hi, k int, tx *resolve.Timex) bool {
	if u.toks[k-1].Lower == "in" && tx.Range != nil && tx.Range.First != tx.Range.Last && timeObjectBetween(u, hi, k) {
		return true
	}
	return plannedForNoun(u, hi, k)
}

// plannedForNoun reports a date at token k that a plan's participle and
// "for" give an event noun standing after the event ending at hi: "spoke
// with X to prepare for talks scheduled for May", "met X before a summit
// originally set for Friday". The participle ties the date to its noun,
// whatever the clause's event is.
func plannedForNoun(u *unit, hi, k int) bool {
	p := k - 2
	if p-1 < hi || u.toks[k-1].Lower != "for" || !planParticiples[u.toks[p].Lower] {
		return false
	}
	n := p - 1
	if formerPlanCues[u.toks[n].Lower] {
		n-- // "talks originally scheduled for May"
	}
	for j := max(hi, n-2); j <= n; j++ {
		if u.toks[j].Mask&firstTrigger == 0 {
			continue
		}
		if info, m := lex.triggers.match(u.toks, j); info.Noun && j+m == n+1 {
			return true
		}
	}
	return false
}

// spanPartner is the other bound of the span that date expression ti of u
// bounds with it ("from June 3 to June 9"; see dateSpan), or -1.
func spanPartner(u *unit, ti int) int {
	if _, ok := dateSpan(u, ti); !ok {
		return -1
	}
	if ti > 0 && spanLink(u, ti-1, ti) {
		return ti - 1 // (dateSpan joins ti with the one before when it can, else the one after)
	}
	return ti + 1
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
			// ("on Wednesday, according to her office": "according to"
			// is no saying with a day of its own; "X, who met Y on
			// Monday, said": the comma closes the relative clause the day
			// is in)
			return t.Lower != "according" && !(j > end && insideAside(u, k))
		}
		if t.Text != "(" && t.Text != ")" && t.Text != "," && !u.inTx[j] {
			break
		}
	}
	return false
}

// callOffDate reports a date at toks[k:end] that dates the calling off
// of an event, not the event: right before a past form of a phrase of
// the statuses table that cancels or postpones ("on Wednesday cancelled
// a planned trip", "on Monday postponed the talks"), or right after one,
// with "on" between ("the summit was scrapped on Wednesday"). A date the
// event was moved to is read before (rescheduledDates).
func callOffDate(u *unit, k, end int) bool {
	offPast := func(at int) (int, bool) {
		s, n := lex.status.match(u.toks, at)
		first := u.toks[at].Lower
		return n, n > 0 && (s == timeline.Cancelled || s == timeline.Postponed) && (pastForm(first) || first == "put")
	}
	if end < len(u.toks) {
		if _, ok := offPast(end); ok {
			return true
		}
	}
	if end < len(u.toks) && possessiveMarks[u.toks[end].Text] {
		return false // "pulled out of next week's summit": the summit's own day
	}
	j := k - 1
	if j >= 0 && u.toks[j].Lower == "on" {
		j--
	}
	for at := j; at >= 0 && at >= j-2; at-- {
		if n, ok := offPast(at); ok && at+n == j+1 {
			return true
		}
	}
	return false
}

// returnIn reports a verb of return-verbs in toks[lo:hi].
func returnIn(u *unit, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if returnVerbs[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// asideAround is the span [lo, hi) of a relative clause set off by commas
// that holds token k: from the opener after the comma ("who", "which") to
// the closing comma, which asideBefore reads back from. -1, -1 when k
// stands in none, or the clause is not closed before the sentence ends.
func asideAround(u *unit, k int) (int, int) {
	for c := k + 1; c < len(u.toks); c++ {
		switch u.toks[c].Text {
		case ",":
			if open := asideBefore(u, c); open >= 0 && open < k {
				return open + 1, c
			}
			return -1, -1
		case ".", ";", ":":
			return -1, -1
		}
	}
	return -1, -1
}

// insideAside reports a token k inside a relative clause, a participle
// phrase or a phrase of time set off by a comma before it: ", who met Y
// on Monday", ", speaking after a meeting with Y on Tuesday", ", after
// talks on Monday".
func insideAside(u *unit, k int) bool {
	for j := k - 1; j > 0; j-- {
		if u.toks[j].Text == "," {
			return false
		}
		if u.toks[j-1].Text == "," && (relativeOpeners[u.toks[j].Lower] || asideParticiple(u.toks[j]) || isTemporalRef(u.toks[j].Lower)) {
			return true // ", who met Y on Monday,", ", speaking after a meeting with Y on Tuesday,", ", after talks on Monday,"
		}
	}
	return false
}

// asideParticiple reports a lower-case word in -ing that opens a
// participle phrase: "speaking", "addressing".
func asideParticiple(t token) bool {
	return t.Word && !t.Cap && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing")
}

// isTemporalRef reports a word that opens a preposition of time
// (temporal-refs-before and -after): "after", "following", "ahead".
func isTemporalRef(w string) bool {
	_, ok := temporalRefs[w]
	return ok
}

// deadlineWords before a date make it the latest day of the event told
// before them: "will travel to Lima before the end of the year", "by
// March". "Before" opens a clause elsewhere ("before leaving for
// Seoul"); before a date it is a preposition.
var deadlineWords = map[string]bool{"before": true, "by": true}

// deadlineAt reports a date at token k right after a word of
// deadlineWords, after the event ending at hi, with no other clause
// break between them: "will travel to Lima before the end of the year".
func deadlineAt(u *unit, hi, k int) bool {
	if k < 1 || k <= hi || !deadlineWords[u.toks[k-1].Lower] || k+1 < len(u.toks) && possessiveMarks[u.toks[k+1].Text] {
		return false
	}
	return clauseUnbroken(u, hi, hi, k-1, simultaneityWords)
}
