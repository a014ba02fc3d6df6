package extract

import "testing"

// An event told in a participle clause set off by commas right after
// the people who open the sentence is theirs: "A and B, meeting in Lima
// on Monday, agreed …". One person before the clause is no pair.
func TestAppositiveParticipleClause(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"meeting", "Chilean President Pedro Salas and Peruvian President Tomas Reyes, meeting in Lima on Friday, agreed to reopen the border.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"holding talks, after a date", "On Friday, Chile and Bolivia, holding talks in La Paz, agreed to set up a commission.",
			"talks|Bolivia,Chile|occurred|La Paz 2023-03-03..2023-03-03"},
	})
	runCapabilities(t, []capability{
		{"one person", "Salas, meeting reporters in Lima, said the border would reopen.", nil},
	})
}
