package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Wire copy says who someone is with a country's possessive: "Chile's
// Salas meets Peru's Reyes". The country is the person's; a single word
// so owned is a person only as the short name of someone the article
// names in full.
func TestPossessedPersons(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Chile's Salas meets Peru's Reyes in Lima",
		"Chilean President Pedro Salas arrived in Lima on Friday for talks with Peruvian President Tomas Reyes.")) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima")
	ents := recognise(tokenize("Chile's Pedro Salas met Peru's Tomas Reyes.", 0))
	if assert.Len(t, ents, 2) {
		assert.Equal(t, "Pedro Salas/Chile", ents[0].Name+"/"+ents[0].Country)
		assert.Equal(t, "Tomas Reyes/Peru", ents[1].Name+"/"+ents[1].Country)
	}
	// A company owned so is no one, the article naming no such person.
	assert.Empty(t, leadBriefs("Chile's Codelco held talks with Peru's Petroperu on Friday."))
}

// An object pronoun after a verb of meeting stands for the person an
// earlier sentence is about, other than the sentence's own subject.
func TestObjectPronounIsThePersonBefore(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"welcomed him", "Chilean President Pedro Salas arrived in Lima on Friday. Peruvian President Tomas Reyes welcomed him at the palace.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"met her", "Chilean Foreign Minister Ana Cruz arrived in Lima on Friday. Peruvian President Tomas Reyes met her later that day.",
			"meeting|Ana Cruz,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// "Told him" is no meeting.
	for _, m := range datedLead("Chilean President Pedro Salas arrived in Lima on Friday. Peruvian President Tomas Reyes told him the border would reopen.") {
		assert.NotContains(t, m, "meeting|", m)
	}
}
