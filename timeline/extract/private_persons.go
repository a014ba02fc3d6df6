package extract

import "github.com/dateline/dateline/timeline/vocab"

// markPrivatePersons marks the people that a word of private-occupations
// introduces ("Hungarian astronaut Bertalan Farkas", "businessman X") as
// taking no part in diplomacy: "astronaut X is leaving for the United
// States to start a new career" is no state's visit, and "journalist Y
// met the President" no meeting of two countries. A person with an
// office of the tables keeps it.
func markPrivatePersons(toks []token, ents []entity) {
	for k := range ents {
		e := &ents[k]
		if e.Kind != entPerson || e.Role != "" || e.Lo == 0 {
			continue
		}
		if t := toks[e.Lo-1]; t.Word && !t.Cap && privateOccupations[t.Lower] {
			e.Reporter = true
		}
	}
}

// privateOccupations are vocab's private-occupations.
var privateOccupations = vocab.Set("private-occupations")
