package extract

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file links the meetings and talks an article reports to the trip
// they took place on. A visit whose reported content is a meeting or
// talks is that meeting or talks, not an event of its own (the
// annotation guide's rule): the leg of the trip is absorbed, and the
// meeting, when the text gives it no date, takes the trip's days. Calls
// are left alone: a call made during a trip need not be with the hosts.

// dateOnTrip links each meeting or talks to the leg of a trip it took
// place on (see tripLegOf): the leg is absorbed by it, and an undated
// meeting takes the leg's date.
func (x *extraction) dateOnTrip() {
	for i, d := range x.drafts {
		leg := x.tripLegOf(i)
		if leg == nil || x.staleLegForNews(d, leg) {
			continue
		}
		d.onLeg = leg
		// The headline, the lead and later sentences may each report the
		// leg: every report of it is absorbed.
		wlo, whi := x.window(i)
		placed := leg // the report of the leg that names its place
		for _, o := range x.drafts[wlo:whi] {
			if o.m.Kind == timeline.Visit && !o.ref && sameParticipants(o.m.Participants, leg.m.Participants) && (o.cue == timeline.Planned) == (leg.cue == timeline.Planned) && !containsDraft(o.absorbedBy, d) &&
				!(o.m.When != nil && leg.m.When != nil && !o.m.When.Range.Overlaps(leg.m.When.Range)) && // (not "the visit of X to India in February", another trip)
				!(o != leg && o.m.When != nil && leg.m.When == nil && o.m.When.Basis == timeline.FromText && !o.m.When.Range.Contains(x.a.Published)) { // (nor "I last visited Moscow in 2019", said on today's visit)
				o.absorbedBy = append(o.absorbedBy, d)
				if placed.m.Place == "" && o.m.Place != "" && d.unit != leg.unit && !alsoBefore(&x.units[o.unit], o.lo) {
					// a headline names the country, the lead the city (but
					// an event told in the leg's own sentence has no other
					// report of it to go by, and "also visited Mumbai" is
					// another stop of the trip)
					placed = o
				}
			}
		}
		if d.m.Place == "" && placed.m.Place != "" && !(datedByOtherEvent(d) && placed.m.When != nil && !d.m.When.Range.Overlaps(placed.m.When.Range)) {
			// (but "arrived in Shanghai on Wednesday" does not place the
			// talks the lead dates on Friday, nor the ceremony held before
			// them: the trip may have gone on elsewhere)
			d.m.Place, d.why.place = placed.m.Place, because("place/during-trip", placed.m.Place, x.sentenceText(placed))
		}
		if _, _, _, counted := spanObject(&x.units[d.unit], d.lo); d.m.When == nil && leg.m.When != nil && !counted {
			// (but "arrived on Sunday, a day before his talks": counted
			// from the arrival, by dateBySpanFromEvent)
			w := *leg.m.When
			w.Basis = timeline.FromReference
			w.Explain = fmt.Sprintf("during the visit of %q, dated by %q", clip(x.sentenceText(leg), 80), w.Text)
			if w.Text == "" {
				w.Explain = fmt.Sprintf("during the visit of %q, reported as news on %s", clip(x.sentenceText(leg), 80), w.Range.First)
			}
			d.m.When = &w
			d.m.Source.Explain = w.Explain
			d.why.date = because("date/during-trip", string(leg.m.Kind), x.sentenceText(leg))
		}
	}
}

// dateWhereClause gives an undated event told in a "where" clause after a
// leg of a trip the leg's day and place: "will travel to San José, Costa
// Rica, where he will support … a Summit of the Alliance …, which will
// include …" (date/during-trip).
func (x *extraction) dateWhereClause() {
	for i, d := range x.drafts {
		if d.m.When != nil || d.ref || d.m.Kind == timeline.Visit {
			continue
		}
		u := &x.units[d.unit]
		var leg *draft
		// The drafts of a sentence are consecutive: look back within it.
		for j := i - 1; j >= 0 && x.drafts[j].unit == d.unit; j-- {
			o := x.drafts[j]
			if o.m.Kind == timeline.Visit && !o.ref && o.m.When != nil && o.end <= d.lo && (leg == nil || o.end > leg.end) {
				leg = o
			}
		}
		if leg == nil || !whereBetween(u, destinationEnd(u, leg.end), d.lo) {
			continue
		}
		w := *leg.m.When
		w.Basis = timeline.FromReference
		w.Explain = fmt.Sprintf("during the visit of %q, dated by %q", clip(x.sentenceText(leg), 80), w.Text)
		d.m.When = &w
		d.m.Source.Explain = w.Explain
		d.why.date = because("date/during-trip", string(leg.m.Kind), x.sentenceText(leg))
		if d.m.Place == "" && leg.m.Place != "" {
			d.m.Place, d.why.place = leg.m.Place, because("place/during-trip", leg.m.Place, x.sentenceText(leg))
		}
	}
}

