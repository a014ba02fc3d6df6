package extract

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file reads an itinerary: a trip announced as a whole ("will travel
// to Ethiopia, Djibouti and Kenya from 17 to 22 March") and then leg by
// leg ("On 19 March, he will travel on to Djibouti", "a visit to Kenya
// from 20 to 22 March"). Each leg of the whole takes the days the text
// gives it, and runs until the next leg starts: Ethiopia from the 17th to
// the 19th, Djibouti from the 19th to the 20th, Kenya from the 20th to the
// 22nd. A traveller who moves on in the morning spends the day in both
// places, so the days of consecutive legs touch. The legs listed in one
// sentence ("to Kyiv, Ukraine, Berlin, Germany, and Geneva") are read by
// nextLegs, each a visit of its own.

// narrowItinerary dates the legs of each trip announced with one span of
// days by the later reports of its legs (see legDays).
func (x *extraction) narrowItinerary() {
	for _, legs := range x.tripGroups() {
		span := legs[0].m.When
		if span == nil || span.Basis != timeline.FromText || span.Range.Days() < 2 {
			continue
		}
		// Every leg must carry the span: a leg with a date of its own
		// already has its days.
		if slices.ContainsFunc(legs, func(d *draft) bool { return d.m.When == nil || d.m.When.Range != span.Range }) {
			continue
		}
		firsts := make([]date.Date, len(legs))
		lasts := make([]date.Date, len(legs))
		reports := make([][]*draft, len(legs))
		for i, leg := range legs {
			reports[i] = x.legReports(leg, legs)
			for _, r := range reports[i] {
				w := r.m.When.Range
				if firsts[i] == date.Zero || w.First < firsts[i] {
					firsts[i] = w.First
				}
				if w.Days() > 1 && w.Last > lasts[i] {
					lasts[i] = w.Last
				}
			}
		}
		if !slices.ContainsFunc(firsts, func(d date.Date) bool { return d != date.Zero }) {
			continue // no leg dated on its own: the span is all we know
		}
		if firsts[0] == date.Zero {
			firsts[0] = span.Range.First
		}
		if lasts[len(legs)-1] == date.Zero {
			lasts[len(legs)-1] = span.Range.Last
		}
		for i := range legs {
			if lasts[i] == date.Zero && i+1 < len(legs) {
				lasts[i] = firsts[i+1]
			}
			if firsts[i] == date.Zero || lasts[i] == date.Zero || lasts[i] < firsts[i] {
				continue
			}
			x.dateLeg(legs[i], reports[i], firsts[i], lasts[i], span)
		}
	}
}

// tripGroups lists the trips announced leg by leg in one sentence (see
// nextLegs), each as its legs in the order written.
func (x *extraction) tripGroups() [][]*draft {
	byFirst := map[*draft][]*draft{}
	var order []*draft
	for _, d := range x.drafts {
		if d.trip == nil {
			continue
		}
		if _, ok := byFirst[d.trip]; !ok {
			order = append(order, d.trip)
		}
		byFirst[d.trip] = append(byFirst[d.trip], d)
	}
	groups := make([][]*draft, 0, len(order))
	for _, first := range order {
		legs := byFirst[first]
		slices.SortStableFunc(legs, func(a, b *draft) int { return a.lo - b.lo })
		if len(legs) > 1 {
			groups = append(groups, legs)
		}
	}
	return groups
}

// legReports are the other visits of the article that report the leg: the
// same visitor to the same country, dated in their own text within the
// trip's span, and agreeing with it in time.
func (x *extraction) legReports(leg *draft, legs []*draft) []*draft {
	visitor, host := visitorOf(leg), legHost(leg)
	if visitor == "" || host == "" {
		return nil
	}
	span := leg.m.When.Range
	var out []*draft
	for _, o := range x.drafts {
		if o.m.Kind != timeline.Visit || o.ref || slices.Contains(legs, o) || o.m.When == nil || o.m.When.Basis != timeline.FromText {
			continue
		}
		w := o.m.When.Range
		if w.First < span.First || w.Last > span.Last || w.Days() >= span.Days() {
			continue
		}
		if visitorOf(o) == visitor && legHost(o) == host && (o.cue == timeline.Planned) == (leg.cue == timeline.Planned) {
			out = append(out, o)
		}
	}
	return out
}

// legHost is the country or organisation a visit visits, "" when none.
func legHost(d *draft) string {
	for _, p := range d.m.Participants {
		if p.Type != timeline.PersonParty {
			return p.Name
		}
	}
	return ""
}

// dateLeg gives the leg, and each report of it dated by its first day
// only, the days from first to last.
func (x *extraction) dateLeg(leg *draft, reports []*draft, first, last date.Date, span *timeline.MentionDate) {
	w := *span
	w.Range.First, w.Range.Last = first, last
	w.Value = first.String()
	// The days are read from the text's own dates: other reports of the
	// legs (the headline) may take them as they would a written date.
	w.Basis = timeline.FromText
	w.Explain = fmt.Sprintf("a leg of the trip of %q: from %s to %s, the days the text gives it up to the start of the next", span.Text, first, last)
	why := because("date/itinerary", span.Text, fmt.Sprintf("%s/%s", first, last))
	leg.m.When, leg.why.date = &w, why
	leg.m.Source.Explain = w.Explain
	for _, r := range reports {
		if r.m.When.Range.Days() == 1 && r.m.When.Range.First == first && last > first {
			rw := w
			r.m.When, r.why.date = &rw, why
			r.m.Source.Explain = w.Explain
		}
	}
}

// nextLegs adds a visit for each further destination of a trip that the
// sentence lists after the first: "will travel to Kyiv on Monday and to
// Moscow on Tuesday" and "will travel to Kyiv, Ukraine, Berlin, Germany,
// and Geneva, Switzerland" are two and three visits, each with its own
// date when it has one (the date nearest each leg goes to it; see
// assignTimexes).
func (x *extraction) nextLegs(ui int, d *draft, dest entity) {
	u := &x.units[ui]
	toks := u.toks
	for legs := 0; legs < maxLegs; legs++ {
		k := dest.Hi
		// "Kyiv, Ukraine": the country of the place, set off by a comma.
		if k+1 < len(toks) && toks[k].Text == "," && u.entAt[k+1] > 0 {
			if e := u.ents[u.entAt[k+1]-1]; e.Kind == entCountry && e.Name == dest.Country && dest.Kind == entPlace {
				k = e.Hi
			}
		}
		if k+2 < len(toks) && toks[k].Text == "," && (u.inTx[k+1] || legDatePrepositions[toks[k+1].Lower] && u.inTx[k+2]) {
			k++ // "Tegucigalpa, Honduras, on March 17 and San José …"
		}
		for k < len(toks) && (u.inTx[k] || legDatePrepositions[toks[k].Lower] && k+1 < len(toks) && u.inTx[k+1]) {
			k++ // the leg's date: "on March 17", "from May 18-20"
		}
		sep := false
		if k < len(toks) && (toks[k].Text == "," || toks[k].Text == ";") {
			k, sep = k+1, true // (";" between legs that hold commas: "Santiago, Chile; Lima, Peru; and …")
		}
		if k < len(toks) && toks[k].Lower == "and" {
			k, sep = k+1, true
		}
		if !sep || k >= len(toks) {
			return
		}
		if legWords[toks[k].Lower] {
			k++
		}
		if k < len(toks) && toks[k].Lower == "to" {
			k++
		}
		if k < len(toks) && toks[k].Lower == "the" {
			k++ // "to Israel and the West Bank"
		}
		if k >= len(toks) || u.entAt[k] == 0 {
			return
		}
		next := u.ents[u.entAt[k]-1]
		if next.Kind != entPlace && next.Kind != entCountry || next.Country == "" || next.Hi < len(toks) && (toks[next.Hi].Lower == "'s" || reportingVerbs[toks[next.Hi].Lower]) {
			return // (nor "…, Cheong Wa Dae said": the office the news comes from)
		}
		// Each leg spans its destination, with the country that follows
		// it ("Tegucigalpa, Honduras"), so that the date after each is
		// nearest to it.
		d.end = max(d.end, placeEnd(u, dest))
		if d.trip == nil {
			d.trip = d
		}
		leg := *d
		leg.lo, leg.hi, leg.end = next.Lo, next.Lo+1, placeEnd(u, next)
		old := hostOf(dest)
		leg.m.Participants = nil
		for _, p := range d.m.Participants {
			if p.Name != old.Name {
				leg.m.Participants = append(leg.m.Participants, p)
			}
		}
		leg.why = d.why.clone()
		host := hostOf(next)
		leg.m.Participants = addParticipant(leg.m.Participants, host)
		leg.why.party.set(host.Name, because("party/visited", u.surface(next), host.Name))
		leg.m.Place, leg.why.place = "", reason{}
		if next.Kind == entPlace {
			leg.m.Place, leg.why.place = next.Name, because("place/visited", u.surface(next))
		}
		x.drafts = append(x.drafts, &leg)
		d, dest = &leg, next
	}
}

// placeEnd is where a destination's name ends, with the country set off
// after a city of it: "San José, Costa Rica".
func placeEnd(u *unit, dest entity) int {
	k := dest.Hi
	if dest.Kind == entPlace && k+1 < len(u.toks) && u.toks[k].Text == "," && u.entAt[k+1] > 0 {
		if e := u.ents[u.entAt[k+1]-1]; e.Kind == entCountry && e.Name == dest.Country {
			return e.Hi
		}
	}
	return k
}

// legDatePrepositions open the date of a leg of a trip: "Tokyo, Japan
// from May 18-20, Jakarta, Indonesia from May 21-22" (vocab's
// leg-date-prepositions).
var legDatePrepositions = vocab.Set("leg-date-prepositions")

// legWords may stand between "and" and the next leg of a trip: "and then
// to Moscow".
var legWords = vocab.Set("leg-words")

// maxLegs bounds the further legs read from one sentence: a secretary
// of state's tour of the Middle East may list nine countries.
const maxLegs = 12
