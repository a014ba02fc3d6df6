package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Without an office before it, a state's formal name ("the Federal Republic of Nigeria", "the
// Sultanate of Oman", "the State of Qatar") names the country: a visit to
// it is a visit to the country. "State" heads such a name only alone:
// "the Islamic State of Iraq" is no state.
func TestFormalStateNamesAlone(t *testing.T) {
	for _, c := range []struct{ text, country string }{
		{"a visit to the Federal Republic of Nigeria", "Nigeria"},
		{"a visit to the Sultanate of Oman", "Oman"},
		{"talks with the State of Qatar", "Qatar"},
		{"a visit to the Democratic Socialist Republic of Sri Lanka", "Sri Lanka"},
	} {
		ents := recognise(tokenize(c.text, 0))
		if assert.Len(t, ents, 1, c.text) {
			assert.Equal(t, c.country, ents[0].Name, c.text)
			assert.Equal(t, entCountry, ents[0].Kind, c.text)
		}
	}
	for _, e := range recognise(tokenize("fighters of the Islamic State of Iraq", 0)) {
		assert.Greater(t, e.Lo, 4, "a group's name is no state's formal name: %+v", e)
	}
	runDatedCases(t, "", []datedCase{
		{"date before the verb", "Chilean President Pedro Salas will on Friday, 10 March 2023, undertake a State Visit to the Federal Republic of Nigeria.",
			"visit|Nigeria,Pedro Salas|planned| 2023-03-10..2023-03-10"},
		{"sultanate", "Chilean President Pedro Salas will pay an official visit to the Sultanate of Oman on Friday.",
			"visit|Oman,Pedro Salas|planned| 2023-03-10..2023-03-10"},
	})
}

// A meeting held on a trip takes its place from whichever report of the
// trip names a city: the headline names the country, the lead the city.
func TestTripPlaceFromAnotherReport(t *testing.T) {
	got := datedBriefs(story("Foreign Minister Ana Cruz to visit the Kingdom of Morocco",
		"Chilean Foreign Minister Ana Cruz will visit Rabat on 22 and 23 March. She will meet her Moroccan counterpart Omar Idrissi."))
	assert.Contains(t, got, "meeting|Ana Cruz,Omar Idrissi|planned|Rabat 2023-03-22..2023-03-23")
	got = datedBriefs(story("Foreign Minister Ana Cruz to visit Morocco",
		"Chilean Foreign Minister Ana Cruz will visit Rabat on 22 and 23 March. She will meet her Moroccan counterpart Omar Idrissi."))
	assert.Contains(t, got, "meeting|Ana Cruz,Omar Idrissi|planned|Rabat 2023-03-22..2023-03-23")
}
