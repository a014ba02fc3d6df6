package vocab

import (
	"fmt"
	"slices"
	"strings"
)

// WordSet is a set of words, as a rule tests a word against it:
// negations["never"].
type WordSet map[string]bool

// wordSet is a row of data/wordsets.tsv.
type wordSet struct {
	comment string
	words   []string
}

var (
	wordSets, wordSetOrder = readWordSets()
)

func readWordSets() (map[string]wordSet, []string) {
	m := map[string]wordSet{}
	var order []string
	for _, r := range mustRead("wordsets.tsv", req("set"), req("comment"), reqList("words")) {
		name := r.cells[0]
		if _, dup := m[name]; dup {
			must(r.errorf("set %q is defined twice", name))
		}
		m[name] = wordSet{comment: r.cells[1], words: r.list(2)}
		order = append(order, name)
	}
	return m, order
}

// Set returns the word set of data/wordsets.tsv called name:
//
//	var negations = vocab.Set("negations")
//
// Each call makes a new map, so ask once, in a package variable. A name
// the table does not have panics: the program cannot run with a rule
// missing its words, and the panic comes at start-up, never on input.
func Set(name string) WordSet {
	ws := mustSet(name)
	m := make(WordSet, len(ws.words))
	for _, w := range ws.words {
		m[w] = true
	}
	return m
}

// List returns the words (or phrases) of the set called name, in the
// order of the table. Like Set, it panics on a name the table lacks.
func List(name string) []string { return slices.Clone(mustSet(name).words) }

// SetComment returns what the table says the set called name does.
func SetComment(name string) string { return mustSet(name).comment }

// SetNames lists the names of every set of the table, in file order.
func SetNames() []string { return slices.Clone(wordSetOrder) }

func mustSet(name string) wordSet {
	ws, ok := wordSets[name]
	if !ok {
		panic(fmt.Sprintf("vocab: no word set %q in data/wordsets.tsv", name))
	}
	return ws
}

// Words makes a set of the space-separated words of s. It is for sets of
// syntax rather than language (HTML element names); words of English
// belong in data/wordsets.tsv, where Set finds them.
func Words(s string) WordSet {
	m := WordSet{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