// destinationEnd is the end of the destination named at k, after a visit's
// event word ("travel to San José"), or k when none is named there.
func destinationEnd(u *unit, k int) int {
	if k < len(u.toks) && u.entAt[k] > 0 {
		if e := u.ents[u.entAt[k]-1]; e.Lo == k && (e.Kind == entPlace || e.Kind == entCountry) {
			return e.Hi
		}
	}
	return k
}

// whereBetween reports "where" right after the destination ending at k
// (", where"), before lo.
func whereBetween(u *unit, k, lo int) bool {
	if k+1 < lo && u.toks[k].Text == "," && u.entAt[k+1] > 0 {
		if e := u.ents[u.entAt[k+1]-1]; e.Kind == entCountry {
			k = e.Hi // "San José, Costa Rica, where …"
		}
	}
	// and the leg's date: "Lima, Peru, on March 19, where …"
	if k+1 < lo && u.toks[k].Text == "," && inDate(u, k+1) {
		k++
	}
	for k < lo && inDate(u, k) {
		k++
	}
	return k+1 < lo && u.toks[k].Text == "," && u.toks[k+1].Lower == "where"
}

// lastLegBefore is the leg of legs in d's sentence written last before
// d's word, else the first of them there; nil for none.
func lastLegBefore(legs []*draft, d *draft) *draft {
	var first, before *draft
	for _, o := range legs {
		if o.unit != d.unit {
			continue
		}
		if first == nil {
			first = o
		}
		if o.lo < d.lo && (before == nil || o.lo > before.lo) {
			before = o
		}
	}
	if before != nil {
		return before
	}
	return first
}

// tripLegOf finds the leg of a trip that the meeting or talks x.drafts[i]
// took place on: a visit, reported in the article near it, whose visitor
// is a party of the meeting, and that is
//   - to the country the meeting is in (its place, or an opening "In
//     Morocco," of its sentence), or
//   - reported in the same sentence ("will travel to Algiers for meetings
//     with …"), or
//   - to the country of another party of the meeting, or
//   - the visitor's only leg in the article, when no other party is of a
//     third country.
//
// The leg must agree with the meeting in time: a trip to come has the
// meetings to come, a trip made those held.
//
// nil when the draft is no such meeting or no leg fits.
func (x *extraction) tripLegOf(i int) *draft {
	d := x.drafts[i]
	if d.ref || d.m.Kind == timeline.Call || d.m.Kind == timeline.Visit || d.m.Kind.Family() != timeline.Talks && d.m.Kind != timeline.Summit || len(d.m.Participants) < 2 {
		return nil
	}
	wlo, whi := x.window(i)
	var legs []*draft
	visitor := ""
	for _, o := range x.drafts[wlo:whi] {
		if o == d || o.ref || o.m.Kind != timeline.Visit {
			continue
		}
		if !x.agreeInTime(o, d) || x.onwardLegAfter(o, d) {
			continue
		}
		if v := tripVisitor(o); v != "" && hasParticipant(d.m.Participants, v) && (visitor == "" || v == visitor) {
			visitor = v
			legs = append(legs, o)
		}
	}
	if len(legs) == 0 {
		return nil
	}
	where := x.locationOf(d)
	others := map[string]bool{}
	for _, p := range d.m.Participants {
		if p.Name == visitor {
			continue
		}
		others[p.Name] = true
		if p.Country != "" {
			others[p.Country] = true
		}
	}
	hostOfOthers := func(o *draft) bool {
		for _, p := range o.m.Participants {
			if p.Name != visitor && others[p.Name] {
				return true
			}
		}
		return false
	}
	for _, fits := range []func(o *draft) bool{
		func(o *draft) bool { return where != "" && hasParticipant(o.m.Participants, where) },
		// In the event's own sentence, the leg to the other party's
		// country ("to Kyiv on Monday and to Moscow on Tuesday for talks
		// with Putin": Moscow), else the leg written last before it.
		func(o *draft) bool { return o.unit == d.unit && where == "" && hostOfOthers(o) },
		func(o *draft) bool { return o.unit == d.unit && where == "" && o == lastLegBefore(legs, d) },
		func(o *draft) bool {
			if where != "" && !hasParticipant(o.m.Participants, where) {
				return false // "welcome … to Moscow" is not on the visit to Mongolia
			}
			return hostOfOthers(o)
		},
	} {
		for _, o := range legs {
			if fits(o) {
				return o
			}
		}
	}
	if where == "" && len(legs) == 1 && !thirdCountry(d, legs[0], visitor) && !x.laterLegAway(d, legs[0], visitor) {
		return legs[0]
	}
	if where == "" {
		if leg := x.legSoFar(i, legs); leg != nil && !thirdCountry(d, leg, visitor) && !x.laterLegAway(d, leg, visitor) {
			return leg
		}
	}
	return nil
}

