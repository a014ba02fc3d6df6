package extract

// Asides set off by dashes: "Foreign ministers of the Quad countries - the
// United States, Japan, India and Australia - will meet in Tokyo". The
// subject's verb is read past the aside, and an aside that lists names
// lists who the subject is.

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
