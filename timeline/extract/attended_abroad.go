package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads a trip told by what the traveller attends abroad:
// "Vice President Han will attend the inauguration of President X in
// Mexico City on October 1" is a visit to Mexico, though no word of
// travel is written.

// attendAbroadVerbs attend something held in a place (vocab's
// attend-abroad-verbs); tokens carry the firstAttendAbroad bit for them.
var attendAbroadVerbs = vocab.Set("attend-abroad-verbs")

// maxAttendedObject is how many words the thing attended may have before
// "in" and its place: "the inauguration ceremony of Mexican President
// Claudia Sheinbaum".
const maxAttendedObject = 12

// attendedAbroadDraft adds, for a verb of attend-abroad-verbs at lo, a
// visit of its subject to the country of the place the thing attended is
// held in, when that thing is no event of the tables (a summit or a
// format has its own session) and the subject is a person of another
// country (party/attends-abroad).
func (x *extraction) attendedAbroadDraft(ui, lo int) {
	u := &x.units[ui]
	k := lo + 1
	for ; k < len(u.toks) && k <= lo+maxAttendedObject && u.toks[k].Lower != "in"; k++ {
		if u.brk[k] || u.toks[k].Text == "," || u.toks[k].Mask&firstTrigger != 0 || u.entAt[k] > 0 && u.ents[u.entAt[k]-1].Kind != entPerson && u.ents[u.entAt[k]-1].Kind != entCountry {
			return // another clause, an event word, or a body whose session it is
		}
	}
	if k+1 >= len(u.toks) || u.toks[k].Lower != "in" || u.entAt[k+1] == 0 || k == lo+1 {
		return
	}
	place := u.ents[u.entAt[k+1]-1]
	if place.Kind != entPlace || place.Country == "" {
		return
	}
	left := leftGroup(u, lo)
	if len(left) != 1 || left[0].Kind != entPerson {
		return
	}
	who := left[0]
	if c := x.countryOf(who); c == "" || c == place.Country {
		return // at home, or from nowhere the article says
	}
	verb := u.toks[lo].Text
	d := x.newDraft(&draft{unit: ui, lo: lo, hi: lo + 1})
	d.m.Kind, d.why.kind = timeline.Visit, because("kind/attends-abroad", verb, u.surface(place))
	d.m.Participants = x.resolveParties(&d.why, []party{{who, because("party/subject", u.surface(who), verb)}}, nil)
	x.addParty(d, groupParticipant(place.Country), because("party/attends-abroad", place.Country, u.surface(place)))
	d.m.Place, d.why.place = place.Name, because("place/preposition", "in", u.surface(place))
	d.end = place.Hi
	d.cue, d.cueWord = x.statusCue(u, lo, lo+1, true)
	x.drafts = append(x.drafts, d)
}
