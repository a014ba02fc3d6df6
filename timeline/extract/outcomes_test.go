package extract

import (
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

// An outcome told with its day ("signed", "agreed") dates the talks it
// followed, whichever side of the verb the day stands on and however long
// the outcome; a plan agreed ("agreed to expand trade") is the clause's,
// not the talks'.
func TestOutcomesDateTheirTalks(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"day before the outcome verb", "Salas and Reyes on Friday signed seven agreements after talks in Lima.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"a plan agreed, then the talks", "Salas and Reyes on Friday agreed to expand trade, following talks at the Government Palace in Lima.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"a long outcome", "Salas and Reyes on Friday agreed to expand cross-border trade and speed up work on a joint power line, following talks at the Government Palace in Lima.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"talks to come", "Salas and Reyes will sign a trade pact after talks in Lima on Friday.",
			"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10"},
	})
}

// People of countries whose people have no family name go by their
// given name, the first word of their name: "Abiy", and Thais too
// ("Prime Minister Prayut", "Minister Don") in the English press.
func TestGivenNameCountries(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"Ethiopia", "Ethiopian Prime Minister Abiy Ahmed spoke to reporters. Abiy arrived in Nairobi on Friday.",
			"visit|Abiy Ahmed,Kenya|occurred|Nairobi 2023-03-03..2023-03-03"},
		{"Eritrea", "Eritrean President Isaias Afwerki spoke to reporters. Isaias arrived in Nairobi on Friday.",
			"visit|Isaias Afwerki,Kenya|occurred|Nairobi 2023-03-03..2023-03-03"},
		{"Thailand, after 'with'", "Thai Foreign Minister Suchart Wongsa spoke to reporters. Ana Cruz of Peru will travel to Bangkok on Friday for talks with Suchart on trade.",
			"talks|Ana Cruz,Suchart Wongsa|planned|Bangkok 2023-03-10..2023-03-10"},
		{"Thailand, a subject", "Thai Prime Minister Somchai Ratana spoke to reporters. Somchai arrived in Hanoi on Friday.",
			"visit|Somchai Ratana,Vietnam|occurred|Hanoi 2023-03-03..2023-03-03"},
	})
}

// A participle phrase after "before" takes the status of its main clause
// when its own words give none.
func TestSequelTakesTheMainClauseStatus(t *testing.T) {
	runCapabilities(t, []capability{
		{"scheduled, before flying", "Salas is scheduled to address Congress on Friday before flying to Quito, where he will hold talks with Ecuadorean President Luis Vega.",
			[]string{"talks|Luis Vega,Pedro Salas|planned|Quito"}},
		{"done, before flying", "Salas addressed Congress on Friday before flying to Bolivia.",
			[]string{"visit|Bolivia,Pedro Salas|occurred|"}},
	})
}

// A day ends the name of a gathering: "Congress on Friday" names no
// "Congress on Friday", and addressing one's own congress is no event.
func TestDayEndsAGatheringName(t *testing.T) {
	runCapabilities(t, []capability{
		{"congress on a day", "Salas addressed Congress on Friday.", nil},
		{"a named conference", "Salas attended the Conference on Disarmament in Geneva on Friday.",
			[]string{"summit|Pedro Salas|occurred|Geneva"}},
	})
}

// A session of one country's legislature is no meeting of states; a
// session of a body of states is.
func TestLegislatureSessions(t *testing.T) {
	runCapabilities(t, []capability{
		{"joint session of congress", "Salas addressed a joint session of the Peruvian Congress on Friday.", nil},
		{"sitting of parliament", "Reyes spoke at a special session of the Chilean parliament on Friday.", nil},
		{"session of the General Assembly", "Salas addressed a session of the UN General Assembly in New York on Friday.",
			[]string{"summit|Pedro Salas,UN General Assembly|occurred|New York"}},
		{"session of a regional assembly", "Salas addressed a session of the OAS General Assembly in Lima on Friday.",
			[]string{"summit|Organization of American States,Pedro Salas|occurred|Lima"}},
	})
}

// Talks told done are not the meeting planned ahead of the same two, and
// a return from a place dates what the clause of "where" after it holds.
func TestDoneIsNotThePlan(t *testing.T) {
	got := datedMentions("Salas and Reyes will meet in Geneva on March 20. Salas returned on Saturday from Lima, where he held three days of talks with Reyes.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Geneva 2023-03-20..2023-03-20")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-04..2023-03-04")
	// Told as a plan, the same words are the plan.
	got = datedMentions("Salas and Reyes will meet in Geneva on March 20. There they will hold three days of talks.")
	assert.NotContains(t, strings.Join(got, "\n"), "occurred")
}

// "On the margins of the summit" is of the summit the article told, even
// several sentences back: the event takes its days and place.
func TestMarginsOfTheSummitToldBefore(t *testing.T) {
	got := datedMentions("Salas attended the Pacific Alliance summit in Lima on Friday. Trade topped the agenda. Leaders praised the bloc. Ministers signed two accords. Business leaders met separately. Protesters gathered outside. On the margins of the summit, Salas held a bilateral meeting with Bolivian President Luis Arce.")
	assert.Contains(t, got, "meeting|Luis Arce,Pedro Salas|occurred|Lima 2023-03-03..2023-03-03")
}

