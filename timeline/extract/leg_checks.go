package extract

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
	for k := max(0, o.lo-3); k < o.hi; k++ {
		if k < o.lo && sequenceAdverbs[u.toks[k].Lower] || k > o.lo && u.toks[k].Lower == "on" {
			return true
		}
	}
	// "will meet the Emperor on Saturday before leaving for Seoul": the
	// departure comes after the meeting, which is not held where it goes
	return o.unit == d.unit && o.lo > 0 && u.toks[o.lo-1].Lower == "before" && departureVerbs[u.toks[o.lo].Lower]
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
