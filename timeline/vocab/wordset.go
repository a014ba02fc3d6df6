package vocab

import "strings"

// WordSet is a set of lower-case words.
type WordSet map[string]bool

func Words(s string) WordSet {
	m := WordSet{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
