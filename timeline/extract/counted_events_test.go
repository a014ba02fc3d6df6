package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An ordinal before the event noun of a phrase such as "in their first
// talks" counts the pair's events; it names no one, so the parties are
// still the pair that opens the sentence.
func TestOrdinalInAnAfterPhrase(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Sunday to reopen the border, in their first talks since June.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Sunday to reopen the border in their first in-person talks.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes pledged on Saturday to fight smuggling during their third meeting in Arica.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-04..2023-03-04"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes signed a trade pact on Friday after their second round of talks.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to reopen the border in an informal meeting.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	} {
		assert.Contains(t, datedLead(c.body), c.want, c.body)
	}
}

// A period after an event counted by an ordinal ("their second meeting
// this year", "for the third time this month") bounds the count; the day
// the clause gives dates the event. With no day in the sentence, the
// period is still the best date there is.
func TestPeriodOfACount(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday, their third meeting this month.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to reopen the border in their second meeting this year.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Saturday for the second time this year.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-04..2023-03-04"},
		{"Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Thursday, their fourth call this week.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes held their second meeting this year in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-01-01..2023-12-31"},
		{"Chilean President Pedro Salas will meet Peruvian President Tomas Reyes this month in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-01..2023-03-31"},
	} {
		assert.Contains(t, datedLead(c.body), c.want, c.body)
	}
}

// "The two leaders" stands for the pair of the event told before when the
// two people named last were named in different sentences and the later
// of them took part in that event: a third person who passed through a
// sentence in between is no half of the pair. Two people named together
// are still the pair.
func TestTwoLeadersPastAThirdPerson(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Sunday. "
	for _, c := range []struct{ body, want string }{
		{"The talks came before a summit with Bolivian President Luis Arce. Salas told reporters he was pleased. The two leaders last spoke by phone on February 20.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-02-20..2023-02-20"},
		{"The meeting followed a visit by Bolivian President Luis Arce. Reyes said ties were strong. The two presidents last met in January.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-01-01..2023-01-31"},
		{"Earlier, Salas praised Bolivian President Luis Arce. The two leaders last spoke by phone on February 20.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-02-20..2023-02-20"},
		{"The talks were praised by Bolivian President Luis Arce. On Monday, Ecuadorian President Ana Vega thanked him. The two leaders last spoke by phone on February 20.",
			"call|Ana Vega,Luis Arce|occurred| 2023-02-20..2023-02-20"},
	} {
		assert.Contains(t, datedLead(lead+c.body), c.want, c.body)
	}
}

// A reference to the event told before, opening its sentence as the
// subject of a verb of succession ("The talks came a day before a summit
// with X", "The meeting followed talks with X"), makes that event's people
// parties of the event it came before or after, with the person named
// there; a clause of its own after "as" keeps its own subject.
func TestEventAsSubjectOfSuccession(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Sunday. "
	for _, c := range []struct{ body, want string }{
		{"The talks came a day before a trilateral summit with Bolivian President Luis Arce.",
			"summit|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
		{"The meeting followed talks with Bolivian President Luis Arce on Saturday.",
			"talks|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
		{"The talks come ahead of a meeting with Bolivian President Luis Arce next week.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|planned| 2023-03-13..2023-03-19"},
		{"The talks preceded a meeting with Bolivian President Luis Arce on Monday.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
	} {
		assert.Contains(t, datedLead(lead+c.body), c.want, c.body)
	}
	assert.Contains(t, datedLead(lead+"The talks came as Bolivian President Luis Arce met Ecuadorian President Ana Vega in Quito on Sunday."),
		"meeting|Ana Vega,Luis Arce|occurred|Quito 2023-03-05..2023-03-05")
}

// "At" opens a phrase whose event noun belongs to the parties that open
// the sentence, as "after", "during" and "in" do, past an ordinal, "face-
// to-face" and a topic: "The presidents of Chile and Peru pledged on
// Tuesday … at their first face-to-face meeting since …", "Salas, Reyes
// seek to mend ties at border summit". A list of gatherings' members goes
// on past "and the prime minister of C".
func TestAtTheirMeeting(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"The presidents of Chile and Peru pledged on Tuesday to reopen the border, at their first face-to-face meeting since a row erupted last year.",
			"meeting|Chile,Peru|occurred| 2023-02-28..2023-02-28"},
		{"The presidents of Chile and Peru and the prime minister of Bolivia will review trade at their meeting in Arica on Friday.",
			"meeting|Bolivia,Chile,Peru|planned|Arica 2023-03-10..2023-03-10"},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes signed a pact at their second in-person meeting on Tuesday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-02-28..2023-02-28"},
	} {
		assert.Equal(t, []string{c.want}, datedLead(c.body), c.body)
	}
	got := leadBriefsWithHeadline("Salas, Reyes seek to mend ties at border summit",
		"Chilean President Pedro Salas and Peruvian President Tomas Reyes pledged on Tuesday to reopen the border.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|")
}

// leadBriefsWithHeadline lists the mentions of an article with a headline
// as brief writes them.
func leadBriefsWithHeadline(headline, body string) []string {
	var out []string
	for _, m := range Extract(story(headline, body)) {
		out = append(out, brief(m))
	}
	return out
}