// legSoFar is the leg the narrative has reached at the meeting
// x.drafts[i]: the leg or the meeting on a leg reported last before it, in
// its own or the three sentences before, or in its own or the paragraph
// before. An itinerary told leg by leg
// ("On 19 March, he will travel on to Djibouti. … During his talks with
// the President, …") sets each meeting on the leg told before it. nil
// when the last report is a sentence of several legs, which says nothing
// of where the traveller is.
func (x *extraction) legSoFar(i int, legs []*draft) *draft {
	d := x.drafts[i]
	wlo, _ := x.window(i)
	for j := i - 1; j >= wlo; j-- {
		o := x.drafts[j]
		if o.unit < d.unit-3 && x.units[o.unit].para < x.units[d.unit].para-1 {
			break
		}
		switch {
		case o.onLeg != nil && slices.Contains(legs, o.onLeg):
			return o.onLeg
		case slices.Contains(legs, o):
			for _, l := range legs {
				if l != o && l.unit == o.unit {
					return nil
				}
			}
			return o
		}
	}
	return nil
}

// agreeInTime reports whether the meeting d may have taken place on the
// leg o: a trip to come has the meetings to come, a trip made those held,
// and a trip under way (the visitor arrived on the day of the report, or
// the day before) the meetings to come that the text sets within it:
// "arrived in New Delhi … As part of his visit, he will have talks with
// the Prime Minister". Without such a frame ("landed in Lima. He is
// expected to meet Reyes later") the visit made and the meeting to come
// stay two events.
func (x *extraction) agreeInTime(o, d *draft) bool {
	if o.m.When != nil && d.m.When != nil && !tripMayHold(o.m.When.Range, d.m.When.Range) {
		return false // "recalled his state visit to India in December" is not this morning's meeting's
	}
	if d.m.When == nil && x.purposeOf(o, d) {
		return true // "is scheduled to arrive in Moscow on April 13 for three days of talks": the trip's
	}
	legPlanned, meetingPlanned := o.cue == timeline.Planned, d.cue == timeline.Planned
	if legPlanned == meetingPlanned {
		return true
	}
	if legPlanned || d.m.When != nil && d.m.When.Basis == timeline.FromText {
		return false
	}
	if !tripFramed(&x.units[d.unit]) {
		return false
	}
	if o.m.When == nil || o.m.When.Basis == timeline.FromPublication {
		return true
	}
	return o.m.When.Range.Last >= x.anchor.Date-1
}

// tripMayHold reports whether a trip dated trip may hold an event dated
// event: their days overlap, or the trip is dated by one day, which may be
// its first ("arrived in Lima on 1 March. The following day, he met …"),
// and the event falls within maxTripDays after it.
func tripMayHold(trip, event resolve.Range) bool {
	if trip.Overlaps(event) {
		return true
	}
	return trip.First == trip.Last && event.First > trip.Last && event.First <= trip.Last+maxTripDays
}

// tripFramed reports a sentence that sets its event within a trip: "As
// part of his working visit, …", "During his stay, …": a word of
// trip-frames, then within three words a noun of trip-nouns; or a noun of
// trip-nouns and "during which": "on a two-day visit during which he will
// hold talks".
func tripFramed(u *unit) bool {
	for k, t := range u.toks {
		if tripNouns[t.Lower] && k+2 < len(u.toks) && u.toks[k+1].Lower == "during" && u.toks[k+2].Lower == "which" {
			return true // "on a two-day visit during which he will hold talks"
		}
		if !tripFrames[t.Lower] {
			continue
		}
		for j := k + 1; j < len(u.toks) && j <= k+4; j++ {
			if tripNouns[u.toks[j].Lower] {
				return true
			}
		}
	}
	return false
}

