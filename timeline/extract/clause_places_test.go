package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A venue followed by "in" and a city is held in that city, which the
// timeline shows; a city stays itself, and a city of another country is
// no home of the venue.
func TestCityOfAVenue(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"palace of the table", "Chilean President Pedro Salas met Peruvian President Tomas Reyes at the Kremlin in Moscow on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Moscow 2023-03-03..2023-03-03"},
		{"a building no table knows", "Chilean President Pedro Salas received Peruvian President Tomas Reyes at the Moneda Palace in Santiago on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03"},
		{"venue alone", "Chilean President Pedro Salas met Peruvian President Tomas Reyes at the Kremlin on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Kremlin 2023-03-03..2023-03-03"},
		{"a city, then its country", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima in Peru on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"a venue of another country", "Chilean President Pedro Salas met Peruvian President Tomas Reyes at the White House in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|White House 2023-03-03..2023-03-03"},
		{"a noun between the venue and its city", "Chilean President Pedro Salas met Peruvian President Tomas Reyes at the Bocharov Ruchei residence in Sochi on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Sochi 2023-03-03..2023-03-03"},
	})
}

// More seats of government are venues of the table (Chequers,
// the Blue House, Aso Rock …); "the Vatican", a name of the
// Holy See that is also its capital's, is held in Vatican City, as "in
// Singapore" is in Singapore.
func TestMoreSeatsOfGovernment(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"the Apostolic Palace", "Pope Leo XIV received Chilean President Pedro Salas in a private audience at the Apostolic Palace on Friday.",
			"meeting|Leo XIV,Pedro Salas|occurred|Apostolic Palace 2023-03-03..2023-03-03"},
		{"the Palace of the Revolution", "Chilean President Pedro Salas was received at the Palace of the Revolution by Cuban President Luis Ortiz on Friday.",
			"meeting|Luis Ortiz,Pedro Salas|occurred|Palace of the Revolution 2023-03-03..2023-03-03"},
		{"Diaoyutai", "Chilean Foreign Minister Pedro Salas held talks with Chinese Foreign Minister Li Wen at the Diaoyutai State Guesthouse on Friday.",
			"talks|Li Wen,Pedro Salas|occurred|Diaoyutai State Guesthouse 2023-03-03..2023-03-03"},
		{"Chequers", "Chilean President Pedro Salas met British Prime Minister Ana Cruz at Chequers on Friday.",
			"meeting|Ana Cruz,Pedro Salas|occurred|Chequers 2023-03-03..2023-03-03"},
		{"the Blue House", "Chilean President Pedro Salas met South Korean President Lee Min-ho at the Blue House on Friday.",
			"meeting|Lee Min-ho,Pedro Salas|occurred|Blue House 2023-03-03..2023-03-03"},
		{"Aso Rock", "Chilean President Pedro Salas was received at Aso Rock by Nigerian President Ade Okafor on Friday.",
			"meeting|Ade Okafor,Pedro Salas|occurred|Aso Rock 2023-03-03..2023-03-03"},
		{"the Vatican", "Chilean President Pedro Salas met Pope Francis at the Vatican on Friday.",
			"meeting|Francis,Pedro Salas|occurred|Vatican City 2023-03-03..2023-03-03"},
		{"Singapore, as before", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Singapore on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Singapore 2023-03-03..2023-03-03"},
	})
}

