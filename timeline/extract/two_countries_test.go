package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "The two countries" as a subject stands for two countries, not for the
// people of the event told before: the two the headline names, else the
// countries of that event's people.
func TestTheTwoCountries(t *testing.T) {
	got := allMentions("Chile, Peru leaders pledge to end border row",
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday. "+
			"Salas will travel to Quito on Saturday for talks with Ecuadorean President Luis Mora. "+
			"Foreign ministers of the two countries will meet in Arica in April.")
	assert.Contains(t, got, "talks|Luis Mora,Pedro Salas|planned|Quito 2023-03-11..2023-03-11")
	assert.Contains(t, got, "meeting|Chile,Peru|planned|Arica 2023-04-01..2023-04-30", "the headline's two")
	got = allMentions("",
		"Chilean President Pedro Salas met Ecuadorean President Luis Mora in Quito on Friday. "+
			"The two countries will hold talks on trade in April.")
	assert.Contains(t, got, "talks|Chile,Ecuador|planned| 2023-04-01..2023-04-30", "the countries of the event told before")
	got = allMentions("",
		"Chilean President Pedro Salas met Ecuadorean President Luis Mora in Quito on Friday. "+
			"The two presidents will meet again in April.")
	assert.Contains(t, got, "meeting|Luis Mora,Pedro Salas|planned| 2023-04-01..2023-04-30", "people stand for people")
}

// "Their" after a plural of leaders named right before the phrase ("by
// the two heads of state during their phone call") owns the event, not
// the clause's subject; a minister among the people the sentence names
// gives way to the country.
func TestTheirAfterAPluralOfLeaders(t *testing.T) {
	got := allMentions("", "Chilean Foreign Minister Ana Cruz held talks with Peruvian Foreign Minister Rosa Vega in Lima on Friday. "+
		"Cruz said Chile would work with Peru to implement the consensus reached by the two heads of state during their phone call in January.")
	assert.Contains(t, got, "call|Chile,Peru|occurred| 2023-01-01..2023-01-31")
	for _, m := range got {
		assert.NotContains(t, m, "call|Ana Cruz", "the minister made no call")
	}
	got = allMentions("", "Chilean President Pedro Salas said he discussed trade with Peruvian President Tomas Reyes during their phone call in January.")
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-01-01..2023-01-31", "their: the clause's two")
}
