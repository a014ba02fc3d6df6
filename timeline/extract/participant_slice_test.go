package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSliceName(t *testing.T) {
	tests := []struct {
		text        string
		first, last int
		want        string
		ok          bool
	}{
		{"Marta Kolbe spoke", 0, 1, "Marta Kolbe", true},
		{"Jean-Marc Duval left", 0, 3, "Jean-Marc Duval", true},
		{"Marta\tKolbe spoke", 0, 1, "", false}, // a tab is no space in a name
		{"Marta  Kolbe spoke", 0, 1, "", false},
		{"Marta Kolbe", 0, 0, "", false}, // one token: nothing to join
		{"Marta Kolbe", -1, -1, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := sliceName(tokenize(tt.text, 0), tt.first, tt.last)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// Tokens of two texts are not one span, even when their offsets agree.
func TestSliceNameTwoTexts(t *testing.T) {
	toks := append(tokenize("Marta", 0), tokenize("Marta Kolbe", 0)[1])
	_, ok := sliceName(toks, 0, 1)
	assert.False(t, ok)
}

// A name sliced from the text reads as the joined one would.
func TestPersonNamesSliced(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Prime Minister Marta Kolbe said.", "Marta Kolbe"},
		{"Foreign Minister Jean-Marc Duval arrived.", "Jean-Marc Duval"},
		{"Minister Anna R. Berg arrived.", "Anna Berg"},
		{"Chancellor Otto Lind Jr. spoke.", "Otto Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var names []string
			for _, e := range recognise(tokenize(tt.text, 0)) {
				if e.Kind == entPerson {
					names = append(names, e.Name)
				}
			}
			assert.Equal(t, []string{tt.want}, names)
		})
	}
}

// joinText slices the text where it can and joins the tokens where it
// cannot: either way, one space wherever the text has a gap.
func TestJoinText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Geneva", "Geneva"},
		{"Rio de Janeiro", "Rio de Janeiro"},
		{"Port-au-Prince", "Port-au-Prince"},
		{"Rio  de\tJaneiro", "Rio de Janeiro"},
		{"St. Petersburg", "St. Petersburg"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, joinText(tokenize(tt.text, 0)))
		})
	}
}
