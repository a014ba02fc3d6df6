package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event told again with its verb left out ("held talks with A on
// Monday and with B on Tuesday", "met A on Monday, and B in Quito on
// Tuesday") is a second event of the same subject and kind, with its own
// party, place and date; "met A and B on Monday" stays one meeting.
func TestGappedEvents(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"and with", "Salas held talks with Bolivian President Luis Arce on Thursday and with Ecuadorian President Luis Mora on Friday.",
			"talks|Luis Mora,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"a comma and a place", "Salas met Bolivian President Luis Arce in La Paz on Thursday, and Ecuadorian President Luis Mora in Quito on Friday.",
			"meeting|Luis Mora,Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
		{"the first stays", "Salas met Bolivian President Luis Arce in La Paz on Thursday, and Ecuadorian President Luis Mora in Quito on Friday.",
			"meeting|Luis Arce,Pedro Salas|occurred|La Paz 2023-03-02..2023-03-02"},
	})
	got := datedLead(intro + "Salas met Bolivian President Luis Arce and Ecuadorian President Luis Mora on Friday.")
	assert.Equal(t, []string{"meeting|Luis Arce,Luis Mora,Pedro Salas|occurred| 2023-03-03..2023-03-03"}, got, "one meeting")
}