var (
	// tripFrames open a phrase that sets an event within a trip: "as part
	// of his visit", "during the trip".
	tripFrames = vocab.Set("trip-frames")
	// tripNouns name a trip: "visit", "stay", "tour".
	tripNouns = vocab.Set("trip-nouns")
)

// visitorOf is the person who makes the visit o, "" when it names none.
func visitorOf(o *draft) string {
	for _, p := range o.m.Participants {
		if p.Type == timeline.PersonParty {
			return p.Name
		}
	}
	return ""
}

// tripVisitor is who makes the trip o: its person (visitorOf), or, for a
// side named only by its country ("South Korea's foreign minister will
// visit Washington"), the country of its two that is not where it goes.
func tripVisitor(o *draft) string {
	if v := visitorOf(o); v != "" {
		return v
	}
	ps := o.m.Participants
	if len(ps) != 2 || ps[0].Type != timeline.CountryParty || ps[1].Type != timeline.CountryParty || o.m.Place == "" {
		return ""
	}
	switch names.PlaceCountry(o.m.Place) {
	case ps[1].Name:
		return ps[0].Name
	case ps[0].Name:
		return ps[1].Name
	}
	return ""
}

// locationOf is the country where the event d takes place, as far as its
// sentence says: the country of its place ("In Jerusalem, …"), else the
// country that opens its sentence ("In Morocco, he will meet …"); "" when
// the sentence does not say.
func (x *extraction) locationOf(d *draft) string {
	if d.m.Place != "" {
		if c := names.PlaceCountry(d.m.Place); c != "" {
			return c
		}
	}
	u := &x.units[d.unit]
	for _, e := range u.ents {
		if e.Lo > 3 {
			break
		}
		if (e.Kind == entCountry || e.Kind == entPlace) && e.Lo > 0 && placePrepositions[u.toks[e.Lo-1].Lower] &&
			e.Hi < len(u.toks) && u.toks[e.Hi].Text == "," && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

func containsDraft(ds []*draft, d *draft) bool {
	for _, o := range ds {
		if o == d {
			return true
		}
	}
	return false
}

// dateLegsByWhereClause dates a leg of a trip that has no date of its own
// by the date of its "where" clause: "he will travel on to Montreal, where
// a conference will be held on 30 October" is in Montreal on 30 October
// (date/where-clause): the last date of that clause, before its full stop,
// that is not part of a name.
func (x *extraction) dateLegsByWhereClause() {
	for _, d := range x.drafts {
		if d.m.Kind != timeline.Visit || d.ref || d.m.When != nil || d.tx != nil {
			continue
		}
		u := &x.units[d.unit]
		k := max(d.hi, d.end)
		for k < len(u.toks) && (u.toks[k].Lower == "to" || u.toks[k].Lower == "the") {
			k++ // "travel on to Montreal"
		}
		k = destinationEnd(u, k)
		if !whereBetween(u, k, len(u.toks)) {
			continue
		}
		for k < len(u.toks) && u.toks[k].Lower != "where" {
			k++
		}
		// The clause's own date is its last, not one inside a name ("a
		// follow-up conference to the June 2024 Summit … will be held on
		// 30 October").
		best := -1
		for ti, at := range u.txTok {
			if at <= k {
				continue
			}
			if stop := slices.IndexFunc(u.toks[k:at], func(t token) bool { return t.Text == "." || t.Text == ";" }); stop >= 0 {
				break
			}
			if nextStageBetween(u, k, at) {
				break // "where he will visit troops, before flying to Lagos on Tuesday": the next stage's
			}
			end := at
			for end < len(u.toks) && u.inTx[end] {
				end++
			}
			if definiteRefs[u.toks[at-1].Lower] && end < len(u.toks) && u.toks[end].Cap {
				continue // "the June 2024 Summit": part of a name
			}
			best = ti
		}
		if best >= 0 {
			tx := u.txs[best]
			d.m.When = fromTimex(tx)
			d.why.date = because("date/where-clause", tx.Text)
		}
	}
}

// returnVerbs are vocab's return-verbs (see departureVerbs).
var returnVerbs = vocab.Set("return-verbs")

// backVerbs tell a return with "back" after them (vocab's back-verbs):
// "flew back to Nairobi", "jetted back into the country".
var backVerbs = vocab.Set("back-verbs")

// returnAt reports a verb of return at token j: one of return-verbs, or
// one of back-verbs followed by "back".
func returnAt(u *unit, j int) bool {
	return returnVerbs[u.toks[j].Lower] || backVerbs[u.toks[j].Lower] && j+1 < len(u.toks) && u.toks[j+1].Lower == "back"
}

// maxTripSpanDays is the longest span a departure and a return may make.
const maxTripSpanDays = 60

// dateTripsByDepartureAndReturn dates a visit with no date of its own, or
// dated by its departure or return alone, by the departure and the return
// its sentence gives: "the trip by Baker,
// who was to have left April 30 and returned May 6" runs from April 30 to
// May 6 (date/departure-return).
func (x *extraction) dateTripsByDepartureAndReturn() {
	for _, d := range x.drafts {
		if d.m.Kind != timeline.Visit {
			continue
		}
		u := &x.units[d.unit]
		from, to := -1, -1
		for ti, at := range u.txTok {
			if at < 1 || at > len(u.toks)-1 {
				continue
			}
			w := u.toks[at-1].Lower
			if w == "on" && at >= 2 {
				w = u.toks[at-2].Lower
			}
			switch {
			case departureVerbs[w] && from < 0:
				from = ti
			case returnVerbs[w] && from >= 0 && to < 0:
				to = ti
			}
		}
		if from < 0 || to < 0 {
			continue
		}
		if d.m.When != nil && (d.tx == nil || d.tx.Start != u.txs[from].Start && d.tx.Start != u.txs[to].Start) {
			continue // dated by something else than the departure or the return
		}
		a, b := u.txs[from].Range, u.txs[to].Range
		if a.First == a.Last && b.First == b.Last && a.First <= b.First && int(b.First-a.First) <= maxTripSpanDays {
			w := timeline.When{Value: a.First.String(), Range: resolve.Range{First: a.First, Last: b.Last}, Granularity: resolve.GranDay}
			text := u.txs[from].Text + " … " + u.txs[to].Text
			d.m.When = &timeline.MentionDate{When: w, Basis: timeline.FromText, Text: text,
				Explain: fmt.Sprintf("from the departure on %s to the return on %s", a.First, b.Last)}
			d.m.Source.Explain = d.m.When.Explain
			d.why.date = because("date/departure-return", u.txs[from].Text, u.txs[to].Text)
		}
	}
}

// tripStartWords say that a trip starts on the day of their clause: the
// trip a back reference refers to ("his trip, which starts tomorrow"), or
// a trip of a stated length ("begins a three-day visit on Monday";
// vocab's trip-start-words).
var tripStartWords = vocab.Set("trip-start-words")

// maxBoundReach is how many words a relative clause after a trip's back
// reference may have before its verb of starting or ending: "his trip,
// which is due to start on Monday".
const maxBoundReach = 4

// tripBoundDay finds the day a back reference to a trip says the trip
// starts or ends on, in the relative clause right after it: "his trip,
// which starts tomorrow", "the visit, which will end on Friday". It
// returns the timex's index, or -1, and whether the day is the first.
func tripBoundDay(u *unit, d *draft) (int, bool) {
	k := d.hi
	if k < len(u.toks) && u.toks[k].Text == "," {
		k++
	}
	if k >= len(u.toks) || !relativeOpeners[u.toks[k].Lower] && u.toks[k].Lower != "that" {
		return -1, false
	}
	k++
	for end := k + maxBoundReach; k < len(u.toks) && k < end && !tripStartWords[u.toks[k].Lower] && !tripEndWords[u.toks[k].Lower] && subjectSkip[u.toks[k].Lower]; k++ {
	}
	if k >= len(u.toks) || !tripStartWords[u.toks[k].Lower] && !tripEndWords[u.toks[k].Lower] {
		return -1, false
	}
	for ti, at := range u.txTok {
		if at > k && at <= k+maxHappenDateReach {
			return ti, tripStartWords[u.toks[k].Lower]
		}
	}
	return -1, false
}

// maxBoundGap is how many days before the period told of a trip its
// first day may fall (or after it its last): "the trip to Tokyo next week
// … his trip, which starts tomorrow" (a Saturday) starts two days before
// the week. A day further off is another trip.
const maxBoundGap = 7

// dateTripBounds moves the first or last day of a trip told before to
// the day a back reference gives (see boundTrip), before the other
// mentions of the trip take its date.
func (x *extraction) dateTripBounds() {
	for i, d := range x.drafts {
		if !d.ref || d.m.Kind != timeline.Visit {
			continue
		}
		if r := x.antecedent(i); r != nil {
			x.boundTrip(d, r, joinText(x.units[d.unit].toks[d.lo:d.hi]))
		}
	}
}

// boundTrip moves the first or last day of the trip r to the day that its
// back reference d gives: "a trip to Tokyo next week …, which starts
// tomorrow" runs from tomorrow to the end of next week. A day that falls
// outside the period by more than maxBoundGap days, or that would end the
// trip before it starts, changes nothing.
func (x *extraction) boundTrip(d, r *draft, ref string) {
	if r.m.Kind != timeline.Visit || r.m.When == nil {
		return
	}
	u := &x.units[d.unit]
	ti, start := tripBoundDay(u, d)
	if ti < 0 || u.txs[ti].Range == nil || u.txs[ti].Range.First != u.txs[ti].Range.Last {
		return
	}
	day, rg := u.txs[ti].Range.First, r.m.When.Range
	verb := "ends"
	if start {
		if day > rg.Last || rg.First-day > maxBoundGap {
			return
		}
		rg.First, verb = day, "starts"
	} else {
		if day < rg.First || day-rg.Last > maxBoundGap {
			return
		}
		rg.Last = day
	}
	w := *r.m.When
	w.When = timeline.When{Value: rg.First.String(), Range: rg, Granularity: resolve.GranDay}
	w.Explain = fmt.Sprintf("%s; %q says the trip %s on %s", w.Explain, ref, verb, day)
	r.m.When, r.why.date = &w, because("date/trip-bound", ref, verb, u.txs[ti].Text)
	r.m.Source.Explain = w.Explain
}

// recentTripReach is how many days before the day of writing a trip told
// as just ended ("who has just returned from Washington") may have begun.
const recentTripReach = 7

// recentTrip dates a trip told as just ended by a word of recency-cues,
// with no date and no length ("special envoy X, who has just returned
// from Washington"): it ended by the day of writing p, and its days are
// not told. Its date is the month, when the week before p lies in one
// month, else that week: no day is given that the text does not give.
func recentTrip(d *draft, p date.Date, cue string) {
	first := p - recentTripReach
	w := timeline.When{Value: first.String(), Range: resolve.Range{First: first, Last: p}, Granularity: resolve.GranDay}
	if first.Year() == p.Year() && first.Month() == p.Month() {
		if v, r, ok := resolve.PeriodFrom(p, 0, resolve.GranMonth); ok {
			w = timeline.When{Value: v, Range: r, Granularity: resolve.GranMonth}
		}
	}
	d.m.When.When = w
	d.m.When.Explain = fmt.Sprintf("%q: the trip ended by the day of writing, %s, on days not told: %s", cue, p, w.Value)
	d.why.date = because("date/recent-trip", cue, p.String(), w.Value)
}

// staleLegForNews reports a trip told after the headline's or lead's
// event d, on days far from the day of writing ("Albanese had visited
// India in March", under a headline of the day's summit): the day's news
// did not happen on that old trip.
func (x *extraction) staleLegForNews(d, leg *draft) bool {
	u := &x.units[d.unit]
	if !(u.headline || u.lead) || leg.unit <= d.unit || leg.m.When == nil || x.a.Published == date.Zero {
		return false
	}
	r := leg.m.When.Range
	return r.Last < x.a.Published-maxTripDays || r.First > x.a.Published+maxTripDays
}

// shareTripDateBefore gives the legs of a trip the date written before
// the trip's words, which the first leg took as its own: "is set to
// embark on a tour next week, with stops in Kazakhstan and Uzbekistan"
// (date/trip-before). A leg with a date of its own keeps it.
func shareTripDateBefore(u *unit, ds []*draft) {
	frame := -1
	if f := frameTimex(u); f >= 0 {
		frame = u.txs[f].Start // a date opening the sentence dates all its events (date/sentence-frame)
	}
	for _, head := range ds {
		if head.trip != head || head.tx == nil || head.tx.End > u.toks[head.lo].Start || head.tx.Start == frame {
			continue
		}
		for _, d := range ds {
			if d.trip == head && d != head && d.tx == nil {
				d.tx, d.txWhy = head.tx, because("date/trip-before", head.tx.Text)
			}
		}
	}
}

// nearbyDateOf is the date outside its clause that an event with none of
// its own takes, and the rule that gives it, or -1: a relative clause
// right after it ("the talks, which were held on Monday";
// date/relative-clause), or the day of a return its trip ended with
// (returnedAfterDate).
func nearbyDateOf(u *unit, d *draft) (int, string) {
	if ti := relativeHappenDate(u, d); ti >= 0 {
		return ti, "date/relative-clause"
	}
	if ti := returnedAfterDate(u, d); ti >= 0 {
		return ti, "date/returned-after"
	}
	if ti := returnedFromWhereDate(u, d); ti >= 0 {
		return ti, "date/returned-from"
	}
	return -1, ""
}

// maxWhereEventReach is how many words may stand between "where" and a
// measured event word of its clause: "where he held three days of talks".
const maxWhereEventReach = 8

// returnedFromWhereDate is the date of a return from a place that a
// clause of "where" after it holds the event of: in "returned last night
// from Moscow, where he held three days of talks with X" the talks ended
// by last night, the last day the text gives them. -1 for none.
func returnedFromWhereDate(u *unit, d *draft) int {
	w := -1
	for k := d.lo - 1; k >= 2 && k >= d.lo-maxWhereEventReach; k-- {
		if u.toks[k].Lower == "where" {
			w = k
			break
		}
		if u.brk[k] {
			return -1
		}
	}
	if w < 0 || u.toks[w-1].Text != "," || u.entEnd[w-2] == 0 {
		return -1
	}
	place := u.ents[u.entEnd[w-2]-1]
	if place.Kind != entPlace && place.Kind != entCountry || place.Lo < 2 || u.toks[place.Lo-1].Lower != "from" {
		return -1
	}
	for j := place.Lo - 2; j >= 0 && j >= place.Lo-1-maxReturnReach; j-- {
		if u.brk[j] || u.toks[j].Text == "," {
			return -1
		}
		if !returnAt(u, j) {
			continue
		}
		for ti, at := range u.txTok {
			if at > j && at < place.Lo {
				return ti
			}
		}
		return -1
	}
	return -1
}

// returnedAfterDate is the date of a return that a visit told after
// "after" or "following" (return-sequels) ended with: in "returned home on Tuesday after a three-day visit
// to Hungary" Tuesday is the visit's last day (and its length, read by
// spanTripLength, its first). -1 when the sentence tells no such return.
func returnedAfterDate(u *unit, d *draft) int {
	if d.m.Kind != timeline.Visit {
		return -1
	}
	k := d.lo - 1
	for k >= 0 && d.lo-k <= maxEventLead && eventLeadWord(u, k) {
		k--
	}
	if k < 1 || !returnSequels[u.toks[k].Lower] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-maxReturnReach; j-- {
		if u.brk[j] || u.toks[j].Text == "," {
			return -1
		}
		if !returnAt(u, j) {
			continue
		}
		for ti, at := range u.txTok {
			if at > j && at < k {
				return ti
			}
		}
		return -1
	}
	return -1
}

// returnSequels open the phrase of the trip a return ended ("after",
// "following").
var returnSequels = vocab.Set("return-sequels")

// maxReturnReach is how many words before "after" the verb of return may
// stand: "returned home on Tuesday after".
const maxReturnReach = 8

// carriedSubject: "His tour will also take him to Israel and Jordan", "a
// tour that will take her to Oslo": the person "him" or "her" stands for
// travels; the first person named before it in the sentence, else the
// person the sentences before are about.
func carriedSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	toks := q.u.toks
	k := q.lo + 1
	if k >= q.hi || !carriedPronouns[toks[k].Lower] {
		return nil, false
	}
	for _, e := range q.u.ents {
		if e.Hi <= q.lo && e.Kind == entPerson && e.subjectParty() && !inGroup(e, q.right) {
			return []party{{e, because("party/carried", toks[k].Text, e.Name)}}, true
		}
	}
	if e := x.pronounReferent(q.ui, q.right); e != nil {
		return []party{{*e, because("party/carried", toks[k].Text, e.Name)}}, true
	}
	return nil, true
}

// carriedPronouns stand, in a trigger phrase, for whom a trip takes
// somewhere ("take him to").
var carriedPronouns = vocab.Set("carried-pronouns")
