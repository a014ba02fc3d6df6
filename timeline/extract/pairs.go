package extract

// This file reads the people of an event whose noun a hyphenated pair of
// countries modifies: in "Prime Minister Sato held a Japan-Hungary Summit
// Meeting with President Varga" the pair says which countries meet, and
// the people named around it are who met for them (GUIDE: people by name;
// the country only when the text names no person for a side).

// pairPeople replaces the countries of a hyphenated pair right before the
// event word at lo with the people of the clause: the subject before the
// pair, and the people named after "with". A country of the pair that no
// person stands for stays, unless there are as many people as countries.
func (x *extraction) pairPeople(u *unit, lo int, s *sides) {
	if len(s.left) < 2 || !countryPairBefore(u, s.left, lo) {
		return
	}
	word := joinText(u.toks[lo:min(lo+2, len(u.toks))])
	var subject []party
	for _, e := range leftGroup(u, s.left[0].Lo) {
		if !e.party() {
			return // "the officials' Japan-Hungary talks": no one named
		}
		subject = append(subject, party{e, because("party/subject", u.surface(e), word)})
	}
	if len(subject) == 0 {
		return
	}
	people := append(entitiesOf(subject), entitiesOf(s.right)...)
	pair := s.left
	s.left = subject
	for _, c := range pair {
		if len(people) < len(pair) && !countryHasPerson(c.Country, people) {
			s.left = append(s.left, c)
		}
	}
}

// countryPairBefore reports countries (or offices of countries) joined
// by hyphens that end right before the event word at lo, past its
// adjectives: "Japan-Hungary Summit Meeting", "U.S.-Russia talks".
func countryPairBefore(u *unit, g []party, lo int) bool {
	for i, p := range g {
		if p.Country == "" || p.Kind != entCountry && p.Kind != entRole {
			return false // (a role of a country: "Japan-Hungary Foreign Ministers' Meeting")
		}
		if i > 0 && !(p.Lo == g[i-1].Hi+1 && u.toks[g[i-1].Hi].Text == "-") {
			return false
		}
	}
	k := g[len(g)-1].Hi
	for k < lo && (eventAdjectives[u.toks[k].Lower] || u.toks[k].Cap && u.entAt[k] == 0 || possessiveMarks[u.toks[k].Text]) {
		k++ // "Japan-Hungary Foreign Ministers' Meeting"
	}
	return k == lo
}

// countryHasPerson reports a person of country c among people.
func countryHasPerson(c string, people []entity) bool {
	for _, e := range people {
		if e.Kind == entPerson && e.Country == c {
			return true
		}
	}
	return false
}

// possessiveMarks end a plural possessive: "Foreign Ministers' Meeting".
var possessiveMarks = map[string]bool{"'": true, "’": true, "'s": true, "’s": true}

// ofOwnerWith reads "a meeting of A with B", "talks of A with B": the
// person after "of", right after the event noun, is the side that meets
// the one named after "with" (party/of-owner).
func ofOwnerWith(u *unit, d *draft, info triggerInfo, s *sides) {
	k := d.hi
	if len(s.left) > 0 || !s.with || len(s.right) == 0 || !info.Noun || k+1 >= len(u.toks) || u.toks[k].Lower != "of" || u.entAt[k+1] == 0 {
		return
	}
	e := u.ents[u.entAt[k+1]-1]
	if e.Kind != entPerson || !e.party() || inGroup(e, entitiesOf(s.right)) || e.Hi >= len(u.toks) || !withWords[u.toks[e.Hi].Lower] {
		return
	}
	s.left = []party{{e, because("party/of-owner", u.surface(e), joinText(u.toks[d.lo:d.hi]))}}
}
