package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads a visit that returns another: "Reyes will return the
// visit in June" goes to the country of the person he met, or of the
// visitor who came to his.

// returnVisits gives a visit that returns one ("Reyes will return the
// visit in June", triggers.tsv) its host: the country of the person the
// visitor met in the event told before, or of the visitor whose trip to
// the visitor's own country it returns (party/return-visit). With no such
// event told, it names no host and is no event.
func (x *extraction) returnVisits() {
	for i, d := range x.drafts {
		u := &x.units[d.unit]
		if d.m.Kind != timeline.Visit || !returnVisitWords[u.toks[d.lo].Lower] || len(d.m.Participants) != 1 || d.m.Participants[0].Type != timeline.PersonParty {
			continue
		}
		visitor := d.m.Participants[0]
		word := joinText(u.toks[d.lo:d.hi])
		if d.hi+1 < len(u.toks) && u.toks[d.hi].Lower == "to" && u.entAt[d.hi+1] > 0 {
			// "will pay a return visit to Chile": the place is told
			if e := u.ents[u.entAt[d.hi+1]-1]; (e.Kind == entCountry || e.Kind == entPlace) && e.Country != "" {
				x.addParty(d, timeline.Participant{Name: e.Country, Type: timeline.CountryParty}, because("party/visited", u.surface(e), e.Country))
				if e.Kind == entPlace && d.m.Place == "" {
					d.m.Place, d.why.place = e.Name, because("place/visited", e.Name)
				}
				continue
			}
		}
		home := visitor.Country
		if home == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := x.drafts[j]
			if o.ref || len(o.m.Participants) < 2 {
				continue
			}
			if host := returnedHost(o, visitor.Name, home); host != "" {
				x.addParty(d, timeline.Participant{Name: host, Type: timeline.CountryParty}, because("party/return-visit", host, word))
				break
			}
		}
	}
}

// returnedHost is the country a visit returning o goes to, for a visitor
// of the country home: the country of the other person of o when the
// visitor took part in it, or the country of o's visitor when o was a
// visit to home; "" when o is neither.
func returnedHost(o *draft, visitor, home string) string {
	ps := o.m.Participants
	if hasParticipant(ps, visitor) {
		for _, p := range ps {
			if p.Name != visitor && p.Type == timeline.PersonParty && p.Country != "" && p.Country != home {
				return p.Country
			}
		}
		return ""
	}
	if o.m.Kind == timeline.Visit && hasParticipant(ps, home) {
		for _, p := range ps {
			if p.Type == timeline.PersonParty && p.Country != "" && p.Country != home {
				return p.Country
			}
		}
	}
	return ""
}

// returnVisitWords open the trigger phrases of a visit that returns
// another (vocab's return-visit-words): "return the visit", "reciprocate
// the visit".
var returnVisitWords = vocab.Set("return-visit-words")
