package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// In a transcript, "you" as the subject of an event word is the person
// spoken to, never the speaker; outside a transcript nobody the article
// names is known to be meant.
func TestSecondPersonSubject(t *testing.T) {
	const turn = "Salas held talks with Reyes. Beginning of talks President of Peru Tomas Reyes: Mr President, welcome to Lima. "
	const reply = " President of Chile Pedro Salas: Thank you."
	cases := []struct{ name, said, want, speaker string }{
		{"had a meeting", "Yesterday, you had a meeting with the head of the Argentine Republic, and we follow your cooperation closely.",
			"meeting|Argentina,Pedro Salas|occurred|", "meeting|Argentina,Tomas Reyes|occurred|"},
		{"visited", "You visited Bolivia last week, I know.", "visit|Bolivia,Pedro Salas|occurred|", "visit|Bolivia,Tomas Reyes|occurred|"},
		{"will meet", "You will meet with the President of Bolivia tomorrow.", "meeting|Bolivia,Pedro Salas|planned|", "meeting|Bolivia,Tomas Reyes|planned|"},
		{"held talks", "I know that you held talks with Prime Minister of Ecuador Rosa Vega.", "talks|Pedro Salas,Rosa Vega|occurred|", "talks|Rosa Vega,Tomas Reyes|occurred|"},
		{"spoke by phone", "Last week you spoke by phone with King of Norway Olaf Berg.", "call|Olaf Berg,Pedro Salas|occurred|", "call|Olaf Berg,Tomas Reyes|occurred|"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range Extract(story("Talks with President of Chile Pedro Salas", intro+turn+c.said+reply)) {
				got = append(got, brief(m))
			}
			assert.Contains(t, got, c.want, c.said)
			assert.NotContains(t, got, c.speaker, "the speaker is not 'you'")
		})
	}
}

// Outside a transcript, "you" stands for nobody the article names: the
// person quoted is not its subject.
func TestSecondPersonOutsideATranscript(t *testing.T) {
	runCapabilities(t, []capability{
		{"in a quotation", `"You visited Bolivia last week," Salas told reporters.`, nil},
		{"you will meet", `"You will meet Reyes tomorrow," Salas said.`, nil},
	})
}

// A one-sided report ("talks with X") takes the parties of another
// report of the same family only when that report has no other day of
// its own.
func TestOneSidedNotCompletedByAnotherDay(t *testing.T) {
	got := leadBriefs("Talks with President of Chile Pedro Salas took place in Lima today. Yesterday, Salas had a meeting with Bolivian President Luis Mamani.")
	assert.NotContains(t, got, "talks|Luis Mamani,Pedro Salas|occurred|Lima", "yesterday's meeting names another event")
	assert.Contains(t, got, "meeting|Luis Mamani,Pedro Salas|occurred|")
	got = leadBriefs("Human rights talks with Peru took place in Lima today. Chile and Peru held talks on human rights today.")
	assert.Contains(t, got, "talks|Chile,Peru|occurred|Lima", "the same day's report completes it")
}

// Labels written in capitals ("PRESIDENT SALAS:") are turns of their
// speakers, the cast members of that surname: "we" in one is the speaker
// and the person spoken to.
func TestCapitalsSpeakerLabels(t *testing.T) {
	a := story("Remarks by President Salas and President Reyes of Peru Before Bilateral Meeting",
		"La Moneda\n\n3:05 P.M.\n\nPRESIDENT SALAS: Mr. President, welcome back. We met in Lima last year, and here we are again.\n\nPRESIDENT REYES: Thank you, Mr. President.")
	var got []string
	for _, m := range Extract(a) {
		if m.Place == "Lima" {
			got = append(got, brief(m)+" "+m.When.Value)
		}
	}
	assert.Equal(t, []string{"meeting|Reyes,Salas|occurred|Lima 2022"}, got)
}

// A past visit a speaker recalls on today's visit ("I last visited Moscow
// in 2019") is a visit of its own, not a report of today's, which a
// meeting of today absorbs.
func TestRecalledVisitIsNotToday(t *testing.T) {
	body := "Chilean President Pedro Salas met with Prime Minister of Peru Luis Vega, who is in Chile on a working visit. " +
		"Pedro Salas: Mr Prime Minister, I am happy to welcome you. Luis Vega: Thank you for the invitation. I last visited Chile in 2019."
	got := allMentions("Meeting with Prime Minister of Peru Luis Vega", body)
	assert.Contains(t, got, "visit|Chile,Luis Vega|occurred| 2019-01-01..2019-12-31")
}
