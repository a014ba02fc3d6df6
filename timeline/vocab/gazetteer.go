package vocab

import (
	"strings"
	"sync"
)

// A GazetteerCity is a city of data/gazetteer.tsv.
type GazetteerCity struct {
	// Name is the name as the source writes it ("Montréal").
	Name string
	// Country is the canonical name of its country ("Canada").
	Country string
}

// gazetteer is data/gazetteer.tsv by folded name, read on first use: it
// has some 30,000 rows that many runs (dateline tag, a build of an
// article with no place) never need.
var (
	gazetteerOnce sync.Once
	gazetteer     map[string]GazetteerCity
	// gazetteerFirst holds the first word of every key, so that a reader
	// can rule a name out without folding it.
	gazetteerFirst map[string]bool
)

func loadGazetteer() {
	rows := mustRead("gazetteer.tsv", req("key"), req("name"), req("country"))
	gazetteer = make(map[string]GazetteerCity, len(rows))
	gazetteerFirst = make(map[string]bool, len(rows))
	for _, r := range rows {
		if _, dup := gazetteer[r.cells[0]]; dup {
			panic("vocab: " + r.errorf("key %q given twice", r.cells[0]).Error())
		}
		gazetteer[r.cells[0]] = GazetteerCity{Name: r.cells[1], Country: r.cells[2]}
		first, _, _ := strings.Cut(r.cells[0], " ")
		gazetteerFirst[first] = true
	}
}

// GazetteerStarts reports whether some city of the gazetteer has the
// folded word w as its first word: "new" (New Delhi) does, "congress"
// does not.
func GazetteerStarts(w string) bool {
	gazetteerOnce.Do(loadGazetteer)
	return gazetteerFirst[w]
}

// Gazetteer finds a world city by its folded name (lower case, diacritics
// folded, one space between words: see names.Fold), as written by
// cmd/gazetteer from GeoNames. The curated cities of data/cities.tsv come
// first: ask PlaceOf before Gazetteer.
func Gazetteer(folded string) (GazetteerCity, bool) {
	gazetteerOnce.Do(loadGazetteer)
	c, ok := gazetteer[folded]
	return c, ok
}

// GazetteerSize is the number of cities of the gazetteer.
func GazetteerSize() int {
	gazetteerOnce.Do(loadGazetteer)
	return len(gazetteer)
}
