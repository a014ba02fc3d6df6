package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event noun opening the clause an agreement verb governs ("A and B
// agreed that talks would take place …") is the subject's event, as after
// "agreed to hold", when the clause says it is to happen.
func TestAgreedThatEventIsTheSubjects(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"would take place", "Salas and Reyes agreed that talks would take place in Geneva on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned|Geneva 2023-03-20..2023-03-20"},
		{"should resume", "Chile and Peru agreed that direct negotiations should resume in April.",
			"talks|Chile,Peru|planned| 2023-04-01..2023-04-30"},
		{"a meeting, decided", "Salas and Reyes decided that a meeting would be held in Lima on March 24.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-24..2023-03-24"},
		{"further talks", "Salas and Reyes agreed that further talks will take place in Quito next week.",
			"talks|Pedro Salas,Tomas Reyes|planned|Quito 2023-03-13..2023-03-19"},
		{"other party named", "Salas agreed that a meeting with Reyes would take place in Lima on March 20.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-20..2023-03-20"},
	})
}

// A clause that judges the event, or a verb that only reports it, names
// no event of the subject's.
func TestAgreedThatNeedsAnEventToHappen(t *testing.T) {
	for _, body := range []string{
		"Chilean and Peruvian ministers agreed that a meeting would be useful.",
		"Chile and Peru agreed that talks were the only way forward.",
		"Chile and Peru said that talks would take place in Geneva on March 20.",
	} {
		t.Run(body, func(t *testing.T) {
			for _, m := range datedLead(body) {
				assert.False(t, strings.HasPrefix(m, "talks|Chile,Peru") || strings.HasPrefix(m, "meeting|Chile,Peru"), "%s: %s", body, m)
			}
		})
	}
}

// A sentence that opens with a bare plural event noun said to take place
// or go on ("Talks will resume …", "Negotiations are also to be held …")
// stands for the event told before; its own day makes it a later
// session, held at the organisation its clause names.
func TestBarePluralRefersBack(t *testing.T) {
	const lead = "Salas and Reyes held talks in Lima on Monday. "
	runDatedCases(t, intro+lead, []datedCase{
		{"resume", "Talks will resume in Santiago on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-20..2023-03-20"},
		{"also be held", "Talks will also be held in Quito on March 22.",
			"talks|Pedro Salas,Tomas Reyes|planned|Quito 2023-03-22..2023-03-22"},
		{"at an organisation", "Negotiations are also to be held at the OSCE on March 23.",
			"talks|OSCE,Pedro Salas,Tomas Reyes|planned| 2023-03-23..2023-03-23"},
		{"named sides resume", "Chilean-Peruvian talks will resume in Santiago on March 21.",
			"talks|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-21..2023-03-21"},
	})
	// Its own parties are its own; a noun said to be nothing is no event.
	assert.Contains(t, datedLead(intro+lead+"Talks between Bolivia and Brazil will resume on March 21."),
		"talks|Bolivia,Brazil|planned| 2023-03-21..2023-03-21")
	for _, m := range datedLead(intro + lead + "Talks are important for the region.") {
		assert.True(t, strings.HasSuffix(m, "2023-03-06..2023-03-06"), "only Monday's talks: %s", m)
	}
}

// A verb of agreement keeps its subject and its infinitive across an
// adjunct that tells how or when it was agreed: "A and B agreed in a phone
// call on Saturday to meet in Lima in April" is a call on Saturday and a
// meeting planned in Lima in April; the call is no plan and has no place.
func TestAgreedAcrossAnAdjunct(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"in a phone call", "Salas and Reyes agreed in a phone call on Saturday to meet in Lima in April.", []string{
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30"}},
		{"during their talks", "Salas and Reyes decided during their talks on Monday to meet again in May.", []string{
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-05-01..2023-05-31"}},
		{"after talks in a city", "Salas and Reyes agreed after talks in Quito to hold a summit in May.", []string{
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-05-01..2023-05-31"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(intro + c.body)
			for _, w := range c.want {
				assert.Contains(t, got, w, c.body)
			}
		})
	}
	// The talks after which it was agreed are no plan, and keep their city.
	got := strings.Join(datedLead(intro+"Salas and Reyes agreed after talks in Quito on Monday to hold a summit in May."), "\n")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Quito 2023-03-06..2023-03-06")
}

// A visit named with its visitor after "by" runs to the visitor, so the
// verb after it gives its status: "A visit to Lima by X has been
// postponed".
func TestVisitByVisitorThenStatus(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"postponed", "A visit to Lima by Salas has been postponed, officials said on Friday.", "visit|Pedro Salas,Peru|postponed|Lima undated"},
		{"cancelled", "A planned trip to Quito by Reyes was cancelled.", "visit|Ecuador,Tomas Reyes|cancelled|Quito undated"},
	})
}

