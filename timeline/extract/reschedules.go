package extract

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// A rescheduled event has two dates in its sentence: the one it was
// planned for and the one it was moved to. "The meeting, originally
// scheduled for Monday, was postponed until January" and "Talks were
// postponed from Thursday to next Tuesday" date the event by its new
// date; the former one says only when it will not take place. The verbs
// that move a date, and the words that lead to the new one, are the
// resolver's (resolve.PostponeVerb), which reads the new date as one
// ahead.

// formerPlanCues and planParticiples say, together, that the date after
// them is the one an event was first planned for: "originally scheduled
// for Monday".
var (
	formerPlanCues  = vocab.Set("former-plan-cues")
	planParticiples = vocab.Set("plan-participles")
)

// rescheduleDate is what a date expression says of a rescheduled event.
type rescheduleDate int8

const (
	notRescheduled rescheduleDate = iota
	formerDate                    // "postponed from Thursday", "originally scheduled for Monday"
	newDate                       // "postponed to next week", "moved until January"
)

// maxRescheduleReach is how many words may stand between a verb of
// resolve.PostponeVerb and the preposition of its date: "postponed their
// planned meeting until January".
const maxRescheduleReach = 5

// rescheduleRole tells whether date expression ti of u is the former
// date or the new date of a rescheduled event, from the words before it,
// and at which token stands the word that says so (-1 for none).
func rescheduleRole(u *unit, ti int) (rescheduleDate, int) {
	k := u.txTok[ti]
	if k < 2 {
		return notRescheduled, -1
	}
	prep := u.toks[k-1].Lower
	if (prep == "for" || prep == "on") && planParticiples[u.toks[k-2].Lower] {
		// "originally scheduled for Monday", "which had first been
		// planned on 9 May"
		for j := k - 3; j >= 0 && j >= k-5; j-- {
			if formerPlanCues[u.toks[j].Lower] {
				return formerDate, j
			}
			if u.brk[j] {
				break
			}
		}
		return notRescheduled, -1
	}
	if v := nowBefore(u, k-1); v >= 0 {
		return newDate, v // "set for Friday, will now take place on Monday"
	}
	switch {
	case prep == "from":
		if v := rescheduleVerbBefore(u, k-2); v >= 0 {
			return formerDate, v
		}
	case resolve.PostponePreposition(prep):
		j := k - 2
		if u.inTx[j] {
			// "from Thursday to next Tuesday": the verb stands before "from"
			for j >= 0 && u.inTx[j] {
				j--
			}
			if j < 0 || u.toks[j].Lower != "from" {
				return notRescheduled, -1
			}
			j--
		}
		if v := rescheduleVerbBefore(u, j); v >= 0 {
			return newDate, v
		}
	}
	return notRescheduled, -1
}

// rescheduleVerbBefore finds a verb of resolve.PostponeVerb at toks[j]
// or before it, with only words of resolve.PostponeParticle between: its
// index, or -1.
func rescheduleVerbBefore(u *unit, j int) int {
	for n := 0; j >= 0 && n <= maxRescheduleReach; j, n = j-1, n+1 {
		w := u.toks[j].Lower
		if resolve.PostponeVerb(w) {
			if w == "put" && (j+1 >= len(u.toks) || u.toks[j+1].Lower != "off") {
				return -1 // ("put off until May"; "put to a vote on Monday" moves nothing)
			}
			return j
		}
		if u.entEnd[j] > 0 && !u.brk[j] {
			// "postponed his visit to Peru until January", "put off talks
			// with Russia until May": the event's party, one step
			if e := u.ents[u.entEnd[j]-1]; e.Lo >= 1 && objectPrepositions[u.toks[e.Lo-1].Lower] {
				j = e.Lo - 1
				continue
			}
		}
		if !resolve.PostponeParticle(w) || u.brk[j] {
			return -1
		}
	}
	return -1
}

// objectPrepositions join an event noun to its party or destination
// inside the object of a verb of postponing (vocab's
// event-object-prepositions): "his visit to Peru", "talks with Russia".
var objectPrepositions = vocab.Set("event-object-prepositions")

// rescheduleMark is what a date expression says of a rescheduled event,
// and the index of the word that says so (-1 for none).
type rescheduleMark struct {
	role rescheduleDate
	verb int
}

