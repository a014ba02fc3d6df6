package extract

import (
	"strings"
	"testing"
)

// TestSingleSpaced holds singleSpaced to strings.Join(strings.Fields(s), " ")
// on strings with every kind of space at every place.
func TestSingleSpaced(t *testing.T) {
	parts := []string{"", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u2003", "a", "Biden", "é", "\xff", "talks", ".", "’"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
					t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