// A place phrase right after another event's word is that event's: "will
// attend the G7 summit and then the NATO summit in Madrid" places only the
// second.
func TestPlaceOfTheNearerEventWord(t *testing.T) {
	got := datedLead(intro + "Salas will attend the G7 summit and then the NATO summit in Madrid in June.")
	assert.Contains(t, got, "summit|G7,Pedro Salas|planned| 2023-06-01..2023-06-30")
	assert.Contains(t, got, "summit|NATO,Pedro Salas|planned|Madrid 2023-06-01..2023-06-30")
	// A gathering that holds the event shares its place.
	assert.Contains(t, datedLead(intro+"Salas met Reyes at the Pacific Alliance summit in Lima on Friday."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	assert.Contains(t, datedLead(intro+"Salas and Reyes agreed to meet in Lima in April on the sidelines of the APEC summit."),
		"summit|APEC,Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30")
	// A session of a body's conference is held where the conference is.
	got = datedLead(intro + "Salas will take part in the 44th session of the OAS General Assembly in Lima on March 20.")
	assert.Contains(t, strings.Join(got, "\n"), "|Lima 2023-03-20..2023-03-20")
}

// "Their" before an annual or compound-named event ("will hold their
// annual 2+2 ministerial dialogue in New Delhi next week") is its
// subject's, and a day of its own makes it one session, however habitual
// its description; a ministerial dialogue is talks.
func TestTheirAnnualSessionWithADay(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"2+2 and annual", "Chile and Peru will hold their annual 2+2 ministerial dialogue in Lima next week.",
			"talks|Chile,Peru|planned|Lima 2023-03-13..2023-03-19"},
		{"annual with a day", "Chile and Peru will hold their annual summit in Lima on March 20.",
			"meeting|Chile,Peru|planned|Lima 2023-03-20..2023-03-20"},
		{"ministerial dialogue", "Chile and Peru will hold a ministerial dialogue in Lima next week.",
			"talks|Chile,Peru|planned|Lima 2023-03-13..2023-03-19"},
	})
	// With no day, an annual event is a habit.
	assert.Empty(t, datedLead("Chile and Peru hold annual talks."))
	// "Their first meeting" is a new event, not the one told before: the
	// 2019 meeting keeps its year, and the ministers' meeting of today is
	// their countries' (TestTheirOfficials).
	got := datedLead(intro + "Salas met Reyes in Lima in 2019. Their ministers held their first meeting in such format today.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2019-01-01..2019-12-31")
	for _, m := range got {
		if strings.Contains(m, "Pedro Salas") {
			assert.NotContains(t, m, "2023-03-06", m)
		}
	}
}

// Words that describe an event ("a fresh round of talks", "their latest
// meeting", "an urgent meeting") stand between it and its subject.
func TestEventDescribedBetweenItAndItsSubject(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"fresh round", "Chile and Peru held a fresh round of talks in Geneva on Friday.",
			"talks|Chile,Peru|occurred|Geneva 2023-03-03..2023-03-03"},
		{"urgent meeting", "Chile and Peru held an urgent meeting in Lima on Friday.",
			"meeting|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
}

