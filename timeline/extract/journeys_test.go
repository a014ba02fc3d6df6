package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A journey told stage by stage: "flew on to", "before flying to" and
// ", then" tell the next stage, which is neither where the stage before
// took place nor dated by it. The lead is dated Monday 6 March 2023.
func TestJourneyStages(t *testing.T) {
	runLeadCases(t, []leadCase{
		{"flew on to a city",
			"Chilean President Pedro Salas flew on to Lima on Tuesday for talks with Peruvian President Tomas Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-02-28..2023-02-28"}, nil},
		{"will fly on to a city",
			"Chilean President Pedro Salas will fly on to Lima on Tuesday for a meeting with Peruvian President Tomas Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-07..2023-03-07"}, nil},
		{"a meeting before flying elsewhere is not held there",
			"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Thursday before flying to Quito.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02", "visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-06"},
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-03-02..2023-03-02"}},
		{"before heading on to",
			"Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Thursday before heading on to Quito.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02", "visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-06"}, nil},
		{"during which",
			"Chilean Foreign Minister Marta Diaz arrived in Lima on Monday on a two-day visit during which she will hold talks with Peruvian officials.",
			[]string{"talks|Marta Diaz,Peru|planned|Lima 2023-03-06..2023-03-07"},
			[]string{"visit|Marta Diaz,Peru|occurred|Lima 2023-03-06..2023-03-07"}},
		{"the where clause ends where the next stage begins",
			"Chilean President Pedro Salas will travel to Bolivia, where he will visit a mine, before flying to Lima on Tuesday for talks with Peruvian President Tomas Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-07..2023-03-07"},
			[]string{"visit|Bolivia,Pedro Salas|planned| 2023-03-07..2023-03-07"}},
	})
	// A day told as the day's news leaves what comes after it ahead.
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Monday before flying to Quito."),
		"visit|Ecuador,Pedro Salas|planned|Quito undated")
}
