package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
)

// datelined extracts body as a story datelined in place, country, and
// returns each mention as brief writes it with its days.
func datelined(place, country, body string) []string {
	a := story("", body)
	a.Dateline = timeline.Dateline{Text: place, Place: place, Country: country}
	return datedBriefs(a)
}

// "Visiting" before a person, in a datelined story, is a visit of that
// person to the dateline's country, held in its city; a meeting on it is
// that visit.
func TestVisitingPersonIsOnAVisit(t *testing.T) {
	assert.Contains(t, datelined("Lima", "Peru", "Peruvian President Tomas Reyes and visiting Chilean President Pedro Salas agreed on Friday to reopen the border."),
		"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03")
	assert.Contains(t, datelined("Lima", "Peru", "Visiting Chilean President Pedro Salas will lay a wreath at the national monument on Tuesday."),
		"visit|Pedro Salas,Peru|planned|Lima 2023-03-07..2023-03-07")
	// The meeting on the visit is the visit.
	got := datelined("Lima", "Peru", "Peruvian President Tomas Reyes met with visiting Chilean President Pedro Salas on Friday.")
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"}, got)
}

// Without a dateline, of a visitor of the dateline's own country, or of no
// person, "visiting" says nothing of a visit.
func TestVisitingNeedsADatelineAndAForeignPerson(t *testing.T) {
	for _, got := range [][]string{
		leadBriefs("Peruvian President Tomas Reyes and visiting Chilean President Pedro Salas agreed on Friday to reopen the border."),
		datelined("Santiago", "Chile", "Visiting Chilean President Pedro Salas said on Friday that ties were strong."),
		datelined("Lima", "Peru", "President Tomas Reyes met visiting business leaders on Friday."),
	} {
		for _, m := range got {
			assert.NotContains(t, m, "visit|", m)
		}
	}
}

// A place the sentence names is where the visitor is, whatever the
// dateline says, and with no dateline at all.
func TestVisitingPersonIsWhereTheSentenceSays(t *testing.T) {
	assert.Contains(t, datelined("Washington", "United States", "Visiting Chilean President Pedro Salas laid a wreath in Lima on Friday."),
		"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03")
	assert.Contains(t, leadBriefs("Visiting Chilean President Pedro Salas laid a wreath in Lima on Friday."),
		"visit|Pedro Salas,Peru|occurred|Lima")
	// The talks on the visit are the visit, held where the sentence says.
	got := datelined("Washington", "United States", "Peruvian President Tomas Reyes held talks with visiting Chilean President Pedro Salas in Lima on Friday.")
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"}, got)
	// A visitor in his own country's city is on no visit.
	for _, m := range datelined("Washington", "United States", "Visiting Chilean President Pedro Salas spoke in Santiago on Friday.") {
		assert.NotContains(t, m, "visit|", m)
	}
}

// "Here" in the clause of an event, in a datelined story, is the
// dateline's city: where the event is held, and where a visitor who
// "arrives here" goes.
func TestHereInAClauseIsTheDateline(t *testing.T) {
	assert.Contains(t, datelined("Lima", "Peru", "Chilean and Peruvian negotiators ended two days of talks here on Friday without agreement."),
		"talks|Chile,Peru|occurred|Lima 2023-03-02..2023-03-03")
	assert.Contains(t, datelined("Lima", "Peru", "Chilean President Pedro Salas arrives here March 20 for talks with Peruvian President Tomas Reyes."),
		"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-20..2023-03-20")
	// "is due here" is a trip to the dateline's city, and a plan: the
	// headline's report of the trip is the same leg, and the talks it is
	// for absorb both.
	a := story("Salas to visit Lima", "Chilean President Pedro Salas is due here on Thursday for two days of talks with Peruvian President Tomas Reyes.")
	a.Dateline = timeline.Dateline{Text: "Lima", Place: "Lima", Country: "Peru"}
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-09..2023-03-10"}, datedBriefs(a))
	// "Here" of the saying, after a reporting verb, places nothing.
	for _, m := range datelined("Lima", "Peru", "Chilean President Pedro Salas met Colombian President Ana Cruz on Friday, officials said here.") {
		assert.NotContains(t, m, "Lima", m)
	}
	// Without a dateline, "here" is nowhere.
	for _, m := range leadBriefs("Chilean and Peruvian negotiators ended two days of talks here on Friday.") {
		assert.NotContains(t, m, "Lima", m)
	}
}
