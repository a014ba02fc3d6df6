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
