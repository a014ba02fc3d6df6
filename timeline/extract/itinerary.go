package extract

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// This file reads an itinerary: a trip announced as a whole ("will travel
// to Ethiopia, Djibouti and Kenya from 17 to 22 March") and then leg by
// leg ("On 19 March, he will travel on to Djibouti", "a visit to Kenya
// from 20 to 22 March"). Each leg of the whole takes the days the text
// gives it, and runs until the next leg starts: Ethiopia from the 17th to
// the 19th, Djibouti from the 19th to the 20th, Kenya from the 20th to the
// 22nd. A traveller who moves on in the morning spends the day in both
// places, so the days of consecutive legs touch.

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