// rescheduledDates tells, for each date expression of u, what it says of
// a rescheduled event. A former date counts only when u also gives the
// new one: with none, the former date is all the sentence says of when
// ("the meeting, originally scheduled for Monday, was postponed"), and
// it dates the event as any other.
func rescheduledDates(u *unit, marks []rescheduleMark) []rescheduleMark {
	marks = marks[:0]
	hasNew := false
	for ti := range u.txs {
		role, verb := rescheduleRole(u, ti)
		marks = append(marks, rescheduleMark{role, verb})
		hasNew = hasNew || role == newDate
	}
	if !hasNew {
		for i := range marks {
			marks[i] = rescheduleMark{notRescheduled, -1}
		}
		return marks
	}
	for ti := range u.txs {
		// With a new date, "set for Friday" is the date first planned
		// even with no "originally" before it.
		if k := u.txTok[ti]; marks[ti].role == notRescheduled && k >= 2 && (u.toks[k-1].Lower == "for" || u.toks[k-1].Lower == "on") && planParticiples[u.toks[k-2].Lower] {
			marks[ti] = rescheduleMark{formerDate, k - 2}
		}
	}
	return marks
}

// maxNowReach is how many words may stand between "now" and the
// preposition of the new date: "will now be held in Lima on Monday".
const maxNowReach = 7

// nowBefore finds "now" shortly before the preposition of a date at j,
// with a verb of taking place between ("will now take place on", "will
// now be held in"): the index of "now", or -1.
func nowBefore(u *unit, j int) int {
	if j < 1 || !placePrepositions[u.toks[j].Lower] && u.toks[j].Lower != "on" {
		return -1
	}
	for k := j - 1; k >= 0 && j-k <= maxNowReach; k-- {
		if u.toks[k].Lower == "now" {
			if happenBetween(u, k+1, j) {
				return k
			}
			return -1
		}
		if u.brk[k] {
			return -1
		}
	}
	return -1
}

// happenWords end a verb of taking place (vocab's happen-words): "take
// place", "be held".
var happenWords = vocab.Set("happen-words")

