package extract

// The subject of an event word: the group of names before it, or the
// owners of a series, a joint body's sides, an after-phrase's subject.

import "slices"

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
			verb := u.toks[v].Text
			attendees := partiesOf(leftGroup(u, v), func(e entity) reason { return because("party/attends", u.surface(e), verb) })
			return append(attendees, partiesOf(g, why)...)
		}
	}
	if len(g) == 0 && alone {
		if j := jointBodyParties(u, lo, word); len(j) > 0 {
			return j // "The EU-Chile Association Council held its 15th meeting"
		}
		return afterPhraseParties(u, lo, word) // "A and B agreed … after four days of talks"
	}
	return partiesOf(g, why)
}
