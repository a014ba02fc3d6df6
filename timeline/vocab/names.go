package vocab

import (
	"cmp"
	"slices"
)

// Nickname is a row of data/nicknames.tsv: a short given name and the
// formal one it stands for ("bill" → "william").
type Nickname struct {
	Nickname, Name string // lower case
}

// Spelling is a row of data/name-spellings.tsv: letters that
// transliterations of one name disagree on, and how to spell them.
type Spelling struct {
	From, To string
	// Ending: only at the end of a word. Otherwise every occurrence.
	Ending bool
}

var (
	nicknames = readNicknames()
	spellings = readSpellings()
)

func readNicknames() []Nickname {
	var out []Nickname
	for _, r := range mustRead("nicknames.tsv", req("nickname"), req("name")) {
		out = append(out, Nickname{Nickname: r.cells[0], Name: r.cells[1]})
	}
	return out
}

func readSpellings() []Spelling {
	var out []Spelling
	for _, r := range mustRead("name-spellings.tsv", req("from"), req("to"), req("where")) {
		if r.cells[2] != "ending" && r.cells[2] != "anywhere" {
			must(r.errorf("where %q is not ending or anywhere", r.cells[2]))
		}
		out = append(out, Spelling{From: r.cells[0], To: r.cells[1], Ending: r.cells[2] == "ending"})
	}
	return out
}

// Nicknames returns the rows of data/nicknames.tsv, in file order.
func Nicknames() []Nickname { return slices.Clone(nicknames) }

// NameEndings returns the transliteration variants of word endings
// ("skiy" → "sky"), longest first, so that the first that fits a word is
// the one to apply.
func NameEndings() []Spelling {
	var out []Spelling
	for _, s := range spellings {
		if s.Ending {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Spelling) int { return cmp.Compare(len(b.From), len(a.From)) })
	return out
}

// NameInfixes returns the transliteration variants to replace wherever
// they occur in a word ("x" → "ks"), in file order.
func NameInfixes() []Spelling {
	var out []Spelling
	for _, s := range spellings {
		if !s.Ending {
			out = append(out, s)
		}
	}
	return out
}
