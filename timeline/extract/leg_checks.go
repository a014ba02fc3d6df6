package extract

import "strings"

// This file tells when a trip's leg does not hold a meeting told near it:
// a leg the trip goes on to after it, one away from a third-country
// dateline, one to a country none of the meeting's other parties is of.

// laterLegAway reports a leg told after the meeting d to a country that is
// neither the story's dateline's nor the visitor's, in a story datelined
// in a third country: "LIMA — … announced the decision after a second
// round of talks. Salas flies to Quito on Friday": the talks, placed
// nowhere else, were held where the story is written, not on the leg
// still to come.
func (x *extraction) laterLegAway(d, leg *draft, visitor string) bool {
	home := x.a.Dateline.Country
	if home == "" || leg.unit <= d.unit {
		return false
	}
	for _, p := range leg.m.Participants {
		if p.Name == visitor {
			if p.Country == home {
				return false // (a story from the visitor's own country)
			}
			continue
		}
		if p.Type.IsGroup() && p.Name == home {
			return false // the leg to the dateline's country
		}
	}
	return true
}

// onwardLegAfter reports a leg o told after d as the trip's next step, by
// an adverb of sequence-adverbs before its event word or an "on" in it
// ("President Ruto will then travel on to Hamburg"), or a departure right
// after "before" in d's sentence ("before leaving for Seoul"): the trip
// goes on from where d was held, so d was not held on it.
func (x *extraction) onwardLegAfter(o, d *draft) bool {
	if o.unit < d.unit || o.unit == d.unit && o.lo < d.hi {
		return false
	}
	u := &x.units[o.unit]
	// "will meet the Emperor on Saturday before leaving for Seoul", "met
	// X on Monday before flying to Lagos": the leg comes after the
	// meeting, which is not held where it goes
	return onwardWords(u, o) || o.unit == d.unit && legAfterBefore(u, o)
}

// onwardLeg reports a leg told as the next stage of a journey: after a
// sequence adverb ("then travelled to Quito"), with "on" in its words
// ("flew on to Lagos"), or after "before" ("before flying to Lagos").
func onwardLeg(u *unit, o *draft) bool { return onwardWords(u, o) || legAfterBefore(u, o) }

// onwardWords reports a sequence adverb before the leg's words, or "on"
// in them.
func onwardWords(u *unit, o *draft) bool {
	for k := max(0, o.lo-3); k < o.hi; k++ {
		if k < o.lo && sequenceAdverbs[u.toks[k].Lower] || k > o.lo && u.toks[k].Lower == "on" {
			return true
		}
	}
	return false
}

// legAfterBefore reports "before" right before the leg's words.
func legAfterBefore(u *unit, o *draft) bool { return o.lo > 0 && u.toks[o.lo-1].Lower == "before" }

// nextStageBetween reports, between tokens k and at, a preposition of
// time before a gerund that tells the next stage of the journey ("before
// flying to Lagos", "after meeting the troops"), or a sequence adverb
// after a comma (", then"): what follows is no longer the where clause.
func nextStageBetween(u *unit, k, at int) bool {
	for j := k; j+1 < at; j++ {
		w := u.toks[j].Lower
		if isTemporalRef(w) && strings.HasSuffix(u.toks[j+1].Lower, "ing") {
			return true
		}
		if u.toks[j].Text == "," && sequenceAdverbs[u.toks[j+1].Lower] {
			return true
		}
	}
	return false
}

// thirdCountry reports a party of d, other than the visitor, of a known
// country that is not the one leg visits: "Salas traveled to Peru …
// later met with Prime Minister Lima of Spain" says nothing of where.
func thirdCountry(d, leg *draft, visitor string) bool {
	for _, p := range d.m.Participants {
		c := p.Country
		if p.Type.IsGroup() {
			c = p.Name
		}
		if p.Name != visitor && c != "" && !hasParticipant(leg.m.Participants, c) {
			return true
		}
	}
	return false
}

// alsoBefore reports "also" right before the event word at lo, or one
// word before it: "X also visited Mumbai", "X will also travel to Pune":
// another stop of the trip told, not the place of its main leg.
func alsoBefore(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-2; k-- {
		if u.toks[k].Lower == "also" {
			return true
		}
	}
	return false
}
