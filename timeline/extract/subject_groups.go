package extract

// The subject of an event word: the group of names before it, or the
// owners of a series, a joint body's sides, an after-phrase's subject.

import (
	"slices"

	"github.com/dateline/dateline/timeline/vocab"
)

// subjectParties are the parties named before the event word at lo, its
// subject: the group before it, or, before "their first meeting" with no
// other party named, the owners named before "their" ("A and B held their
// first meeting"), or those of an after-phrase (afterPhraseParties).
func subjectParties(u *unit, lo int, word string, alone bool) []party {
	why := func(e entity) reason { return because("party/subject", u.surface(e), word) }
	g := leftGroup(u, measureStart(u, lo))
	if their := seriesOwnerAt(u, lo); len(g) == 0 && alone && their >= 0 {
		if owners := leftGroup(u, their); len(owners) >= 2 {
			g = owners
		}
	}
	if !alone && !slices.ContainsFunc(g, func(e entity) bool { return e.Kind != entOrg }) {
		if v := attendVerbBefore(u, lo); v >= 0 && presenceVerbs[u.toks[v].Lower] && !triggerBetween(u, v+1, lo) {
			// "Biden participated in the APEC Virtual Leaders' Meeting
			// hosted by Ardern": who takes part in it, besides the body
			// whose session it is and those named after it
			return append(attendeesOf(u, v), partiesOf(g, why)...)
		}
	}
	if joiners := joinerOf(u, g); len(joiners) > 0 {
		return append(joiners, partiesOf(g, why)...) // "A joined B and C on a video call": A too
	}
	if len(g) == 0 && alone {
		if j := jointBodyParties(u, lo, word); len(j) > 0 {
			return j // "The EU-Chile Association Council held its 15th meeting"
		}
		return afterPhraseParties(u, lo, word) // "A and B agreed … after four days of talks"
	}
	return partiesOf(g, why)
}

// joinerOf is the subject of a verb of joining-verbs whose object is the
// group g before an event word, as parties (party/joined): "A joined B
// and C on a video call", "A will join B for talks". nil when g is no
// such object.
func joinerOf(u *unit, g []entity) []party {
	if len(g) == 0 || g[0].Lo == 0 || !joiningVerbs[u.toks[g[0].Lo-1].Lower] {
		return nil
	}
	j := leftGroup(u, g[0].Lo-1)
	if slices.ContainsFunc(j, func(e entity) bool { return !e.subjectParty() }) {
		return nil
	}
	verb := u.toks[g[0].Lo-1].Text
	return partiesOf(j, func(e entity) reason { return because("party/joined", u.surface(e), verb) })
}

// joiningVerbs take as object the people an event's subject joins in it
// (vocab's joining-verbs).
var joiningVerbs = vocab.Set("joining-verbs")

// attendingGroup is the group of two people or more that opens the
// clause as the subject of a verb of attend-verbs whose object is the
// event noun at lo, with no other event word between: "A and B attended
// the Andean Community summit", "A and B will co-chair the summit" — all
// of them take part (party/attends). nil otherwise: one person is the
// nearest person's reading.
func attendingGroup(u *unit, lo int) []party {
	v := attendVerbBefore(u, lo)
	if v < 0 || triggerBetween(u, v+1, lo) {
		return nil
	}
	g := attendeesOf(u, v)
	if len(g) < 2 || !clauseStart(u, g[0].Lo) || slices.ContainsFunc(g, func(p party) bool { return p.Kind != entPerson || !p.subjectParty() }) {
		return nil
	}
	return g
}

// attendeesOf is the group before the verb of attend-verbs at v, its
// subject, as parties that take part in the session the verb's object
// names (party/attends).
func attendeesOf(u *unit, v int) []party {
	verb := u.toks[v].Text
	return partiesOf(leftGroup(u, v), func(e entity) reason { return because("party/attends", u.surface(e), verb) })
}

// pairSubjectPeople adds, to subject parties that are the countries (or
// a country and an organisation) of a hyphenated pair before the event
// noun ("held the Chile-Peru strategic dialogue", "attended the
// India-CARICOM Summit"), the person the sentence opens with when that person is of
// one of them and the subject of a verb of attend-verbs whose object the
// pair's noun heads: "Chilean Foreign Minister Ana Cruz co-chaired the
// Chile-Peru dialogue with X" is Cruz's, for Chile (whose country she
// then stands for: see dropRepresented).
func (x *extraction) pairSubjectPeople(u *unit, left []party) []party {
	if len(left) < 2 {
		return left
	}
	for i, p := range left {
		if p.Kind != entCountry && p.Kind != entOrg || i > 0 && (p.Lo != left[i-1].Hi+1 || u.toks[left[i-1].Hi].Text != "-") {
			return left
		}
	}
	e, pronoun := x.sentenceSubject(u)
	if e == nil || pronoun || e.Kind != entPerson || e.Hi > left[0].Lo {
		return left
	}
	// Only as the object of a verb of holding or taking part ("held",
	// "co-chaired", "attended"; attend-verbs) that follows the subject,
	// with no other name between: "Salas welcomed progress in
	// Chile-Peru talks" is no talks of his.
	if v := attendVerbBefore(u, left[0].Lo); v < e.Hi || slices.ContainsFunc(u.ents, func(o entity) bool { return o.Lo >= e.Hi && o.Hi <= left[0].Lo }) {
		return left
	}
	c := x.countryOf(*e)
	for _, p := range left {
		if p.Country == c {
			return append(left, party{*e, because("party/pair-person", u.surface(*e), p.Country, u.surface(left[0].entity)+"-"+u.surface(left[1].entity))})
		}
	}
	return left
}
