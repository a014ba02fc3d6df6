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
	hi := groupingEnd(u.toks, k+1)
	if hi < 0 || u.entAt[k+1] > 0 && u.ents[u.entAt[k+1]-1].Hi > hi {
		return nil // (a longer name the tables know)
	}
	name := joinText(u.toks[k+1 : hi])
	return &entity{Lo: k + 1, Hi: hi, Kind: entOrg, Name: name, Country: name}
}

// groupingEnd is the index after a grouping's name that opens at toks[i]:
// capitalised words, two or more, the last a noun of grouping-nouns; -1
// for none.
func groupingEnd(toks []token, i int) int {
	for j := i; j < len(toks) && j-i < maxGroupingWords && toks[j].Cap && toks[j].Word; j++ {
		if groupingNouns[toks[j].Lower] && j > i {
			return j + 1
		}
	}
	return -1
}

// membersGrouping reads, while a sentence's names are recognised, a
// grouping named after a member phrase and "of the" ("the foreign
// ministers of the Lima Group"), so that the members are its people as
// those of an organisation of the tables are.
func membersGrouping(toks []token, i int) (entity, bool) {
	if i < 3 || !toks[i].Cap || toks[i-1].Lower != "the" || toks[i-2].Lower != "of" || toks[i].Mask&(firstFormat|firstOrg) != 0 {
		return entity{}, false // (a format or organisation of the tables is read as such: "the Visegrad Group")
	}
	hi := groupingEnd(toks, i)
	if hi < 0 {
		return entity{}, false
	}
	for j := max(0, i-2-maxMemberPhrase); j < i-2; j++ {
		if _, n := memberPhrases.match(toks, j); n > 0 && j+n == i-2 {
			name := joinText(toks[i:hi])
			return entity{Lo: i, Hi: hi, Kind: entOrg, Name: name, Country: name}, true
		}
	}
	return entity{}, false
}

// maxMemberPhrase bounds the words of a member phrase: "heads of state
// and government".
const maxMemberPhrase = 5

// maxGroupingWords bounds the words of such a name: "the International
// Contact Group".
const maxGroupingWords = 4

// groupingNouns end the name of a grouping of states (vocab's
// grouping-nouns).
var groupingNouns = vocab.Set("grouping-nouns")
