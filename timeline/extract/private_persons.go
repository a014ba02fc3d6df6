package extract

import "github.com/dateline/dateline/timeline/vocab"

// markPrivatePersons marks the people that a word of private-occupations
// introduces ("Hungarian astronaut Bertalan Farkas", "businessman X") as
// taking no part in diplomacy: "astronaut X is leaving for the United
// States to start a new career" is no state's visit, and "journalist Y
// met the President" no meeting of two countries. A person with an
// office of the tables keeps it. A name of no title right after "at" is
// taken for a venue's, which takes no part either.
func markPrivatePersons(toks []token, ents []entity) {
	for k := range ents {
		e := &ents[k]
		if e.Kind != entPerson || e.Role != "" || e.Lo == 0 {
			continue
		}
		if t := toks[e.Lo-1]; t.Word && !t.Cap && privateOccupations[t.Lower] {
			e.Reporter = true
		}
		if toks[e.Lo-1].Lower == "at" && !e.Titled && e.Office == "" && !(e.Hi < len(toks) && possessiveMarks[toks[e.Hi].Text]) {
			// "received X at Qasr Al Shati": a name of no title right
			// after "at" is a venue's (but "at X's invitation")
			e.Reporter = true
		}
	}
}

// privateOccupations are vocab's private-occupations.
var privateOccupations = vocab.Set("private-occupations")
