package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "Their first X since Y": Y is an earlier event of the same parties.
// The lead is dated Monday 6 March 2023.
func TestFirstSinceIsAnEarlierEventOfTheSameParties(t *testing.T) {
	runLeadCases(t, []leadCase{
		{"a summit, then a meeting of two",
			"Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Friday, their first meeting since a summit in Quito in January.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03", "meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-01-01..2023-01-31"}, nil},
		{"a call since a summit, a long noun between",
			"Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday, their first face-to-face conversation since a summit in Arica in January.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03", "meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-01-01..2023-01-31"}, nil},
	})
	// Without "first", "since" sets no relation between the two.
	for _, m := range datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday, and trade has grown since a summit in Quito in January.") {
		assert.NotContains(t, m, "|Pedro Salas,Tomas Reyes|occurred|Quito", m)
	}
}

// A year that opens the name of the session an event was held at ("met
// at the 2015 United Nations General Assembly") is the event's year, as
// "at the General Assembly in 2015" is; one that opens the name of what
// an event is about stays the name's ("a bid to host the 2030 World
// Expo").
func TestYearOfTheSessionAnEventWasAt(t *testing.T) {
	runLeadCases(t, []leadCase{
		{"at the year's session",
			"Chilean President Pedro Salas and Peruvian President Tomas Reyes met at the 2015 United Nations General Assembly.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2015-01-01..2015-12-31"}, nil},
		{"on the sidelines of the year's session",
			"Chilean President Pedro Salas and Peruvian President Tomas Reyes met on the sidelines of the 2019 UN General Assembly.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2019-01-01..2019-12-31"}, nil},
		{"a name the event is about",
			"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday to discuss Chile's bid to host the 2030 World Expo.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"}, nil},
	})
}
