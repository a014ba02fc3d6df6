package extract

import (
	"fmt"
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
	x.readAttendance()
	x.rejoinOneByOne()
	x.assignTimexes()
	x.completeParticipants()
	x.tripPurposeParties()
	x.hostPurposeParties()
	x.readDelegationHeads() // (after the dates of their own, which keep a process)
	x.readSideHeads()
	x.readSessionChairs()
	x.sinceFirstParties()
	x.returnVisits()
	x.bilateralSummits()
	for _, pass := range datingPasses {
		pass(x)
	}
}

// datingPasses date the drafts, in order: a later pass dates only what the
// earlier ones left undated.
var datingPasses = []func(*extraction){
	(*extraction).dateOwnClause,                 // date/own-clause, sentence-frame, trip, list
	(*extraction).dateByHeading,                 // date/heading: "MONDAY: X begins a visit to Spain"
	(*extraction).shiftPostponed,                // date/shifted-by: "scheduled for Friday, was delayed by a day"
	(*extraction).dateInSpanFromWriting,         // date/in-span: "will visit Peru in two weeks"
	(*extraction).dateLegsByWhereClause,         // date/where-clause: "travel on to Montreal, where … on 30 October"
	(*extraction).dateByEventOffset,             // date/event-offset: "the day before the Council debate"
	(*extraction).dateByFramingEvent,            // date/framing-event: "Before the talks, X held a welcome ceremony"
	(*extraction).dateTripsByDepartureAndReturn, // date/departure-return: "who was to have left April 30 and returned May 6"
	(*extraction).narrowItinerary,               // date/itinerary: the legs of a trip, day by day
	(*extraction).dateTripBounds,                // date/trip-bound: "his trip, which starts tomorrow"
	(*extraction).dateSameEvent,                 // date/same-event: "talks with X" dated elsewhere
	(*extraction).dateDuringEvent,               // date/during-event: "talked during the 2019 summit"
	(*extraction).dateOnBareSidelines,           // date/bare-sidelines: "On the sidelines, X held talks with Y"
	(*extraction).dateTourStop,                  // date/tour-stop: "ended the tour on Thursday with a stop in Paris"
	(*extraction).dateOnTrip,                    // date/during-trip: "In Jerusalem, X met with …"
	(*extraction).dateWhereClause,               // date/during-trip: "will travel to A, where he will …"
	(*extraction).dateSplitSiblings,             // date/one-by-one: the others met with them
	(*extraction).dateAntecedents,               // date/antecedent: "the call"
	(*extraction).dateByWhileClause,             // date/while-clause: "The talks came as X met Y"
	(*extraction).statusFromLaterRef,            // status/told-after: "had been due to visit …, but the trip was pushed back to July"
	(*extraction).dateBySequence,                // date/sequence: "Following this, he met …"
	(*extraction).boundByEvents,                 // "ahead of the call"
	(*extraction).dateByFrame,                   // date/paragraph-frame: "On Wednesday, 19 April, …. Talks with X …"
	(*extraction).setStatuses,
	(*extraction).datePublication,      // date/publication: news of the headline or lead
	(*extraction).dateBySpanFromEvent,  // date/span-from-event: "six weeks after a visit to Moscow"
	(*extraction).dateOnTrip,           // again, for trips dated by publication
	(*extraction).dateRefsByAntecedent, // "The talks …" after news dated by publication
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
			if r := x.referent(i); r != nil && !x.staleForNews(d, r) && !x.plannedAfter(d, r) && !x.otherDayThanLead(d, r) && !x.planForLead(d, r) && !calledOffDone(d, r) && !x.purposeOfDatedTrip(i) && !x.doneForPlan(d, r) && x.toldAsEarlier(d) == x.toldAsEarlier(r) {
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
		// "They spoke on Thursday … The negotiations will take place on
		// January 10": a reference dated outside its antecedent's days is
		// a later session of what the antecedent agreed, with the kind
		// and tense of its own words.
		later := x.laterSession(d, r)
		if later {
			if org := venueOrganisation(&x.units[d.unit], d.hi); org != nil && !hasParticipant(d.m.Participants, org.Name) {
				// "Negotiations are also to be held at the OSCE on
				// January 13": that session is held within the OSCE
				x.addParty(d, timeline.Participant{Name: org.Name, Type: timeline.OrganizationParty}, because("party/venue-organisation", x.units[d.unit].surface(*org), ref))
			}
		}
		if (!d.datedRef && !later || d.datedRef && x.conversationWord(d)) && d.m.Kind != r.m.Kind && (d.m.Kind.Family() == r.m.Kind.Family() || timeline.MergeRuleOf(d.m.Kind, r.m.Kind) == timeline.MergeAlways) {
			// "the leaders continued their discussion": the call it refers
			// to; "their previous conversation took place on November 3":
			// an earlier call
			d.m.Kind, d.why.kind = r.m.Kind, because("kind/antecedent", string(r.m.Kind), ref)
		}
		if d.cue != timeline.Cancelled && d.cue != timeline.Postponed && !later {
			d.cue, d.cueWord, d.cueWhy = r.cue, r.cueWord, because("status/as-antecedent", string(r.m.Kind), ref)
		}
		if d.m.Place == "" && r.m.Place != "" && !d.datedRef && !later {
			d.m.Place, d.why.place = r.m.Place, because("place/antecedent", r.m.Place, string(r.m.Kind), ref)
		}
		if own := d.m.When; own != nil && own.Basis == timeline.FromText {
			if d.datedRef || r.m.When == nil && x.newsOfTheDay(r) && !own.Range.Contains(x.a.Published) {
				// "the November 23 meeting": its own day, another event;
				// so is a later day than the day's news the headline or
				// lead tells ("X meets Y … The consultations will take
				// place on 27 November")
				continue
			}
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

// dateRefsByAntecedent dates a back reference still undated by its
// antecedent, which the publication day has dated since: "The EC and
// Comecon ended talks here … The talks followed an earlier round …".
func (x *extraction) dateRefsByAntecedent() {
	for i, d := range x.drafts {
		if !d.ref || d.m.When != nil {
			continue
		}
		if r := x.antecedent(i); r != nil && r.m.When != nil {
			x.takeDate(d, r)
			d.why.date = because("date/antecedent", string(r.m.Kind), joinText(x.units[d.unit].toks[d.lo:d.hi]))
		}
	}
}

// lastToldBefore is the index in u.txs of the last date told before
// token at, outside quotations, or -1.
func lastToldBefore(u *unit, at int) int {
	last := -1
	for ti, k := range u.txTok {
		if k < at && !insideQuote(u, k) {
			last = ti
		}
	}
	return last
}

// toldDayPast is the last date told before token at (lastToldBefore)
// when it ends before the day before the article's anchor (the clause is
// not the day's news), else nil.
func (x *extraction) toldDayPast(u *unit, at int) *resolve.Timex {
	last := lastToldBefore(u, at)
	if last < 0 || u.txs[last].Range == nil || u.txs[last].Range.Last >= x.anchor.Date-1 || x.a.Published < u.txs[last].Range.First {
		return nil
	}
	return &u.txs[last]
}

// dateEve dates d, the object of "on the eve of", by the day after the
// last single day told before the preposition at ("hosted X in Paris on
// Monday, on the eve of a G20 summit in Rome": the summit opened on
// Tuesday), occurred or planned as that day is or is not after the day
// of writing. It reports whether it did.
func (x *extraction) dateEve(u *unit, d *draft, at int) bool {
	told := lastToldBefore(u, at)
	if told < 0 || u.txs[told].Range == nil || u.txs[told].Range.First != u.txs[told].Range.Last {
		return false
	}
	tx := &u.txs[told]
	day := tx.Range.First + 1
	d.m.When = &timeline.MentionDate{When: timeline.Day(day), Basis: timeline.FromReference, Text: tx.Text,
		Explain: fmt.Sprintf("the day after %s (%s), its eve", tx.Text, tx.Range.First)}
	d.m.Source.Explain = d.m.When.Explain
	d.why.date = because("date/eve-of", tx.Text, day.String())
	if day > x.anchor.Date && d.cue == "" {
		d.m.Status, d.why.status = timeline.Planned, because("status/future-date", day.String(), x.anchor.Date.String())
	}
	return true
}

// plannedBefore is an event of d's sentence told before token at (the
// preposition of time d is the object of) that is planned, or nil.
func (x *extraction) plannedBefore(d *draft, at int) *draft {
	for _, o := range x.drafts {
		if o != d && o.unit == d.unit && o.hi <= at && o.m.Status == timeline.Planned && !o.ref {
			return o
		}
	}
	return nil
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
		if d.m.When != nil || d.m.Status != timeline.Occurred || x.a.Published == date.Zero || d.afterStart {
			continue
		}
		if _, _, _, ok := spanObject(u, d.lo); ok {
			continue // counted from another event: dateBySpanFromEvent
		}
		perfect := -1 // "a tour that has taken her to Jordan and Egypt": legs done by the day of writing
		if first := firstLeg(d); first.unit == d.unit && first.lo+1 < first.hi && carriedPronouns[u.toks[first.lo+1].Lower] {
			if perfect = perfectBefore(u, first.lo); perfect < 0 {
				continue // "a tour that also took him to Japan and Korea": the tour's course, not the day's news
			}
		}
		b, at := timeObject(u, 0, d.lo)
		if b == boundBefore && d.cue == "" {
			if o := x.plannedBefore(d, at); o != nil {
				// "will host X on the eve of the G20 summit": what a plan
				// comes before is still to come too
				if u.toks[at].Lower == "eve" {
					x.dateEve(u, d, at) // "will host X on Thursday, on the eve of …": Friday
				}
				if d.m.Status != timeline.Planned {
					d.m.Status, d.why.status = timeline.Planned, because("status/after-plan", u.toks[at].Text, joinText(u.toks[o.lo:o.hi]))
				}
				continue
			}
		}
		if b != boundNone && lastToldBefore(u, at) >= 0 {
			// "met on Tuesday ahead of a NATO summit": the day told is
			// the meeting's, and the summit still to come (but "after
			// talks with X on Monday" are past, undated). With no day
			// told, both are the day's news ("Remarks Before Their
			// Meeting", "After an audience with X, Y met Z").
			if b == boundBefore && u.toks[at].Lower == "eve" && x.dateEve(u, d, at) {
				continue
			}
			if b != boundBefore || !(u.headline || u.lead) || d.cue != "" {
				continue
			}
			if told := x.toldDayPast(u, at); told != nil && d.lo == at+1 && strings.HasSuffix(u.toks[d.lo].Lower, "ing") {
				// A day told well before the day of writing, and a
				// journey the gerund says came next: done by then ("met X
				// on Monday before flying to Lagos", told on Friday).
				// (An event noun may lie days ahead: "welcomed X on
				// Friday ahead of a summit", told on Monday, is planned.)
				r := resolve.Range{First: told.Range.First, Last: x.a.Published}
				d.m.When = &timeline.MentionDate{When: timeline.When{Value: r.First.String(), Range: r, Granularity: resolve.GranDay},
					Basis: timeline.FromReference, Text: told.Text,
					Explain: fmt.Sprintf("after %s (%s), and done by the day of writing, %s", told.Text, told.Range.First, r.Last)}
				d.m.Source.Explain = d.m.When.Explain
				d.why.date = because("date/after-told-day", told.Text, r.First.String(), r.Last.String())
				continue
			}
			d.m.Status, d.why.status = timeline.Planned, because("status/ahead-of", u.toks[at].Text)
			continue
		}
		p := x.a.Published
		// The headline's and lead's news, or news by a word of its
		// sentence: "who has just returned", "I am pleased to visit".
		rule, at := "date/publication", -1
		if perfect >= 0 {
			rule, at = "date/recent", perfect
		} else if !u.headline && !u.lead {
			if at = recencyCue(u, d.lo); at >= 0 {
				rule = "date/recent"
			} else if at = underWayNow(u, d); at >= 0 {
				rule = "date/under-way"
			} else {
				continue
			}
		}
		if at < 0 {
			d.why.date = because(rule, p.String())
		} else {
			d.why.date = because(rule, u.toks[at].Text, p.String())
		}
		d.m.When = &timeline.MentionDate{When: timeline.Day(p), Basis: timeline.FromPublication,
			Explain: fmt.Sprintf("no date in the text; reported as news in an article published %s", p)}
		if d.m.Kind == timeline.Visit {
			// "returned home, concluding his three-day visit", as news
			if days, length, last, _ := x.tripLength(u, d); days > 0 && last {
				r, which := lengthRange(p, days, last)
				d.m.When.Range, d.m.When.Value = *r, r.First.String()
				d.why.date = because("date/publication-length", p.String(), which, length)
			} else if rule == "date/recent" {
				recentTrip(d, p, u.toks[at].Text)
			}
		}
		d.m.Source.Explain = d.m.When.Explain
	}
}

// recencyCues make a past event the article's news (vocab's recency-cues).
var recencyCues = vocab.Set("recency-cues")

// pleasureAdjectives and presentCopulas are vocab's pleasure-adjectives
// and present-copulas.
var (
	pleasureAdjectives = vocab.Set("pleasure-adjectives")
	presentCopulas     = vocab.Set("present-copulas")
	occasionNouns      = vocab.Set("occasion-nouns")
	gratitudeWords     = vocab.Set("gratitude-words")
)

// maxGratitudeReach is how many words before the occasion noun the word
// of thanks may stand: "Thank you once again for giving me an".
const maxGratitudeReach = 8

// underWay reports an event word at lo told as under way as the words are
// said: a copula in the present, a word of pleasure-adjectives and "to"
// before it ("I am pleased to visit the Russian Federation", "we are
// delighted to welcome"), or thanks for the occasion of it ("thank you
// for giving me an opportunity to visit Sochi"). It returns the index of
// the adjective or the occasion noun, or -1.
func underWay(u *unit, lo int) int {
	if lo < 3 || u.toks[lo-1].Lower != "to" {
		return -1
	}
	if the := rankInfinitive(u, lo-1); the > 0 && presentCopulas[u.toks[the-1].Lower] {
		return the + 1 // "He is the first U.S. official to visit Japan in five years"
	}
	if occasionNouns[u.toks[lo-2].Lower] {
		// "Thank you once again for giving me an opportunity to visit"
		for k := lo - 3; k >= 0 && k >= lo-2-maxGratitudeReach; k-- {
			if gratitudeWords[u.toks[k].Lower] {
				return lo - 2
			}
			if t := u.toks[k].Text; t == ";" || t == ":" {
				break // ("once again" opens no clause here: the reach bounds it)
			}
		}
		return -1
	}
	a := lo - 2
	if u.toks[a].Lower == "very" || u.toks[a].Lower == "so" {
		a-- // (not "very pleased": the adverb stands before the adjective)
	}
	if k := pleasureCopula(u, a); k < 0 || !presentCopulas[u.toks[k].Lower] {
		return -1
	}
	return a
}

// pleasureDone reports an event told done by a past copula, a word of
// pleasure and "to" before its event word: "I was honored to welcome
// President X", "we were glad to host them". Not a plan.
func pleasureDone(u *unit, lo int) bool {
	if lo < 3 || u.toks[lo-1].Lower != "to" {
		return false
	}
	k := pleasureCopula(u, lo-2)
	return k >= 0 && doneCopulas[u.toks[k].Lower]
}

// pleasureCopula is the index of the word before the word of
// pleasure-adjectives at a, an adverb of degree aside ("am very pleased",
// "was truly honored"): the copula underWay and pleasureDone read the
// tense of. -1 when toks[a] is no such word or nothing stands before it.
func pleasureCopula(u *unit, a int) int {
	if !pleasureAdjectives[u.toks[a].Lower] {
		return -1
	}
	k := a - 1
	if k >= 0 && (u.toks[k].Lower == "very" || u.toks[k].Lower == "so" || u.toks[k].Lower == "truly") {
		k--
	}
	return k
}

// doneCopulas are the copulas in the past before a word of
// pleasure-adjectives (vocab's done-copulas).
var doneCopulas = vocab.Set("done-copulas")

// maxRecencyReach is how many words before an event word its recency cue
// may stand: "who has just returned".
const maxRecencyReach = 2

// recencyCue is the index of the recency cue just before the event word
// at lo, -1 for none: an event told as just past ("has just returned") is
// news of the article's day, dated like the lead's.
func recencyCue(u *unit, lo int) int {
	for k := lo - 1; k >= 0 && k >= lo-maxRecencyReach; k-- {
		if recencyCues[u.toks[k].Lower] {
			return k
		}
		if !u.toks[k].Word {
			return -1
		}
	}
	return -1
}

// assignTimexes gives each date expression of a sentence to the nearest
// event mention in it that has no nearer one, skipping expressions that date a reporting verb
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
		best := x.pairDates(u, ds)
		for di, d := range ds {
			if best[di] >= 0 {
				tx := u.txs[best[di]]
				d.tx, d.txWhy = &tx, because("date/own-clause", tx.Text)
				markRescheduled(u, d, x.buf.rescheduled[best[di]]) // (pairDates read the marks of u)
				if day, phrase, ok := countedFromDate(u, best[di]); ok {
					d.tx, d.txWhy = &day, because("date/counted-from", phrase, tx.Text, day.Value)
				} else if span, phrase, ok := x.deadlineSpan(u, d, best[di]); ok {
					d.tx, d.txWhy = &span, because("date/deadline", phrase, span.Range.First.String(), span.Range.Last.String())
				} else if span, ok := dateSpan(u, best[di]); ok {
					d.tx, d.txWhy = &span, because("date/span", span.Text)
				} else if day, ok := weekdayOfWeek(u, best[di]); ok {
					d.tx, d.txWhy = &day, because("date/weekday-of-week", day.Text)
				}
			}
		}
		aheadWeekdays(u, ds)
		shareSidelinesDate(ds)
		shareCoordinatedDates(u, ds)
		shareVerbDate(u, ds)
		shareElaboration(u, ds)
		dateGapped(u, ds)
		for _, d := range ds {
			if d.tx == nil {
				if ti, rule := nearbyDateOf(u, d); ti >= 0 {
					tx := u.txs[ti]
					d.tx, d.txWhy = &tx, because(rule, tx.Text)
					if place := placeBesideDate(u, u.txTok[ti]); rule == "date/relative-clause" && d.m.Place == "" && place != "" {
						d.m.Place, d.why.place = place, because("place/relative-clause", place) // "which had been scheduled for December 15 in Lima"
					}
				}
			}
			if d.tx == nil {
				x.dateDuringWhich(u, d)
			}
			x.spanTripLength(u, d)
			x.spanGatheringLength(u, d)
			spanMeasuredEvent(u, d)
		}
		shareOneByOneDate(ds)
		shareTripDate(u, ds)
		shareTripDateBefore(u, ds)
		startDayFirstLeg(u, ds, x.anchor.Date)
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

// maxDepartureGap is how many words may stand between the "for" after a
// verb of departure and the visit noun: "will leave for India tomorrow
// (15) on a three-day state visit".
const maxDepartureGap = 14

// maxLengthReach is how many words before a visit noun its length may
// stand: "a three-day official State visit".
const maxLengthReach = 5

// tripEndWords say that the day of a trip's clause is its last (vocab's
// trip-end-words).
var tripEndWords = vocab.Set("trip-end-words")

// shareTripDate gives the date written after the last leg of a trip to
// the legs before it that have none: in "will travel to Kyiv, Berlin and
// Geneva January 18-21" the days are the whole trip's. A date written
// after an earlier leg ("to Kyiv on Monday and to Moscow") stays that
// leg's.
func shareTripDate(u *unit, ds []*draft) {
	var last *draft
	for _, d := range ds {
		if d.trip != nil {
			last = d
		}
	}
	if last == nil || last.trip == last || last.tx == nil || onwardLeg(u, last) {
		return // (nor "to Niger, before flying to Lagos on Tuesday": Tuesday is the onward leg's)
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
	if _, ok := commaAfterDate(u, k, len(u.toks)); !ok {
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

// commaAfterDate is where the date expression that starts at token k of u
// ends, and whether a comma stands there before token hi: the "On Monday,"
// that frames a sentence.
func commaAfterDate(u *unit, k, hi int) (int, bool) {
	end := k
	for end < hi && u.inTx[end] {
		end++
	}
	return end, end < hi && u.toks[end].Text == ","
}

// framePrepositions may open a sentence-framing date: "On Monday, …".
var framePrepositions = vocab.Set("frame-prepositions")

// maxDateDistance is how many words a date expression may stand from the
// event word it dates.
const maxDateDistance = 14

func tokenDistance(lo, hi, a, b int) int {
	switch {
	case b <= lo:
		return lo - b
	case a >= hi:
		return a - hi
	}
	return 0
}

func fromTimex(t resolve.Timex) *timeline.MentionDate {
	return &timeline.MentionDate{When: timeline.When{Value: t.Value, Range: *t.Range, Granularity: t.Granularity},
		Basis: timeline.FromText, Text: t.Text, Explain: t.Explain}
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
	if w := d.m.When; w != nil && w.Basis == timeline.FromText && w.Range.Last >= x.anchor.Date && x.laterWithinDate(d) {
		// "his visit to Washington later this week": the rest of a period
		// that holds the day of writing, which its days begin after (so
		// that the day's own news, "met today", is another event).
		d.m.Status, d.why.status = timeline.Planned, because("status/later-within", w.Text)
		if w.Range.Last > x.anchor.Date && w.Range.First <= x.anchor.Date {
			w.Range.First = x.anchor.Date + 1
		}
		return
	}
	if d.cue == timeline.Planned && (d.m.When == nil || d.m.When.Range.Last >= x.anchor.Date || d.m.When.Basis != timeline.FromText) {
		d.m.Status, d.why.status = timeline.Planned, cue("status/planned")
		return
	}
	d.m.Status, d.why.status = timeline.Occurred, because("status/occurred")
}

// firstLeg is the first leg of the trip d is a leg of, or d.
func firstLeg(d *draft) *draft {
	if d.trip != nil {
		return d.trip
	}
	return d
}

// laterCues open a date expression that means the rest of its period.
var laterCues = vocab.Set("later-cues")

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

// modifiesEventNoun reports a date expression toks[k:end] written inside
// the noun phrase of the event word at lo, between its determiner and the
// noun, with only names between it and the noun: "the May 16 White House
// visit", "a 3 March meeting", or as its possessive: "Friday's meeting".
// It dates that event whatever else is near.
func modifiesEventNoun(u *unit, k, end, lo int) bool {
	if end < lo && u.toks[end].Lower == "'s" {
		end++ // "recalled Friday's meeting": the date's possessive is its determiner
	} else if k == 0 || end > lo || !definiteRefs[u.toks[k-1].Lower] && u.toks[k-1].Lower != "a" {
		return false
	}
	for j := end; j < lo; j++ {
		if !u.toks[j].Cap {
			return false
		}
	}
	return true
}

// relativeAsideEnd returns the token after a relative clause set off by
// commas right after an event word ending at hi ("The talks, which are
// held twice a year, will …"), or after a noun phrase in apposition to
// the event that the verb of its clause follows ("The visit, the first
// since 2015, will begin on Monday"); -1 when none stands there.
func relativeAsideEnd(u *unit, hi int) int {
	if hi+1 >= len(u.toks) || u.toks[hi].Text != "," {
		return -1
	}
	open := u.toks[hi+1].Lower
	apposed := definiteRefs[open] || open == "a" || open == "an"
	if !asideOpeners[open] && !apposed {
		return -1
	}
	for j := hi + 2; j < len(u.toks); j++ {
		switch u.toks[j].Text {
		case ",":
			if apposed && !verbAfterAside(u, j+1) {
				return -1 // "talks with X, the foreign minister, and Y": a list
			}
			return j + 1
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}

// verbAfterAside reports a verb of tense at token k, right after an aside:
// an auxiliary (finite-auxiliaries: "will", "was", "has") or a form the
// resolver reads as past or future ("ended", "opens").
func verbAfterAside(u *unit, k int) bool {
	if k >= len(u.toks) || !u.toks[k].Word || u.toks[k].Cap || u.inTx[k] {
		return false
	}
	w := u.toks[k].Lower
	return finiteAuxiliaries[w] || resolve.IsFutureCue(w) || resolve.IsPastCue(w)
}

// asideOpeners open a relative clause set off by commas (vocab's
// aside-openers).
var asideOpeners = vocab.Set("aside-openers")

// newsOfTheDay reports a mention of the headline or lead with no word of a
// plan: the article's news, which the publication day dates (see
// datePublication).
func (x *extraction) newsOfTheDay(d *draft) bool {
	u := &x.units[d.unit]
	return (u.headline || u.lead) && d.cue != timeline.Planned && x.a.Published != date.Zero
}
