package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Attending something held in a city of another country is a visit to
// it; a gathering of the tables keeps its own session, and a ceremony at
// home is no visit.
func TestAttendedAbroad(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"an inauguration", "Chilean Vice President Ana Cruz will attend the inauguration ceremony of Peruvian President Tomas Reyes in Lima on Friday.",
			"visit|Ana Cruz,Peru|planned|Lima 2023-03-10..2023-03-10"},
		{"a funeral", "Chilean President Pedro Salas attended the funeral of the former king in Madrid on Friday.",
			"visit|Pedro Salas,Spain|occurred|Madrid 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas attended a ceremony in Santiago on Friday.",
		"Chilean President Pedro Salas attended a summit in Lima on Friday.",
		"Pedro Salas attended the inauguration in Lima on Friday.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "visit|", body)
		}
	}
}

// A ceremony of a country's leader (an inauguration, a swearing-in, a
// funeral) is held in that country: attending it is a visit there, though
// no place is named, and a hyphened ceremony ("swearing-in") does not end
// the thing attended at its "in".
func TestAttendedCeremonyOfALeader(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"inauguration, no place", "Chilean President Pedro Salas will attend the inauguration of Peruvian President Tomas Reyes on Friday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-10..2023-03-10"},
		{"a day's ceremony", "Chilean President Pedro Salas will attend Friday's inauguration of Peruvian President Tomas Reyes.",
			"visit|Pedro Salas,Peru|planned| 2023-03-10..2023-03-10"},
		{"funeral of the late", "Chilean Foreign Minister Ana Cruz attended the funeral of the late Bolivian President Luis Arce on Saturday.",
			"visit|Ana Cruz,Bolivia|occurred| 2023-03-04..2023-03-04"},
		{"swearing-in, a country's", "Chilean President Pedro Salas will attend the swearing-in of Peru's new president on Friday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-10..2023-03-10"},
		{"swearing-in in a city", "Chilean President Pedro Salas will attend the swearing-in of Peru's new president in Lima on Friday.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-10..2023-03-10"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas attended the inauguration of Chilean President Rosa Vega on Friday.", // at home
		"Chilean President Pedro Salas attended the inauguration of a new bridge on Friday.",                // no leader
		"Pedro Salas attended the inauguration of Peruvian President Tomas Reyes on Friday.",                // from nowhere said
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "visit|", body)
		}
	}
}

// Leading a delegation to something held abroad ("led the Chilean
// delegation to the inauguration of …", "headed her country's delegation
// at the funeral of …") is attending it; leading one to a place or a
// country ("will head a high-level delegation to Peru", "will lead an
// interagency delegation to Quito, Ecuador, and Lima, Peru") is a visit
// there. Leading talks, the head of a delegation as a noun, a delegation
// sent or one no one is said to lead, is none.
func TestLedADelegationAbroad(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"led the delegation to a ceremony", "Chilean Vice President Ana Cruz led the delegation to the inauguration of Honduran President Luis Mora in Tegucigalpa on Friday.",
			"visit|Ana Cruz,Honduras|occurred|Tegucigalpa 2023-03-03..2023-03-03"},
		{"headed her country's delegation at", "Chilean Vice President Ana Cruz headed her country's delegation at the funeral of the late Bolivian President Luis Arce on Saturday.",
			"visit|Ana Cruz,Bolivia|occurred| 2023-03-04..2023-03-04"},
		{"a side's delegation to a city", "Chilean Foreign Minister Ana Cruz led a Chilean delegation to Lima on Friday.",
			"visit|Ana Cruz,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"will head … to a country", "Chilean Foreign Minister Ana Cruz will head a high-level delegation to Peru next week.",
			"visit|Ana Cruz,Peru|planned| 2023-03-13..2023-03-19"},
		{"an envoy of no country said, first stop", "Special Envoy Rosa Vega will lead an interagency delegation to Quito, Ecuador, and Lima, Peru, March 12-15.",
			"visit|Ecuador,Rosa Vega|planned|Quito 2023-03-12..2023-03-15"},
		{"an envoy of no country said, second stop", "Special Envoy Rosa Vega will lead an interagency delegation to Quito, Ecuador, and Lima, Peru, March 12-15.",
			"visit|Peru,Rosa Vega|planned|Lima 2023-03-12..2023-03-15"},
	})
	for _, body := range []string{
		"A Chilean trade delegation to Peru signed contracts worth $50 million on Friday.",
		"Chilean President Pedro Salas sent a delegation to Lima on Friday.",
		"Chilean Foreign Minister Ana Cruz led the talks with Peru on Friday.",
		"Ana Cruz, the head of the Chilean delegation to the talks, spoke on Friday.",
		"Chilean Foreign Minister Ana Cruz headed to the airport on Friday.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "visit|", body)
		}
	}
}

// Being in a city of another country is a visit there ("Salas will be in
// Lima on Monday and Tuesday"), told by a copula of presence-copulas and
// "in", for a person whose country the article gives.
func TestPresenceAbroadIsAVisit(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"will be in", "Chilean President Pedro Salas will be in Lima on Tuesday and Wednesday.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-07..2023-03-08"},
		{"was in", "Chilean President Pedro Salas was in Lima on Friday for the inauguration of a new port.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas was in Santiago on Friday.", // at home
		"Pedro Salas was in Lima on Friday.",                       // from nowhere said
		"Chilean President Pedro Salas was born in Lima.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
	// An event told there is the trip's content, as with any trip.
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		datedLead("Chilean President Pedro Salas was in Lima on Friday for talks with Peruvian President Tomas Reyes."))
}

// Representing one's country at something held abroad is a trip there,
// as attending it is.
func TestRepresentingAbroadIsAVisit(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"represent at", "Chilean Foreign Minister Ana Cruz will represent Chile at the inauguration of Peruvian President Tomas Reyes in Lima on Friday.",
			"visit|Ana Cruz,Peru|planned|Lima 2023-03-10..2023-03-10"},
		{"represented in", "Chilean Foreign Minister Ana Cruz represented Chile at the funeral of the late Bolivian President Luis Arce on Saturday.",
			"visit|Ana Cruz,Bolivia|occurred| 2023-03-04..2023-03-04"},
	})
	assert.Empty(t, datedLead("Chilean Foreign Minister Ana Cruz represented Chile at a ceremony in Santiago on Friday."))
}

// A stay of days abroad ("will spend three days in Peru starting
// Friday") is a visit there, as being there is; the country may be named
// instead of a city.
func TestStayAbroadIsAVisit(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"spend days in a country", "Chilean President Pedro Salas will spend three days in Peru starting Friday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-10..2023-03-10"},
		{"spent a week in a city", "Chilean President Pedro Salas spent a week in Lima last month.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-02-01..2023-02-28"},
		{"was in a country", "Chilean President Pedro Salas was in Peru on Friday.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas will spend three days in Chile's south next week.",
		"Chilean President Pedro Salas spent years in Peru as a student.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
}
