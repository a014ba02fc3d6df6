package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline/vocab"
	"github.com/stretchr/testify/assert"
)

func TestPhraseTable(t *testing.T) {
	tab := newPhraseTable[string](true)
	tab.add("US", "acronym")
	tab.add("United States", "two words")
	tab.add("United States of America", "four words")
	tab.add("Geneva", "city")
	tests := []struct {
		in    string
		value string
		n     int
	}{
		{"US talks", "acronym", 1},
		{"us and them", "", 0}, // acronyms only match in capitals
		{"United States of America today", "four words", 4},
		{"United States officials", "two words", 2},
		{"geneva", "", 0}, // a capital is required
		{"Geneva talks", "city", 1},
		{"United\nStates", "", 0}, // no match across a paragraph break
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, n := tab.match(tokenize(tt.in, 0), 0)
			assert.Equal(t, tt.n, n)
			assert.Equal(t, tt.value, v)
		})
	}
}

// TestTablesConsistent checks the vocabulary tables against each other:
// every format party is a known country or organisation, and no form names
// two different countries.
func TestTablesConsistent(t *testing.T) {
	known := map[string]bool{}
	for _, c := range vocab.Countries {
		known[c.Name] = true
	}
	for _, o := range orgRows {
		known[o.Name] = true
	}
	for _, f := range formats {
		assert.NotEmpty(t, f.Forms, f.Name)
		for _, p := range f.Parties {
			assert.True(t, known[p], "format %q: party %q is not in the country or organisation table", f.Name, p)
		}
	}
	seen := map[string]string{}
	for _, c := range vocab.Countries {
		for _, f := range append([]string{c.Name}, c.Forms...) {
			if prev, ok := seen[f]; ok && prev != c.Name {
				t.Errorf("form %q names both %s and %s", f, prev, c.Name)
			}
			seen[f] = c.Name
		}
	}
	for place, country := range vocab.Cities {
		assert.True(t, known[country], "city %q: unknown country %q", place, country)
	}
	for h, v := range handles {
		assert.True(t, known[v.Country], "handle %q: unknown country %q", h, v.Country)
	}
	assert.GreaterOrEqual(t, len(vocab.Countries), 100, "about a hundred countries")
}
