package timeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A person's short name is the one the text itself used, when that alias
// is a run of the name's words ("López Obrador", "Lula", "Tedros");
// otherwise the press's rule for the name (names.ShortName).
func TestParticipantShortName(t *testing.T) {
	for _, c := range []struct {
		p    Participant
		want string
	}{
		{Participant{Name: "Andrés Manuel López Obrador", Type: PersonParty, Country: "Mexico", Aliases: []string{"López Obrador"}}, "López Obrador"},
		{Participant{Name: "Luiz Inacio Lula da Silva", Type: PersonParty, Country: "Brazil", Aliases: []string{"Lula"}}, "Lula"},
		{Participant{Name: "Pedro Salas", Type: PersonParty, Country: "Chile"}, "Salas"},
		{Participant{Name: "Pedro Salas", Type: PersonParty, Country: "Chile", Aliases: []string{"POTUS", "Pedro Salas"}}, "Salas"},
		{Participant{Name: "Pedro Salas", Type: PersonParty, Aliases: []string{"Sal"}}, "Salas"},
		{Participant{Name: "Chile", Type: CountryParty, Aliases: []string{"Chilean"}}, "Chile"},
	} {
		assert.Equal(t, c.want, c.p.ShortName(), c.p.Name)
	}
}
