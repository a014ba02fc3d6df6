package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gathering told by an event noun after "the sidelines of" is one
// others meet aside of: multilateral, a summit (kind/sidelines-gathering),
// of the people of the event held on its sidelines and those named with
// it, on that event's day. The event on the sidelines stays an event of
// its own.
func TestGatheringOnWhoseSidelines(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean Foreign Minister Ana Cruz and her Peruvian counterpart Rosa Vega met in Lima on Saturday on the sidelines of a trilateral foreign ministers' meeting with Bolivia.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04", "summit|Ana Cruz,Bolivia,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega in Lima on Saturday on the sidelines of a meeting of Andean Community foreign ministers.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04", "summit|Ana Cruz,Andean Community,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean Foreign Minister Ana Cruz will meet Peruvian Foreign Minister Rosa Vega on Friday on the margins of a regional meeting with Bolivia and Ecuador.",
			[]string{"meeting|Ana Cruz,Rosa Vega|planned| 2023-03-10..2023-03-10", "summit|Ana Cruz,Bolivia,Ecuador,Rosa Vega|planned| 2023-03-10..2023-03-10"}},
	} {
		assert.ElementsMatch(t, c.want, datedLead(c.body), c.body)
	}
	// A meeting that is no gathering's sidelines keeps its kind.
	assert.Equal(t, []string{"meeting|Ana Cruz,Bolivia|occurred|Lima 2023-03-04..2023-03-04"},
		datedLead("Chilean Foreign Minister Ana Cruz attended a meeting with Bolivia in Lima on Saturday."))
}

// An organisation alone as the subject of a meeting is a session of it: "The
// Arab League will hold an emergency meeting on Saturday", "NATO held an
// extraordinary meeting". An emergency or snap meeting is a meeting (only a
// body of one country's is none), and the ambassadors of an organisation
// sit as it, as its envoys and ministers do.
func TestOrganisationsOwnSessions(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"The Andean Community will hold a meeting on Saturday.", []string{"summit|Andean Community|planned| 2023-03-11..2023-03-11"}},
		{"The Andean Community will hold an emergency meeting on Saturday.", []string{"summit|Andean Community|planned| 2023-03-11..2023-03-11"}},
		{"The Arab League held a snap meeting in Cairo on Friday.", []string{"summit|Arab League|occurred|Cairo 2023-03-03..2023-03-03"}},
		{"NATO ambassadors held an emergency meeting in Brussels on Friday.", []string{"summit|NATO|occurred|Brussels 2023-03-03..2023-03-03"}},
		{"EU ambassadors met in Brussels on Friday.", []string{"summit|European Union|occurred|Brussels 2023-03-03..2023-03-03"}},
		{"The ambassadors of Chile and Peru met in Lima on Friday.", []string{"meeting|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"}},
		// One country's bodies and a firm's are no diplomacy.
		{"Chilean President Pedro Salas convened an emergency meeting of his cabinet on Friday.", nil},
		{"The company will hold an emergency meeting on Saturday.", nil},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}

// A gathering's host told by a participle ("the summit convened by Peru")
// is no second event, and the parties named after its place and date
// ("… in Lima on Friday with the presidents of Bolivia and Ecuador") take
// part, also when the host is an office no name gives.
func TestHostedGatheringsWithParties(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas attended the summit convened by Peru in Lima on Friday with the presidents of Bolivia and Ecuador.",
			[]string{"summit|Bolivia,Ecuador,Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"}},
		{"The mini-summit convened by the Chairperson of the Commission in Lima on Friday with the presidents of Bolivia and Ecuador ended without a deal.",
			[]string{"meeting|Bolivia,Ecuador|occurred|Lima 2023-03-03..2023-03-03"}},
		{"Chilean President Pedro Salas attended a dinner hosted by Peruvian President Tomas Reyes on Friday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"}},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}

// A named format held "with" someone has that person for its other side:
// "will hold the 16th India-Japan Foreign Ministers' Strategic Dialogue
// with Foreign Minister of Japan X". The African Union's Peace and Security
// Council is a format of the AU (formats.tsv).
func TestFormatHeldWithSomeone(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		// (the pair's countries too, which merging folds into their people)
		{"Chilean Foreign Minister Ana Cruz will hold the 16th Chile-Peru Strategic Dialogue with Peruvian Foreign Minister Rosa Vega on Friday.",
			"talks|Ana Cruz,Chile,Peru,Rosa Vega|planned| 2023-03-10..2023-03-10"},
		{"Chilean Foreign Minister Ana Cruz will hold the Chile-Peru Foreign Ministers' Strategic Dialogue with Foreign Minister of Peru Rosa Vega on Friday.",
			"talks|Ana Cruz,Rosa Vega|planned| 2023-03-10..2023-03-10"},
		{"The Peace and Security Council of the African Union, at its 1200th meeting held on 3 March, adopted a decision.",
			"summit|African Union|occurred| 2023-03-03..2023-03-03"},
	} {
		assert.Equal(t, []string{c.want}, datedLead(c.body), c.body)
	}
}

// A second infinitive joined by "and to" shares the first one's subject:
// in "Salas is scheduled to meet X and to take part in a climate summit hosted by
// Y", Salas takes part, not X, the first verb's object.
func TestSecondInfinitiveSharesTheSubject(t *testing.T) {
	const lead = "Chilean President Pedro Salas addressed the assembly on Tuesday. "
	got := datedLead(lead + "On Friday, Salas is scheduled to meet UN Secretary-General Anna Weber and to take part in a climate summit hosted by Brazil.")
	assert.Contains(t, got, "meeting|Anna Weber,Pedro Salas|planned| 2023-03-10..2023-03-10")
	assert.Contains(t, got, "meeting|Brazil,Pedro Salas|planned| 2023-03-10..2023-03-10")
	got = datedLead(lead + "On Friday, Salas will meet Peruvian President Tomas Reyes and to attend a trade summit hosted by Brazil.")
	assert.Contains(t, got, "meeting|Brazil,Pedro Salas|planned| 2023-03-10..2023-03-10")
	// Without "and to", the nearest person still.
	got = datedLead(lead + "On Friday, Salas will meet UN Secretary-General Anna Weber, who will take part in a climate summit hosted by Brazil.")
	assert.Contains(t, got, "meeting|Anna Weber,Brazil|planned| 2023-03-10..2023-03-10")
}