// A city whose name opens with its country's name ("Mexico City",
// "Kuwait City") is the city: the longer of the two names wins, while the
// country alone stays a country.
func TestCityNamedAfterItsCountry(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"Mexico City", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Mexico City on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Mexico City 2023-03-03..2023-03-03"},
		{"Kuwait City", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Kuwait City on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Kuwait City 2023-03-03..2023-03-03"},
		{"Guatemala City, then its country", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Guatemala City, Guatemala, on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Guatemala City 2023-03-03..2023-03-03"},
		{"Panama City on a visit", "Chilean President Pedro Salas arrived in Panama City on Friday for a state visit.",
			"visit|Panama,Pedro Salas|occurred|Panama City 2023-03-03..2023-03-03"},
		{"the country alone", "Chilean President Pedro Salas arrived in Mexico on Friday for a state visit.",
			"visit|Mexico,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
}

// A place written after a relative clause set off by commas that follows
// the event's party is the main clause's: "met with X, who is …, in
// Beijing". The trip "accompanying President Y on his state visit" is Y's,
// not the companion's.
func TestPlaceAfterAnAsideAndTheCompanion(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"place after the aside", "Chilean Foreign Minister Ana Cruz met with Peruvian Foreign Minister Rosa Vega, who is on an official visit to Chile, in Santiago on Friday.",
			"meeting|Ana Cruz,Rosa Vega|occurred|Santiago 2023-03-03..2023-03-03"},
		{"an aside with no trip", "Chilean Foreign Minister Ana Cruz met with Peruvian Foreign Minister Rosa Vega, who took office in January, in Santiago on Friday.",
			"meeting|Ana Cruz,Rosa Vega|occurred|Santiago 2023-03-03..2023-03-03"},
		{"a venue in a city after the aside", "Chilean President Pedro Salas met with Peruvian President Tomas Reyes, who is on a state visit to Chile, at La Moneda in Santiago on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03"},
		{"the companion's trip", "On March 3, Chilean Foreign Minister Ana Cruz met with Peruvian Foreign Minister Rosa Vega, who is accompanying President Tomas Reyes on his state visit to Chile, in Santiago.",
			"meeting|Ana Cruz,Rosa Vega|occurred|Santiago 2023-03-03..2023-03-03"},
		{"whose trip", "On March 3, Chilean Foreign Minister Ana Cruz met with Peruvian Foreign Minister Rosa Vega, who is accompanying President Tomas Reyes on his state visit to Chile, in Santiago.",
			"visit|Chile,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03"},
	})
}

// "Met in Singapore": a country whose capital bears its name is the city
// where an event is held. "The foreign ministers of ASEAN will hold their
// annual meeting" is a session of ASEAN.
func TestCityStatesAndTheirMeeting(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"a meeting in a city-state", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Singapore on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Singapore 2023-03-03..2023-03-03"},
		{"another", "Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Monaco on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Monaco 2023-03-03..2023-03-03"},
		{"their annual meeting", "The foreign ministers of ASEAN will hold their annual meeting in Singapore on Friday.",
			"summit|ASEAN|planned|Singapore 2023-03-10..2023-03-10"},
		{"the body's full name", "The foreign ministers of the Association of South East Asian Nations (ASEAN) will open their annual meeting in Singapore on Friday.",
			"summit|ASEAN|planned|Singapore 2023-03-10..2023-03-10"},
	})
}

// "Was in Lima where she met X": a "where" with no comma before it still
// sets the event in the place before it, and "arrived in Quito from Lima
// where he attended the APEC summit" sets the summit in the place left,
// not on the trip to Quito.
func TestWhereWithoutAComma(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"was in a city where", "Last week, Chilean Foreign Minister Ana Cruz was in Lima where she met Peruvian Foreign Minister Rosa Vega.",
			"meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-02-27..2023-03-05"},
	})
	for _, m := range datedLead("Chilean President Pedro Salas arrived in Quito on Friday from Lima where he attended the APEC summit.") {
		assert.NotContains(t, m, "summit|APEC,Pedro Salas|occurred|Quito", "the summit was in the city left")
	}
}

// A place after an event verb and an adverb ("meet again in Moscow") is
// that verb's, not that of an event told later in the clause.
func TestPlaceAfterVerbAndAdverb(t *testing.T) {
	got := datedLead("The two foreign ministers of Chile and Peru will meet again in Lima next month to prepare for a summit between Chilean President Pedro Salas and Peruvian President Tomas Reyes in April.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned| 2023-04-01..2023-04-30")
	assert.NotContains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30")
}

// "The Peruvian capital" names Lima: the place of what happens there and
// where a visit goes, as the city's name would; "the capital" alone names
// none.
func TestCapitalOfACountryAdjective(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes in the Peruvian capital on Thursday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02"}},
		{"Chilean President Pedro Salas will travel to the Colombian capital next week.", []string{"visit|Colombia,Pedro Salas|planned|Bogota 2023-03-13..2023-03-19"}},
		{"Chile and Peru agreed on Thursday to reopen the border after two days of talks between their interior ministers in the Bolivian capital.", []string{"talks|Chile,Peru|occurred|La Paz 2023-03-02..2023-03-02"}},
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes in the Philippine capital Manila on Thursday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Manila 2023-03-02..2023-03-02"}},
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes in the capital on Thursday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"}},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}
