package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A day written as a paragraph's heading before a colon, as a schedule or
// a diary writes it, dates the events of its paragraph, in the tense of
// the sentence it heads: a week ahead lists what is to come, a week's
// diary what was. A trip's length spreads from it. A colon after words of
// a sentence is no heading.
func TestDayHeadings(t *testing.T) {
	// Published on Monday 6 March 2023.
	ahead := "Here are the main diplomatic events of the coming week.\n\n" +
		"TUESDAY: Chilean President Pedro Salas begins a three-day visit to Peru.\n\n" +
		"WEDNESDAY: Peruvian President Tomas Reyes receives the foreign ministers of Bolivia and Ecuador in Lima. Andean Community foreign ministers meet in Quito.\n\n" +
		"THURSDAY-FRIDAY: Bolivian President Luis Arce holds talks with Ecuadorian President Ana Vega in Quito."
	got := datedLead(ahead)
	for _, want := range []string{
		"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09",
		"meeting|Bolivia,Ecuador,Tomas Reyes|planned|Lima 2023-03-08..2023-03-08",
		"summit|Andean Community|planned|Quito 2023-03-08..2023-03-08",
		"talks|Ana Vega,Luis Arce|planned|Quito 2023-03-09..2023-03-10",
	} {
		assert.Contains(t, got, want)
	}
	diary := "The week in diplomacy.\n\n" +
		"THURSDAY: Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima.\n\n" +
		"Friday, March 3: Salas held talks with Bolivian President Luis Arce in La Paz."
	got = datedLead(diary)
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02")
	assert.Contains(t, got, "talks|Luis Arce,Pedro Salas|occurred|La Paz 2023-03-03..2023-03-03")
	// A colon after a sentence's words heads nothing.
	got = datedLead("Chilean President Pedro Salas said on Thursday: \"I will meet Peruvian President Tomas Reyes soon.\"")
	assert.NotContains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-02..2023-03-02")
}

// An event of a clause opened by "as" or "while" with a subject of its own
// named, with no date of its own, happens at the time of the dated event
// of the main clause: "The talks came as X met Y in Quito". "As" before a
// role ("as a co-chair of the Minsk Group") or an idiom ("as soon as
// possible") dates nothing.
func TestWhileClauses(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Sunday. The talks came as Bolivian President Luis Arce met Ecuadorian President Ana Vega in Quito.",
			"meeting|Ana Vega,Luis Arce|occurred|Quito 2023-03-05..2023-03-05"},
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Sunday, as Bolivian President Luis Arce visited Ecuador.",
			"visit|Ecuador,Luis Arce|occurred| 2023-03-05..2023-03-05"},
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Saturday while Bolivian President Luis Arce held talks with Ecuadorian President Ana Vega.",
			"talks|Ana Vega,Luis Arce|occurred| 2023-03-04..2023-03-04"},
	} {
		assert.Contains(t, datedLead(c.body), c.want, c.body)
	}
	got := datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes on Saturday, and Salas spoke of talks both bilaterally and as an OSCE Minsk Group co-chair.")
	for _, m := range got {
		assert.False(t, strings.Contains(m, "Minsk") && strings.Contains(m, "2023-03-04"), m)
	}
}
