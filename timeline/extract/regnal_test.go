package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A monarch's or pope's name keeps the Roman numeral it is written with
// ("Abdullah II", "Carl XVI Gustaf"), which keys nothing: "King Abdullah"
// later in the story is the same person. A generational suffix ("Jr")
// is still left out, and the pronoun "I" is no numeral.
func TestRegnalNumerals(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"after a country adjective", "Chilean President Pedro Salas met Jordanian King Abdullah II in Lima on Friday.",
			"meeting|Abdullah II,Pedro Salas|occurred|Lima 2023-03-03..2023-03-03"},
		{"before of and a country", "Chilean President Pedro Salas met King Mohammed VI of Morocco in Rabat on Friday.",
			"meeting|Mohammed VI,Pedro Salas|occurred|Rabat 2023-03-03..2023-03-03"},
		{"inside a name", "Chilean President Pedro Salas met Swedish King Carl XVI Gustaf in Stockholm on Friday.",
			"meeting|Carl XVI Gustaf,Pedro Salas|occurred|Stockholm 2023-03-03..2023-03-03"},
		{"a pope", "Chilean President Pedro Salas met Pope Leo XIV at the Vatican on Friday.",
			"meeting|Leo XIV,Pedro Salas|occurred|Vatican City 2023-03-03..2023-03-03"},
		{"one letter", "Chilean President Pedro Salas met Norwegian King Harald V in Oslo on Friday.",
			"meeting|Harald V,Pedro Salas|occurred|Oslo 2023-03-03..2023-03-03"},
		{"a generational suffix", "Chilean President Pedro Salas met Philippine President Ramon Cruz Jr in Manila on Friday.",
			"meeting|Pedro Salas,Ramon Cruz|occurred|Manila 2023-03-03..2023-03-03"},
	})
}

func TestRegnalNumeralLaterWithout(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met Jordanian King Abdullah II in Lima on Friday. " +
		"King Abdullah will visit Chile on Saturday.")
	assert.Contains(t, got, "visit|Abdullah II,Chile|planned| 2023-03-11..2023-03-11")
}