// happenBetween reports a word of happen-words in toks[lo:hi].
func happenBetween(u *unit, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if happenWords[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// markRescheduled makes d, dated by the new date of a rescheduled event
// (its mark m), postponed when no word of its clause gave it another
// status: "The talks have been moved to Friday".
func markRescheduled(u *unit, d *draft, m rescheduleMark) {
	if d.cue != "" && d.cue != timeline.Planned {
		return
	}
	if m.role == newDate {
		d.cue, d.cueWord = timeline.Postponed, u.toks[m.verb].Text
		if broughtForward(u, m.verb) {
			d.cue = timeline.Planned // "brought forward to Monday": still to come, and no later
		}
	}
}

// broughtForward reports a verb of rescheduling at v that moves the event
// earlier: "brought forward", "moved up", "advanced" (vocab's
// advance-words, after the verb or as it).
func broughtForward(u *unit, v int) bool {
	return advanceWords[u.toks[v].Lower] || v+1 < len(u.toks) && advanceWords[u.toks[v+1].Lower]
}

// advanceWords make a verb of rescheduling move an event earlier.
var advanceWords = vocab.Set("advance-words")

// maxPlanPhrase bounds the words of a phrase that tells an event's plan
// between its noun phrase and its predicate ("scheduled for Saturday",
// "that were due to take place in Brussels on Thursday").
const maxPlanPhrase = 14

// predicateAfterPlan reads the predicate of an event noun phrase that a
// phrase of its plan follows, right at hi or after the phrase naming its
// parties (partiesPhraseEnd): a word of plan-participles
// ("A meeting … scheduled for Saturday has been scrapped"), or one after
// "that" or "which" and a finite auxiliary, "been" or not ("Talks … that
// were due to take place in Brussels on Thursday were postponed", "that
// had been planned for …"). The predicate
// opens with the next finite auxiliary; only a cancellation or a
// postponement there is returned, the plan being the phrase's own.
func predicateAfterPlan(u *unit, hi int) (timeline.Status, string) {
	k := partiesPhraseEnd(u, hi) // "A summit between A and B that had been planned for …"
	if k+2 < len(u.toks) && (u.toks[k].Lower == "that" || u.toks[k].Lower == "which") && finiteAuxiliaries[u.toks[k+1].Lower] {
		k += 2
		if k < len(u.toks) && (u.toks[k].Lower == "been" || u.toks[k].Lower == "being") {
			k++ // "that had been planned"
		}
	}
	if k >= len(u.toks) || !planParticiples[u.toks[k].Lower] {
		return "", ""
	}
	for j := k + 1; j < len(u.toks) && j <= k+maxPlanPhrase; j++ {
		t := u.toks[j].Text
		if t == "." || t == ";" || t == ":" || t == "," {
			break
		}
		if finiteAuxiliaries[u.toks[j].Lower] {
			if s, w := statusWithin(u, j, j+3); s == timeline.Cancelled || s == timeline.Postponed {
				return s, w
			}
			break
		}
	}
	return "", ""
}

// maxSubjectPhrase bounds the words of an event noun phrase that is its
// sentence's subject, from the noun to the verb group of its predicate.
const maxSubjectPhrase = 24

// predicateOfSubject reads the predicate of an event noun phrase that
// opens its sentence as the subject ("A planned meeting between the
// foreign ministers of A and B on the sidelines of the summit did not
// take place", "A meeting between A and B planned for Friday in Goa did
// not take place"): past the names, dates, prepositions and words of the
// phrase to the first finite auxiliary, a cancellation or postponement
// there. Only words of a noun phrase may stand before the noun: an
// article, adjectives, a plan's participle, a possessive name ("X's
// visit"); a comma, a verb or a clause break before the auxiliary ends
// the search.
func predicateOfSubject(u *unit, lo, hi int) (timeline.Status, string) {
	for k := 0; k < lo; k++ {
		if u.entAt[k] > 0 {
			k = u.ents[u.entAt[k]-1].Hi - 1
			continue
		}
		if w := u.toks[k].Lower; !(w == "'s" || w == "’s" || w == "a" || w == "an" || w == "the" || planParticiples[w] || eventAdjectives[w]) {
			return "", ""
		}
	}
	for j := hi; j < len(u.toks) && j <= hi+maxSubjectPhrase; j++ {
		t := &u.toks[j]
		switch {
		case u.entAt[j] > 0:
			j = u.ents[u.entAt[j]-1].Hi - 1
			continue
		case u.inTx[j]:
			continue
		case finiteAuxiliaries[t.Lower] || doForms[t.Lower]:
			if s, w := statusWithin(u, j, j+3); s == timeline.Cancelled || s == timeline.Postponed {
				return s, w
			}
			return "", ""
		case !t.Word || u.brk[j] || relativeOpeners[t.Lower] || t.Lower == "that" || t.Lower == "where" || t.Lower == "when" || pastForm(t.Lower) && !planParticiples[t.Lower] ||
			triggerAt(u, j) && !(j > 0 && u.entEnd[j-1] > 0):
			return "", "" // (but "the SCO summit": a noun of the phrase)
		}
	}
	return "", ""
}

// doForms open a negated or emphatic verb group ("did not take place"):
// vocab's do-forms.
var doForms = vocab.Set("do-forms")

// partiesPhraseEnd passes over the phrase that names an event's parties
// right after its noun at hi, opened by a word of withWords or by "of" ("between leaders of Southeast Asian nations
// and the European Union", "with his Peruvian counterpart") when a
// restrictive relative clause follows it: the index of its "that" or
// "which". Else, or when the phrase holds a comma, a verb or a clause
// break, hi.
func partiesPhraseEnd(u *unit, hi int) int {
	if hi >= len(u.toks) || !withWords[u.toks[hi].Lower] && u.toks[hi].Lower != "of" {
		return hi
	}
	for k := hi + 1; k < len(u.toks) && k <= hi+maxPartiesPhrase; k++ {
		t := u.toks[k]
		switch {
		case t.Lower == "that" || t.Lower == "which":
			return k
		case !t.Word && t.Text != "-" && t.Text != "'s", finiteAuxiliaries[t.Lower], u.brk[k], t.Mask&firstTrigger != 0:
			return hi
		}
	}
	return hi
}

// maxPartiesPhrase bounds the words of such a phrase.
const maxPartiesPhrase = 12

// shiftPostponed moves the day of a postponed event by the delay its
// clause gives after the verb of postponement: "The meeting, scheduled
// for Friday, was delayed by a day" is on Saturday, "pushed back by two
// weeks" fourteen days on (date/shifted-by). Only an event dated one day
// by its own text moves; a delay in months or years says no day.
func (x *extraction) shiftPostponed() {
	for _, d := range x.drafts {
		w := d.m.When
		if d.cue != timeline.Postponed || w == nil || w.Basis != timeline.FromText || w.Range.First != w.Range.Last {
			continue
		}
		u := &x.units[d.unit]
		days, at, end := postponedBy(u, d.lo)
		if days == 0 {
			continue
		}
		phrase := joinText(u.toks[at:end])
		moved := timeline.Day(w.Range.First + date.Date(days))
		d.m.When = &timeline.MentionDate{When: moved, Basis: timeline.FromText, Text: w.Text,
			Explain: fmt.Sprintf("%s, %s: %d day(s) on", w.Explain, phrase, days)}
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/shifted-by", phrase, w.Text)
	}
}

// postponedBy reads, in the clause of the event word at lo, a verb of
// resolve.PostponeVerb and "by" a count of days or weeks ("delayed by a
// day", "postponed by two weeks"): the delay in days, and the span of the
// phrase from the verb; 0 days for none.
func postponedBy(u *unit, lo int) (days, at, end int) {
	for k := lo; k+3 < len(u.toks) && k < lo+maxDelayReach; k++ {
		if u.brk[k] && k > lo {
			break
		}
		if !resolve.PostponeVerb(u.toks[k].Lower) {
			continue
		}
		j := k + 1
		for j < len(u.toks) && j <= k+2 && u.toks[j].Lower != "by" && !u.brk[j] {
			j++ // "pushed back by", "delayed again by"
		}
		if j+2 >= len(u.toks) || u.toks[j].Lower != "by" {
			return 0, -1, -1
		}
		n := delayCount(u.toks[j+1])
		per := delayUnits[u.toks[j+2].Lower]
		if n == 0 || per == 0 {
			return 0, -1, -1
		}
		return n * per, k, j + 3
	}
	return 0, -1, -1
}

// delayCount is the number a word of a delay gives: "a", "an", a word of
// offset-counts or digits; 0 for none.
func delayCount(t token) int {
	if n := spelledCount(t.Lower); n > 0 {
		return n
	}
	if isDigits(t.Text) && len(t.Text) <= 2 {
		n, _ := strconv.Atoi(t.Text)
		return n
	}
	return 0
}

// delayUnits are the units of a delay that keep a day, in days.
var delayUnits = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7}

// maxDelayReach is how many words after the event word the verb of its
// delay may stand: "The meeting …, scheduled for Friday, was delayed by a
// day".
const maxDelayReach = 24

// statusFromLaterRef gives an event the change a back reference told
// right after it in its sentence says happened to it: "X had been due to
// visit Washington this month but the trip was pushed back to July" is
// the visit, postponed to July; "was scheduled to visit Lima on Monday,
// but the visit was cancelled" is cancelled (status/told-after). The
// reference opens the clause after "but" or "and", and names the event by
// a noun of its kind; it is then no mention of its own.
func (x *extraction) statusFromLaterRef() {
	told := map[*draft]bool{}
	defer func() {
		if len(told) > 0 {
			x.drafts = slices.DeleteFunc(x.drafts, func(d *draft) bool { return told[d] })
		}
	}()
	for i, d := range x.drafts {
		if !d.ref || d.cue != timeline.Postponed && d.cue != timeline.Cancelled {
			continue
		}
		u := &x.units[d.unit]
		if !laterClauseRef(u, d.lo) {
			continue
		}
		var r *draft
		for j := i - 1; j >= 0 && x.drafts[j].unit == d.unit; j-- {
			if o := x.drafts[j]; !o.ref && o.m.Kind.Family() == d.m.Kind.Family() && o.hi <= d.lo {
				r = o
				break
			}
		}
		if r == nil {
			continue
		}
		told[d] = true
		if r.cue == d.cue {
			continue
		}
		ref := joinText(u.toks[d.lo:d.hi])
		r.cue, r.cueWord, r.cueWhy = d.cue, d.cueWord, because("status/told-after", d.cueWord, ref)
		if w := d.m.When; d.cue == timeline.Postponed && w != nil && w.Basis == timeline.FromText {
			moved := *w
			r.m.When = &moved
			r.why.date = because("date/told-after", w.Text, ref)
		}
	}
}

// laterClauseRef reports a back reference at lo that opens a clause after
// "but" or "and" ("…, but the trip was pushed back"): "the" or a
// possessive, and the event noun.
func laterClauseRef(u *unit, lo int) bool {
	if lo < 2 || !definiteRefs[u.toks[lo-1].Lower] && !possessives[u.toks[lo-1].Lower] {
		return false
	}
	w := u.toks[lo-2].Lower
	return w == "but" || w == "and"
}