// "A round of consultations": the consultations report the event, the
// round is no other one; "a round of the dialogue" is the session.
func TestRoundOfAnEvent(t *testing.T) {
	got := datedMentions("Salas held talks with Reyes in Lima on Friday. The previous round of Chilean-Peruvian consultations was held in Santiago in November 2022.")
	assert.ElementsMatch(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03",
		"talks|Chile,Peru|occurred|Santiago 2022-11-01..2022-11-30",
	}, got)
	got = datedMentions("The latest round of the border dialogue between Chile and Peru took place in Arica on Friday.")
	assert.Contains(t, strings.Join(got, "\n"), "|occurred|Arica 2023-03-03..2023-03-03")
}

// A day of the narrative counts from the day named sentences and
// paragraphs before: "On April 11, … (two paragraphs) … On the same day,
// …".
func TestSameDayParagraphsLater(t *testing.T) {
	got := datedMentions("On March 1, Salas held talks with Reyes in Lima.\n\nSalas said ties were strong. Reyes said he agreed.\n\nThe two sides agreed to hold the next round in Santiago next year.\n\nOn the same day, Bolivian President Luis Arce met with Salas.")
	assert.Contains(t, got, "meeting|Luis Arce,Pedro Salas|occurred| 2023-03-01..2023-03-01")
}

// "Earlier in the day", "later in the day" are the day the narrative is
// at, named sentences or paragraphs before, not the day of writing.
func TestEarlierInTheDay(t *testing.T) {
	got := datedMentions("Salas held talks with Reyes in Lima on Thursday.\n\nChilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega earlier in the day.")
	assert.Contains(t, got, "meeting|Ana Cruz,Rosa Vega|occurred| 2023-03-02..2023-03-02")
	got = datedMentions("Salas held talks with Reyes in Lima on Thursday. Later in the day, Chilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega.")
	assert.Contains(t, got, "meeting|Ana Cruz,Rosa Vega|occurred| 2023-03-02..2023-03-02")
}

// A date inside a relative clause set off by commas is the clause's, not
// the main clause's event's; an event inside the clause takes it.
func TestDateInsideAnAside(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"aside before the event", "Salas, who took office in March 2022, met Reyes in Arica on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
		{"event inside the aside", "Reyes, who met Salas in Arica on Friday, said ties were strong.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
		{"a relative that dates the event", "The talks between Salas and Reyes, which were held in Arica on Friday, ended well.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
	})
}

// A weekday with the week named right after it is that day of that week
// (written on Friday 10 March 2023).
func TestWeekdayOfAWeek(t *testing.T) {
	friday := date.New(2023, 3, 10)
	for _, c := range []datedCase{
		{"last week", "Salas met Reyes in Lima on Tuesday last week.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-02-28..2023-02-28"},
		{"of next week", "Salas will meet Reyes in Lima on Thursday of next week.", "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-16..2023-03-16"},
		{"a weekday alone", "Salas met Reyes in Lima on Tuesday.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-07..2023-03-07"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := timeline.Article{ID: "test.txt", Published: friday, Body: intro + c.body}
			assert.Contains(t, datedBriefs(a), c.want, c.body)
		})
	}
}

// A date inside a quotation is the speaker's: it does not keep the
// sentence's own event from the day's news.
func TestQuotedDateIsTheSpeakers(t *testing.T) {
	got := datedLead(`"We will meet again in Lima next month," Chilean President Pedro Salas said after talks with Peruvian President Tomas Reyes.`)
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06")
	// outside quotation marks the day is the clause's: "after talks" are
	// before it, undated
	got = datedLead("Chilean President Pedro Salas said on Friday after talks with Peruvian President Tomas Reyes that ties were strong.")
	assert.NotContains(t, strings.Join(got, "\n"), "2023-03-06")
}

// "Days after" with no count puts the event two to six days from the one
// it is told against; a return told in an aside ends the trip of the main
// clause.
func TestFewDaysAndAsideReturns(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"days after", "Salas spoke by phone with Reyes on Friday. The call came days after Salas hosted Bolivian President Luis Arce in Santiago.",
			"meeting|Luis Arce,Pedro Salas|occurred|Santiago 2023-02-25..2023-03-01"},
		{"aside return", "Salas, who returned to Santiago on Sunday, also visited Bolivia and Ecuador during the tour.",
			"visit|Bolivia,Pedro Salas|occurred| 2023-03-05..2023-03-05"},
	})
}

// A quoted "we" joins its speaker with the person the sentence names
// after "with" outside the quotation.
func TestQuotedWeWith(t *testing.T) {
	runCapabilities(t, []capability{
		{"we after talks with", `"We will meet again in Quito next month," Salas said after talks with Reyes on Sunday.`,
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Quito", "talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"no one with", `"We will meet again in Quito next month," Salas told reporters.`,
			nil},
	})
}

// An event ruled out, or told in a report someone denied, is none:
// "ruled out a meeting with X", "denied reports that X would travel to
// Lima", "dismissed speculation that the two would meet". A report
// confirmed stays the event it tells.
func TestRuledOutAndDeniedReports(t *testing.T) {
	for _, body := range []string{
		"Chilean President Pedro Salas ruled out a meeting with Peruvian President Tomas Reyes before the elections.",
		"Chilean officials denied reports that President Pedro Salas would travel to Lima next week.",
		"The Chilean foreign ministry dismissed media reports that Chilean President Pedro Salas would meet Peruvian President Tomas Reyes in Lima next week.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned|Lima 2023-03-13..2023-03-19"},
		datedLead("Chilean officials confirmed reports that President Pedro Salas would travel to Lima next week."))
}
