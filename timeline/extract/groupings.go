package extract

import "github.com/dateline/dateline/timeline/vocab"

// groupingAt reads, at toks[k] after "the", the name of a grouping of
// states that the tables do not know: capitalised words ending in a noun
// of grouping-nouns ("the Lima Group", "the Contact Group on
// Venezuela"'s "Contact Group"), which then stands as an organisation.
// Only a gathering's members or session name it so ("the foreign
// ministers of the Lima Group", "a meeting of the Lima Group"): "the
// chairman of the Adani Group" is a company's. nil for none.
func groupingAt(u *unit, k int) *entity {
	if k < 0 || k >= len(u.toks) || u.toks[k].Lower != "the" {
		return nil
	}
	j := k + 1
	for j < len(u.toks) && j-k <= maxGroupingWords && u.toks[j].Cap && u.toks[j].Word {
		if groupingNouns[u.toks[j].Lower] && j > k+1 {
			if u.entAt[k+1] > 0 && u.ents[u.entAt[k+1]-1].Hi > j+1 {
				return nil // a longer name the tables know
			}
			name := joinText(u.toks[k+1 : j+1])
			return &entity{Lo: k + 1, Hi: j + 1, Kind: entOrg, Name: name, Country: name}
		}
		j++
	}
	return nil
}

// maxGroupingWords bounds the words of such a name: "the International
// Contact Group".
const maxGroupingWords = 4

// groupingNouns end the name of a grouping of states (vocab's
// grouping-nouns).
var groupingNouns = vocab.Set("grouping-nouns")
