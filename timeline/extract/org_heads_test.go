package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "The Secretary-General", with no one the article names as holding the
// office, is the head of the one organisation the article names, else of
// the United Nations, as in a UN readout; a bare "the Secretary" is not.
// An organisation named after the title in its sentence, or the other
// party's, is not the one it heads.
func TestUnheldOrganisationHead(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"a readout that names no organisation",
			"The Secretary-General met today with Peruvian President Tomas Reyes. They discussed the border.",
			"meeting|Tomas Reyes,United Nations|occurred| 2023-03-06..2023-03-06"},
		{"a call, written without hyphen",
			"The Secretary General spoke by telephone today with Pedro Salas, President of Chile.",
			"call|Pedro Salas,United Nations|occurred| 2023-03-06..2023-03-06"},
		{"the organisation the article names",
			"Foreign ministers of the OAS gathered in Lima on Friday. The Secretary-General met Peruvian President Tomas Reyes on Saturday.",
			"meeting|Organization of American States,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
		{"not the organisation named after the title",
			"The Secretary-General met today with the Special Envoy of the OAS, Ana Cruz.",
			"meeting|Ana Cruz,United Nations|occurred| 2023-03-06..2023-03-06"},
		{"not the other party's organisation",
			"Foreign ministers of the OAS gathered in Lima on Friday. The Secretary-General met today with the Special Envoy of the OAS, Ana Cruz.",
			"meeting|Ana Cruz,United Nations|occurred| 2023-03-06..2023-03-06"},
		{"an envoy with a remit, in apposition",
			"The Secretary-General met today with the Special Envoy of the OAS for the Andean Region, Ana Cruz.",
			"meeting|Ana Cruz,United Nations|occurred| 2023-03-06..2023-03-06"},
		{"the holder the article names",
			"UN Secretary-General Ana Ruiz arrived in Lima on Friday. The Secretary-General met Peruvian President Tomas Reyes on Saturday.",
			"meeting|Ana Ruiz,Tomas Reyes|occurred|Lima 2023-03-04..2023-03-04"},
	})
	for _, body := range []string{
		"The Secretary met today with Peruvian President Tomas Reyes.",
		"NATO and the OAS issued statements. The Secretary-General met Peruvian President Tomas Reyes on Saturday.",
	} {
		for _, m := range datedLead(body) {
			t.Errorf("%s: unexpected %s", body, m)
		}
	}
}

// Right after the title of an office, a one-word title of a head of state
// is a given name: one person holds no office and throne by two titles in
// a row. A rank, an honorific and a monarch's second title are titles.
func TestHeadTitleAsGivenName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Chilean Foreign Minister Amir Salas", "Amir Salas"},
		{"Chilean Industry Minister Sultan Reyes", "Sultan Reyes"},
		{"Chilean Army Chief General Pedro Salas", "Pedro Salas"},
		{"Qatari Crown Prince Sheikh Tamim Reyes", "Tamim Reyes"},
		{"Qatari Emir Sheikh Tamim Reyes", "Tamim Reyes"},
		{"Qatari Amir Tamim Reyes", "Tamim Reyes"},
	} {
		ents := recognise(tokenize(c.text, 0))
		if assert.Len(t, ents, 1, c.text) {
			assert.Equal(t, c.name, ents[0].Name, c.text)
		}
	}
}