// "Their" after a verb of holding is the subject's own event ("A and B
// held their first high-level economic dialogue in six years"), and a
// topic in lower case ("economic", "trade", "treaty", "ceasefire",
// "peace": event-topics) stands between an event and
// its subject; a dialogue told as a process ("continue to strengthen
// their dialogue on migration", "their strategic dialogue on Arctic
// cooperation") refers to no event told before.
func TestTheirHeldDialogue(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"their first economic dialogue", "Chile and Peru held their first high-level economic dialogue in six years on Friday.",
			"talks|Chile,Peru|occurred| 2023-03-03..2023-03-03"},
		{"trade talks", "Chilean and Peruvian negotiators held trade talks in Lima on Friday.",
			"talks|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"treaty negotiations", "Chile and Peru will hold the first round of treaty negotiations in Lima next week.",
			"talks|Chile,Peru|planned|Lima 2023-03-13..2023-03-19"},
		{"ceasefire talks", "Chile and Peru held ceasefire talks in Geneva on Friday.",
			"talks|Chile,Peru|occurred|Geneva 2023-03-03..2023-03-03"},
		{"peace negotiations", "Chile and Peru will open peace negotiations in Geneva next week.",
			"talks|Chile,Peru|planned|Geneva 2023-03-13..2023-03-19"},
		{"a plural subject before a topic", "Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Friday. The two countries will hold treaty negotiations in Geneva next week.",
			"talks|Chile,Peru|planned|Geneva 2023-03-13..2023-03-19"},
		{"the two sides, a topic", "Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Friday. The two sides will hold treaty negotiations in Geneva next week.",
			"talks|Pedro Salas,Tomas Reyes|planned|Geneva 2023-03-13..2023-03-19"},
	})
	got := datedLead(intro + "Salas met Reyes in Lima on Friday. The two countries are continuing to strengthen their dialogue on migration.")
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"}, got)
}

// "X spoke with Y on Monday and agreed to meet in Lima": the plan is the
// meeting's, not the conversation's, and the meeting is held with the
// people the first verb was held with.
func TestAgreedAfterAnEventOfTheClause(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"spoke, then agreed to meet", "Salas spoke with Reyes on Monday and agreed to meet in Lima.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
		{"the meeting agreed on", "Salas spoke with Reyes on Monday and agreed to meet in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima undated"},
		{"held talks, then decided", "Salas held talks with Reyes on Friday and decided to meet again in May.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-05-01..2023-05-31"},
		{"held talks, no plan", "Salas held talks with Reyes on Friday and decided to meet again in May.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"both named before", "Salas and Reyes spoke on Monday and agreed to meet in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima undated"},
	})
}

// A visit under consideration is no event, as a possible one is not;
// "may" and "might" look ahead, so the month of a plan told with them is
// the next one.
func TestConsideredAndMayEvents(t *testing.T) {
	for _, body := range []string{
		"Chilean President Pedro Salas is considering a visit to Peru, a newspaper reported.",
		"Chilean President Pedro Salas is mulling a trip to Lima next month.",
		"Chile's Salas weighs a visit to Peru in May.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
	runDatedCases(t, "", []datedCase{
		{"may travel", "Chilean President Pedro Salas may travel to Peru in August, his spokesman said.",
			"visit|Pedro Salas,Peru|planned| 2023-08-01..2023-08-31"},
		{"might meet", "Chilean President Pedro Salas might meet Peruvian President Tomas Reyes in Lima in January.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2024-01-01..2024-01-31"},
		// A visit considered a success happened.
		{"considered a success", "Chilean President Pedro Salas called his visit to Peru in January a success.",
			"visit|Pedro Salas,Peru|occurred| 2023-01-01..2023-01-31"},
	})
}

// A date between a verb of plan-verbs and its infinitive ("agreed on
// Friday to meet in Lima") is the day it was agreed: the event is still
// to come, undated; an infinitive of inception-verbs before the event
// noun ("to start talks", "to open accession negotiations", "to launch
// talks") is a plan too.
func TestAgreedOnADayToMeet(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"agreed on a day to meet", "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to meet in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima undated"},
		{"decided on a day to hold talks", "Chilean President Pedro Salas and Peruvian President Tomas Reyes decided on Friday to hold talks in Lima.",
			"talks|Pedro Salas,Tomas Reyes|planned|Lima undated"},
		{"to start talks", "Chile and Peru agreed on Friday to start negotiations on a trade deal.",
			"talks|Chile,Peru|planned| undated"},
		{"to open accession talks", "Chile agreed on Friday to open accession talks with Peru.",
			"talks|Chile,Peru|planned| undated"},
		{"to launch talks", "Chile and Peru agreed to launch talks on a free trade agreement.",
			"talks|Chile,Peru|planned| undated"},
		// The day of the event itself, after the infinitive, dates it.
		{"the event's own day", "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to meet in Lima on March 20.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-20..2023-03-20"},
	})
}
