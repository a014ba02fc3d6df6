package extract

import (
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file reads what a trip is for: "will travel to Manila on Monday
// for talks with …", "flew to Tokyo to participate in the G7 meeting".

// purposeOfDatedTrip reports an undated event that a dated trip of its own
// sentence is for ("is scheduled to arrive in Moscow on April 13 for three
// days of talks with X"): the trip dates it (dateOnTrip), not another
// report of the same sides ("X last met Y in Vienna in November").
func (x *extraction) purposeOfDatedTrip(i int) bool {
	leg := x.tripLegOf(i)
	return leg != nil && leg.unit == x.drafts[i].unit && leg.m.When != nil && leg.m.When.Basis == timeline.FromText
}

// maxTripPurposeReach is how many words may stand between a trip's words and
// the event it is for: "arrive in Moscow on April 13 for three days of
// talks".
const maxTripPurposeReach = 12

// purposeOf reports an event d that the trip o of its own clause is for:
// "for", or "to" and a verb of trip-purpose-verbs ("to participate in",
// "to attend", or the event's own verb: "will visit Peru to meet X"),
// stands between them, and no clause break. The event's
// words may stand maxTripPurposeReach words past the purpose word, which
// may stand as far past the trip's.
func (x *extraction) purposeOf(o, d *draft) bool {
	if o.unit != d.unit || d.lo <= o.hi {
		return false
	}
	u := &x.units[d.unit]
	purpose := -1
	for k := o.hi; k < d.lo; k++ {
		if (isClauseBreak(&u.toks[k]) || u.toks[k].Text == ";") && !gluedHyphen(u.toks, k) {
			return false // (a hyphen joins a compound: "for a high-level debate")
		}
		if purpose < 0 && (u.toks[k].Lower == "for" || u.toks[k].Lower == "to" && k+1 <= d.lo && tripPurposeVerbs[u.toks[k+1].Lower]) {
			purpose = k
		}
	}
	return purpose >= 0 && purpose-o.hi <= maxTripPurposeReach && d.lo-purpose <= maxTripPurposeReach
}

// tripPurposeVerbs, after "to", say what a trip is for (vocab's
// trip-purpose-verbs).
var tripPurposeVerbs = vocab.Set("trip-purpose-verbs")

// tripPurposeParties gives the talks or meeting a trip is for, in the
// trip's own clause, every person who makes the trip: "Foreign Minister A
// and Defense Minister B will visit Manila on Monday for talks with their
// counterparts" are A's and B's talks (party/trip-purpose); "will travel
// to Brussels for a NATO summit on Thursday" is A's summit.
func (x *extraction) tripPurposeParties() {
	for _, d := range x.drafts {
		if d.ref || d.m.Kind == timeline.Call || d.m.Kind.Family() != timeline.Talks && d.m.Kind != timeline.Summit {
			continue
		}
		for _, v := range x.drafts {
			if v.ref || v.m.Kind != timeline.Visit || !x.purposeOf(v, d) {
				continue
			}
			u := &x.units[v.unit]
			host := hostName(v)
			for _, p := range v.m.Participants {
				if p.Type != timeline.PersonParty || hasParticipant(d.m.Participants, p.Name) {
					continue
				}
				if side := otherCountry(d.m.Participants, host); side != "" && (p.Country == "" || p.Country == side) {
					// "travelled to London for the strategic dialogue
					// between Switzerland and the United Kingdom": the
					// traveller stands for the side not visited
					d.m.Participants = slices.DeleteFunc(d.m.Participants, func(q timeline.Participant) bool { return q.Name == side })
					p.Country = side
				} else if p.Country != "" && hasParticipant(d.m.Participants, p.Country) {
					continue // the traveller's side is told as a country
				}
				x.addParty(d, p, because("party/trip-purpose", p.Name, joinText(u.toks[v.lo:v.hi])))
				if d.lo > 0 && u.toks[d.lo-1].Lower == "to" {
					// "will visit Peru next week to meet Reyes": the
					// traveller is the subject of the infinitive
					moveToFront(d.m.Participants, p.Name)
				}
			}
		}
	}
}

// moveToFront moves the participant named name to the front of ps,
// keeping the order of the others.
func moveToFront(ps []timeline.Participant, name string) {
	i := slices.IndexFunc(ps, func(p timeline.Participant) bool { return p.Name == name })
	for ; i > 0; i-- {
		ps[i], ps[i-1] = ps[i-1], ps[i]
	}
}

// hostName is the country a visit goes to, or "".
func hostName(v *draft) string {
	for _, p := range v.m.Participants {
		if p.Type == timeline.CountryParty {
			return p.Name
		}
	}
	return ""
}

// otherCountry is the one country party of ps that is not host, when ps
// holds host and exactly one other country; else "".
func otherCountry(ps []timeline.Participant, host string) string {
	other, n := "", 0
	for _, p := range ps {
		if p.Type == timeline.CountryParty {
			n++
			if p.Name != host {
				other = p.Name
			}
		}
	}
	if n != 2 || host == "" || !hasParticipant(ps, host) {
		return ""
	}
	return other
}

// startDayFirstLeg leaves the one day that dates every leg of a trip of
// its sentence to the first leg when the sentence tells that day as the
// trip's start ("will travel to Germany, France and Norway starting next
// Monday", "will embark on a three-nation tour on Sunday, visiting A, B and
// C"): the later legs are on days the sentence does not give, and no other
// rule (the day of publication among them) may date them. Only a trip
// still to come is read so.
func startDayFirstLeg(u *unit, ds []*draft, anchor date.Date) {
	var legs []*draft
	for _, d := range ds {
		if d.m.Kind == timeline.Visit && !d.ref && d.tx != nil {
			legs = append(legs, d)
		}
	}
	if len(legs) < 2 {
		return
	}
	tx := legs[0].tx
	if tx.Granularity != resolve.GranDay || tx.Range == nil || tx.Range.First != tx.Range.Last || tx.Range.First <= anchor {
		return // (a tour begun before the day of writing keeps its day on every leg: left undated, a leg told as done would drop out)
	}
	for _, d := range legs[1:] {
		if d.tx.Start != tx.Start {
			return // each leg dated on its own
		}
	}
	start := false
	for k := range u.tokenFrom(tx.Start) {
		start = start || tripStartWords[u.toks[k].Lower]
	}
	if !start {
		return
	}
	for _, d := range legs[1:] {
		d.tx, d.txWhy, d.afterStart = nil, reason{}, true
		if d.cue == "" {
			d.cue, d.cueWord = timeline.Planned, tx.Text // still to come, as the trip's start is
		}
	}
}
