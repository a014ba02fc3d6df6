package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A name a government writes family name first in capitals ("Mr. SATO
// Kenji") is given the English press's order when the person's country
// is one whose names the press writes given name first (Japan); a
// Chinese or Korean name so written keeps its order, as does a name of
// no known country. The written form stays an alias.
func TestCapitalFamilyNamesInThePressOrder(t *testing.T) {
	runCapabilities(t, []capability{
		{"Japanese and Korean", "On March 3, Mr. SATO Kenji, Prime Minister of Japan, held talks with H.E. Mr. KIM Min-su, President of the Republic of Korea.",
			[]string{"talks|Kenji Sato,Kim Min-su|occurred|"}},
		{"Japanese and Chinese", "Ms. SATO Yumi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. WANG Lei, Minister of Foreign Affairs of China, in Tokyo on Friday.",
			[]string{"meeting|Wang Lei,Yumi Sato|occurred|Tokyo"}},
		{"an office before the name", "Japanese Foreign Minister Ms. SATO Yumi met with Salas on Friday.",
			[]string{"meeting|Pedro Salas,Yumi Sato|occurred|"}},
		{"no country known", "Mr. SATO Kenji held talks with Salas on Friday.",
			[]string{"talks|Pedro Salas,Sato Kenji|occurred|"}},
	})
	found := false
	for _, m := range Extract(story("", intro+"Ms. SATO Yumi, Minister for Foreign Affairs of Japan, held talks with Salas on Friday. Minister Sato thanked him.")) {
		for _, p := range m.Participants {
			if p.Name == "Yumi Sato" {
				found = true
				assert.Contains(t, p.Aliases, "Sato Yumi", "the written form is an alias")
			}
		}
	}
	assert.True(t, found, "Yumi Sato takes part")
}
