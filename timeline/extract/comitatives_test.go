package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A party named after "together with", "along with" or "alongside" in an
// event's clause takes part in it: after the other party, past a place
// and a date, or set off by commas right after the subject's name.
func TestTogetherWithAddsAParty(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"after place and date", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Arica in August 2022, together with Bolivian President Luis Arce.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|Arica 2022-08-01..2022-08-31"},
		{"along with", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Arica on Friday along with Bolivian President Luis Arce.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
		{"after the subject's name", "Chilean President Pedro Salas, together with Bolivian President Luis Arce, met Peruvian President Tomas Reyes in Arica on Friday.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
	})
	// Not in another clause, nor added to a subject no name gives.
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Arica on Friday; later he toured the port together with Bolivian President Luis Arce."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03")
	assert.Equal(t, []string{"summit|Andean Community|occurred|Lima 2023-03-03..2023-03-03"},
		datedLead("On Friday, together with Bolivia, it convened a meeting of the Andean Community in Lima."))
}

// A meeting verb followed, past its parties, by "for" and a noun of talks
// is those talks: "met for talks", "met B for consultations"; "for lunch"
// stays a meeting.
func TestMeetingForTalks(t *testing.T) {
	runCapabilities(t, []capability{
		{"met for talks", "Chilean President Pedro Salas and Peruvian President Tomas Reyes met for talks in Quito on Monday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"sat down for talks", "Chilean President Pedro Salas and Peruvian President Tomas Reyes sat down for talks in Quito on Monday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"met B for consultations", "Chilean President Pedro Salas met Peruvian President Tomas Reyes for consultations in Quito on Monday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"for lunch", "Chilean President Pedro Salas met Peruvian President Tomas Reyes for lunch in Quito on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Quito"}},
	})
}
