package extract

import (
	"sort"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// This file turns the names found around an event word into
// participants, resolved against the article's cast, with their reasons.

// referenceWindow is how many mentions before and after a mention are
// searched for the one it refers to. References are local; the bound keeps
// a huge article linear.
const referenceWindow = 40

// window returns the bounds of the drafts within referenceWindow of i.
func (x *extraction) window(i int) (lo, hi int) {
	lo, hi = i-referenceWindow, i+referenceWindow+1
	if lo < 0 {
		lo = 0
	}
	if hi > len(x.drafts) {
		hi = len(x.drafts)
	}
	return lo, hi
}

// participants resolves the two sides of an event against the article's
// cast. "his Ukrainian counterpart" takes the office of the person on the
// other side. A country drops out when a person of that country takes part.
func (x *extraction) participants(left, right []entity) []timeline.Participant {
	none := func(entity) reason { return reason{} }
	return x.resolveParties(nil, partiesOf(left, none), partiesOf(right, none))
}

// resolveParties is participants for parties found with their reasons,
// which go to t under the names the parties resolve to (t may be nil).
func (x *extraction) resolveParties(t *trail, left, right []party) []timeline.Participant {
	var out []timeline.Participant
	role := func(group []party) string {
		for _, e := range group {
			if e.Kind == entPerson || e.Kind == entRole && !e.Counter {
				if p, ok := x.cast.participant(e.entity, ""); ok && p.Type == timeline.PersonParty && p.Role != "" {
					return p.Role
				}
				if e.Role != "" {
					return e.Role
				}
			}
		}
		return ""
	}
	lr, rr := role(left), role(right)
	add := func(group []party, counterRole string) {
		for _, e := range group {
			if p, ok := x.cast.participant(e.entity, counterRole); ok {
				out = addParticipant(out, p)
				if t != nil && e.why.set() {
					t.partyBecause(p.Name, e.why)
				}
			}
		}
	}
	add(left, rr)
	add(right, lr)
	return dropRepresented(out)
}

// tokenFrom is the index of the first token of u that starts at or after
// byte offset off (the tokens are in text order); len(u.toks) for none.
func (u *unit) tokenFrom(off int) int {
	return sort.Search(len(u.toks), func(k int) bool { return u.toks[k].Start >= off })
}

// surface is the text of entity e as the unit writes it ("his Ukrainian
// counterpart", "U.S.").
func (u *unit) surface(e entity) string {
	if e.Lo < 0 || e.Hi > len(u.toks) || e.Lo >= e.Hi {
		return e.Name
	}
	return joinText(u.toks[e.Lo:e.Hi])
}

func addParticipant(list []timeline.Participant, p timeline.Participant) []timeline.Participant {
	if p.Name == "" {
		return list
	}
	for i, q := range list {
		if q.Name == p.Name {
			if list[i].Role == "" {
				list[i].Role = p.Role
			}
			if list[i].Country == "" {
				list[i].Country = p.Country
			}
			return list
		}
	}
	return append(list, p)
}

// dropRepresented removes countries and organisations that a person of
// theirs already stands for.
func dropRepresented(ps []timeline.Participant) []timeline.Participant {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Type != timeline.PersonParty {
			represented := false
			for _, q := range ps {
				if q.Type == timeline.PersonParty && q.Country == p.Name {
					represented = true
				}
			}
			if represented {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// fillOffices gives an office to the one person of the article who can
// hold it: when the text speaks of "the President of Russia" or "the
// Russian leader" and no one of the cast is known to hold that office for
// that country, the single cast member of unknown country whose role is
// unknown or the same takes it. A Kremlin item names "Vladimir Putin" and
// later "the President of Russia"; a readout names "President Biden" and
// later "the U.S. President". With two or more candidates nothing is
// guessed, and an office named as the object of a preposition ("Advisor
// to the President of Turkey", "talks with the Russian President") is not
// taken as said of the article's people.
func fillOffices(c *cast, units []unit, sents [][]entity) {
	for i, ents := range sents {
		toks := units[i].toks
		for _, e := range ents {
			if e.Kind != entRole || e.Side || e.Counter || e.Reporter || e.Role == "" || e.Country == "" || orgNames[e.Country] {
				continue
			}
			k := e.Lo - 1
			if k >= 0 && toks[k].Lower == "the" {
				k--
			}
			if k >= 0 && (objectMarkers[toks[k].Lower] || placePrepositions[toks[k].Lower]) || asOffice(toks, e.Lo) {
				continue // "talks with the Russian President", "as the Mayor of Hamburg, X …": said of someone the sentence names
			}
			if c.byRole(e.Role, e.Country, e.Head) != nil {
				continue
			}
			var only *castMember
			n := 0
			for _, m := range c.order {
				if m.Reporter || m.Country != "" || m.Role != "" && m.Role != e.Role || !strings.Contains(m.Name, " ") {
					continue
				}
				only = m
				n++
			}
			if n == 1 {
				only.Role, only.Country, only.Head = e.Role, e.Country, e.Head
			}
		}
	}
}

// shareTrailingCountry reads "of <country>" after the last of several
// people listed after "with" as said of them all: in "met with Head of
// Presidential Administration A and Foreign Minister B of Ukraine", A is
// of Ukraine too. Only people the article gives no country get it.
func (x *extraction) shareTrailingCountry(u *unit, list []entity) {
	if len(list) < 2 {
		return
	}
	last := list[len(list)-1]
	if last.Kind != entPerson || last.Country == "" || !endsWithOfCountry(u, last) {
		return
	}
	for _, e := range list[:len(list)-1] {
		if e.Kind != entPerson {
			return
		}
	}
	for _, e := range list[:len(list)-1] {
		if m := x.cast.find(e); m != nil && m.Country == "" {
			m.Country = last.Country
		}
	}
}

// endsWithOfCountry reports a person's name that ends with "of" and a
// country ("Foreign Minister B of Ukraine").
func endsWithOfCountry(u *unit, e entity) bool {
	for k := e.Hi - 1; k > e.Lo; k-- {
		if u.toks[k].Lower == "of" {
			return true
		}
		if !u.toks[k].Cap {
			return false
		}
	}
	return false
}
