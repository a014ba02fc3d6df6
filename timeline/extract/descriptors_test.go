package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "The bloc", "the alliance" stand for the organisation the article named
// last, as a pronoun stands for a person; with none named, or with a
// modifier of another kind ("the opposition bloc"), for nothing.
func TestOrganisationDescriptors(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"The Andean Community said on Monday it would cut tariffs. The bloc's leaders will hold a summit in Lima in June.",
			"summit|Andean Community|planned|Lima 2023-06-01..2023-06-30"},
		{"The Andean Community said on Monday it would cut tariffs. The four-nation bloc will hold a summit with Mercosur in April.",
			"summit|Andean Community,Mercosur|planned| 2023-04-01..2023-04-30"},
		{"NATO said on Monday it would boost aid to Ukraine. The alliance's foreign ministers will meet in Brussels next month.",
			"summit|NATO|planned|Brussels 2023-04-01..2023-04-30"},
		{"ASEAN said on Monday it would help Myanmar. The 10-member bloc will hold its summit in Vientiane in October.",
			"summit|ASEAN|planned|Vientiane 2023-10-01..2023-10-31"},
	} {
		assert.Contains(t, datedLead(c.body), c.want, c.body)
	}
	// Capitalised, as the organisation's own releases write it.
	assert.Contains(t, datedLead("NATO said on Monday it would boost aid to Ukraine. The Alliance will hold a summit in Washington in July."),
		"summit|NATO|planned|Washington 2023-07-01..2023-07-31")
	// A name that holds the word is its own organisation.
	assert.Contains(t, datedLead("NATO said on Monday it would boost aid. The Pacific Alliance will hold a summit in Lima in July."),
		"summit|Pacific Alliance|planned|Lima 2023-07-01..2023-07-31")
	assert.Empty(t, datedLead("The bloc will hold a summit with Peru in April."))
	assert.Empty(t, datedLead("The Andean Community said on Monday it would cut tariffs. The opposition bloc in parliament will hold a meeting with Peru on Friday."))
}
