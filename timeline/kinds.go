package timeline

// kindPrecedence breaks ties when the sources of one event disagree on its
// kind equally often: the more specific kind wins.
var kindPrecedence = map[Kind]int{Call: 0, Visit: 1, Summit: 2, Talks: 3, Meeting: 4}

// KindNouns names each kind in a title.
var KindNouns = map[Kind]string{
	Call:    "phone call",
	Meeting: "meeting",
	Visit:   "visit",
	Talks:   "talks",
	Summit:  "summit",
}

// cameoRule is one row of the CAMEO table: the code of an event of Kind
// whose place is, or is not, outside every participant's country.
type cameoRule struct {
	Kind Kind
	// Elsewhere: the place is known and lies in none of the participants'
	// countries (a meeting "at a third location").
	Elsewhere bool
	Code      string
}

// cameoTable maps kinds to CAMEO codes of the 04 "consult" family. Kinds
// not listed get 040 (consult, not specified). 043 (host a visit) is the
// host's view of 042; a merged event has no single point of view, so visits
// are coded 042.
var cameoTable = []cameoRule{
	{Call, false, "041"}, {Call, true, "041"},
	{Visit, false, "042"}, {Visit, true, "042"},
	{Talks, false, "046"}, {Talks, true, "046"},
	{Meeting, true, "044"},
	{Summit, true, "044"},
}

// CAMEOCode returns the CAMEO event code for a kind; elsewhere says the
// event took place outside every participant's country.
func CAMEOCode(k Kind, elsewhere bool) string {
	for _, r := range cameoTable {
		if r.Kind == k && r.Elsewhere == elsewhere {
			return r.Code
		}
	}
	return "040"
}

// KindBefore orders kinds by precedence, unknown kinds last by name.
func KindBefore(a, b Kind) bool {
	pa, oka := kindPrecedence[a]
	pb, okb := kindPrecedence[b]
	if oka != okb {
		return oka
	}
	if pa != pb {
		return pa < pb
	}
	return a < b
}
