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
	tab.add("seven major industrial nations", "described")
	tab.add("the island", "too short")
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
		{"United\nStates", "", 0},                              // no match across a paragraph break
		{"seven major industrial nations met", "described", 4}, // written in lower case by the table
		{"Seven Major Industrial Nations", "described", 4},
		{"the island", "", 0}, // two lower-case words would match ordinary text
		{"The island", "too short", 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, n := tab.match(tokenize(tt.in, 0), 0)
			assert.Equal(t, tt.n, n)
			assert.Equal(t, tt.value, v)
		})
	}
}

// TestCompiledTables: extraction's phrase tables are built from vocab's
// rows, so a form of any table finds its row's canonical name. (vocab's
// own tests check that the tables agree with each other.)
func TestCompiledTables(t *testing.T) {
	tests := []struct {
		name, text, want string
		match            func(toks []token) (string, int)
	}{
		{"a country's other name", "Ivory Coast", "Côte d'Ivoire", countryMatch},
		{"its canonical name", "Côte d'Ivoire", "Côte d'Ivoire", countryMatch},
		{"an adjective", "Ivorian", "Côte d'Ivoire", countryMatch},
		{"a country only the dateline table had", "Tonga", "Tonga", countryMatch},
		{"a city of a country", "Gomel", "Belarus", placeMatch},
		{"a capital", "Minsk", "Belarus", placeMatch},
		{"a city only the dateline table had", "Chicago", "United States", placeMatch},
		{"a variant", "Kiev", "Ukraine", placeMatch},
		{"an organisation's short form", "EU", "European Union", orgMatch},
		{"an organisation's acronym", "Organization for Security and Co-operation in Europe", "OSCE", orgMatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, n := tt.match(tokenize(tt.text, 0))
			assert.Equal(t, len(tokenize(tt.text, 0)), n)
			assert.Equal(t, tt.want, v)
		})
	}
	assert.Equal(t, "Kyiv", canonicalPlace("Kiev"))
	assert.Equal(t, "Geneva", canonicalPlace("Geneva"))
	assert.True(t, orgNames["European Union"])
	for _, f := range formats {
		for _, p := range f.Parties {
			_, isCountry := vocab.CountryOf(p)
			assert.True(t, isCountry || orgNames[p], "format %s: party %q", f.Name, p)
		}
	}
}

func countryMatch(toks []token) (string, int) { return lex.countries.match(toks, 0) }
func placeMatch(toks []token) (string, int)   { return lex.capitals.match(toks, 0) }
func orgMatch(toks []token) (string, int)     { return lex.orgs.match(toks, 0) }
