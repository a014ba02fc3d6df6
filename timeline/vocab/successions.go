package vocab

import "slices"

// Succession is a row of data/successions.tsv: a state that was part of
// another state of the countries table until a day.
type Succession struct {
	// State is a Country.Name of today: "Ukraine".
	State string
	// Predecessor is the Country.Name of the state it was part of:
	// "Soviet Union".
	Predecessor string
	// From and Until are the first and last days it was part of it, as
	// YYYY-MM-DD, which sorts as the days do: "1922-12-30", "1991-12-25".
	From, Until string
	Note        string
}

var successions = readSuccessions()

func readSuccessions() []Succession {
	var out []Succession
	for _, r := range mustRead("successions.tsv", req("state"), req("predecessor"), req("from"), req("until"), opt("note")) {
		out = append(out, Succession{State: r.cells[0], Predecessor: r.cells[1], From: r.cells[2], Until: r.cells[3], Note: r.cells[4]})
	}
	return out
}

// Successions returns the rows of data/successions.tsv, in file order.
func Successions() []Succession { return slices.Clone(successions) }

// PredecessorOn returns the state that state was part of on day (written
// YYYY-MM-DD), and whether it was part of one: ("Ukraine", "1987-05-01")
// gives the Soviet Union; ("Ukraine", "2022-05-01") and ("Russia",
// "1921-06-01") none.
func PredecessorOn(state, day string) (Succession, bool) {
	for _, s := range successions {
		if s.State == state && s.From <= day && day <= s.Until {
			return s, true
		}
	}
	return Succession{}, false
}
