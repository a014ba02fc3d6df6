package extract

import "strings"

// Asides set off by dashes: "Foreign ministers of the Quad countries - the
// United States, Japan, India and Australia - will meet in Tokyo". The
// subject's verb is read past the aside, and an aside that lists names
// lists who the subject is. An event told in a participle clause set off
// by commas after the subject ("A and B, meeting in Lima, agreed …") is
// the subject's.

// maxDashAside is how many words an aside set off by dashes may hold.
const maxDashAside = 16

// dashAsideOpen finds, when toks[k] is a dash that closes an aside set
// off by dashes ("the Quad countries - the United States, Japan, India
// and Australia - will meet"), the index of the dash that opens it; -1
// for none. The dashes stand apart from the words (a hyphen inside a
// compound is none).
func dashAsideOpen(u *unit, k int) int {
	if !asideDash(u, k) {
		return -1
	}
	for j := k - 1; j > 0 && j >= k-maxDashAside; j-- {
		if asideDash(u, j) {
			return j
		}
		if u.toks[j].Text == ";" || u.toks[j].Text == ":" || u.toks[j].Text == "." {
			return -1
		}
	}
	return -1
}

// asideDash reports a dash at k written apart from the words on both
// sides: " - ", " – ", " — ".
func asideDash(u *unit, k int) bool {
	t := u.toks[k].Text
	if t != "-" && t != "–" && t != "—" || k == 0 || k+1 >= len(u.toks) {
		return false
	}
	return u.toks[k-1].End < u.toks[k].Start && u.toks[k].End < u.toks[k+1].Start
}

// appositiveParticipleSubjects are the people an event's participle
// clause, set off by commas right after them at the opening of the
// sentence, tells of: "A and B, meeting in Lima on Monday, agreed …",
// "The two presidents, speaking by phone, …" is left to the plural
// rules. Two or more named people or sides are both sides of the event;
// nil otherwise.
func appositiveParticipleSubjects(u *unit, lo, hi int) []party {
	if lo < 3 || u.toks[lo-1].Text != "," || !u.toks[lo].Word || !strings.HasSuffix(u.toks[lo].Lower, "ing") {
		return nil
	}
	g := forwardGroup(u, openingDateEnd(u, lo), 0)
	if len(g) < 2 || g[len(g)-1].Hi != lo-1 {
		return nil
	}
	for _, e := range g {
		if !e.party() && e.Kind != entCountry {
			return nil
		}
	}
	word := joinText(u.toks[lo:hi])
	return partiesOf(g, func(e entity) reason { return because("party/appositive-participle", u.surface(e), word) })
}
