package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A back reference ("the talks", "the negotiations") dated outside the
// days of the event it refers to is a later session of what that event
// agreed: it keeps the kind and tense of its own words, and the parties of
// the event told before.
func TestLaterSessionOfAnAntecedent(t *testing.T) {
	cases := []datedCase{
		{"talks continue after a meeting",
			"Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday. The talks will continue on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"negotiations after a call",
			"Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. The negotiations will take place on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"a meeting agreed in a call",
			"Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. The meeting will take place on March 20.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"a round held before",
			"Chilean President Pedro Salas is holding talks with Peruvian President Tomas Reyes today. The negotiations first took place on February 2.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-02-02..2023-02-02"},
		{"a videoconference dated in its noun phrase",
			"Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. The talks will be held on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
	}
	runDatedCases(t, "", cases)
}

// A reference within the days of its antecedent is that event, as before:
// it takes the antecedent's kind.
func TestSameSessionOfAnAntecedent(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. The discussion on Friday was useful.")
	assert.Equal(t, []string{
		"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03",
		"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03",
	}, got)
}

// A back reference names its own place ("The talks will take place in
// Quito"), but not the place of another event noun after it.
func TestPlaceOfABackReference(t *testing.T) {
	const met = "Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. "
	cases := []datedCase{
		{"a later session", met + "The talks will take place in Quito on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned|Quito 2023-03-20..2023-03-20"},
		{"held in", "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday. The discussions held in Quito focused on trade.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-03-03..2023-03-03"},
		{"a round of", met + "The next round of the talks will be held in Quito on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned|Quito 2023-03-20..2023-03-20"},
	}
	runDatedCases(t, "", cases)
	got := datedLead(met + "The call followed an earlier meeting between the two presidents in Lima last September.")
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03", "Lima is the earlier meeting's")
}

// A determiner that opens a clause of what was said or agreed refers back
// as one that opens the sentence does, when the clause says the event
// takes place; a clause that speaks of the event as a topic does not.
func TestReportedBackReference(t *testing.T) {
	const agreed = "Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. They agreed to hold talks on the border. "
	cases := []datedCase{
		{"confirmed that", agreed + "It was confirmed that the talks would take place on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"said without that", agreed + "Officials said the talks will be held on March 20.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"announced that", agreed + "The ministry announced that the negotiations are to take place on March 21.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-21..2023-03-21"},
		{"whether", agreed + "It is unclear whether the talks will take place on March 22.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-22..2023-03-22"},
		{"with a word between", agreed + "Aides stressed that the bilateral talks would be held on March 23.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-23..2023-03-23"},
	}
	runDatedCases(t, "", cases)
}

// What the reported back reference leaves alone: a topic, and the "that"
// that opens a clause.
func TestReportedBackReferenceNot(t *testing.T) {
	runCapabilities(t, []capability{
		{"a topic", "Salas stressed that the negotiations needed to produce results.", nil},
		{"a clause opener", "Salas said that talks were needed.", nil},
		{"no event said", "Officials said the talks were difficult.", nil},
	})
}

// Each date expression of a sentence dates one event: one whose nearest
// event has a nearer date of its own dates the next.
func TestEachDateDatesOneEvent(t *testing.T) {
	const agreed = "Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. "
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a second session after a format",
			agreed + "The negotiations will take place first in Geneva on March 20–21 and then as part of the NATO-Russia Council in Brussels on March 23.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Geneva 2023-03-20..2023-03-21", "summit|NATO,Russia|planned|Brussels 2023-03-23..2023-03-23"}},
		{"two events, two dates",
			agreed + "Salas will visit Quito on March 14 and attend the G20 summit in Delhi on March 16.",
			[]string{"visit|Ecuador,Pedro Salas|planned|Quito 2023-03-14..2023-03-14", "summit|G20,Pedro Salas|planned|Delhi 2023-03-16..2023-03-16"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(c.body)
			for _, w := range c.want {
				assert.Contains(t, got, w, c.body)
			}
		})
	}
}

// An organisation written right before a meeting noun, after a
// determiner or a date, is the organisation's session, not a subject
// meeting someone: "attended the July APEC meeting".
func TestOrganisationRightBeforeItsMeeting(t *testing.T) {
	runCapabilities(t, []capability{
		{"a month before the organisation", "Salas attended the July APEC meeting.", []string{"summit|APEC,Pedro Salas|occurred|"}},
		{"the organisation's meeting", "Salas attended the NATO meeting in Brussels on Monday.", []string{"summit|NATO,Pedro Salas|occurred|Brussels"}},
		{"as a subject", "The OPEC meeting in Vienna ended on Monday.", []string{"summit|OPEC|occurred|Vienna"}},
		{"after a possessive date", "Salas attended last year's OPEC meeting in Vienna.", []string{"summit|OPEC,Pedro Salas|occurred|Vienna"}},
		{"with another side", "The EU meeting with Peru took place on Monday.", []string{"meeting|European Union,Peru|occurred|"}},
	})
}

// Co-chairing a body's session with someone is talks with them ("co-chair
// the Joint Commission with his counterpart"); an abbreviation in brackets
// after the body counts as one word on the way to "with".
func TestCoChairedSessions(t *testing.T) {
	runCapabilities(t, []capability{
		{"co-chaired with", "Salas co-chaired the Joint Commission with Reyes on Monday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an abbreviation on the way", "Salas will co-chair the fourth Joint Strategic Consultative Commission (JSCC) with his Peruvian counterpart, Tomas Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|"}},
		{"two subjects", "Salas and Reyes co-chaired the Joint Commission in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"no other side", "Salas co-chaired the party congress on Monday.", nil},
		{"an office", "Salas, who co-chairs the council of his party, spoke on Monday.", nil},
	})
}

// An organisation before a preposition, an article or a possessive that
// opens the event noun's phrase holds no session: "reaffirmed their
// commitment to NATO during their meeting" is the two leaders' meeting.
func TestOrganisationBeforeAnotherPhrase(t *testing.T) {
	runCapabilities(t, []capability{
		{"during their meeting", "Salas and Reyes reaffirmed their commitment to NATO during their meeting in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"during a meeting", "Salas reaffirmed his commitment to the OAS during a meeting in Lima on Monday.", nil},
		{"an adjective between", "Salas attended the OPEC ministerial meeting in Vienna on Monday.",
			[]string{"summit|OPEC,Pedro Salas|occurred|Vienna"}},
	})
}

// "The next" before the event noun is a word of the event, between its
// subject and its noun as "a new" and "a second" are.
func TestNextRoundOfTalks(t *testing.T) {
	runCapabilities(t, []capability{
		{"the next round", "Salas and Reyes agreed to hold the next round of talks in Quito in March.", []string{"talks|Pedro Salas,Tomas Reyes|planned|Quito"}},
		{"a second meeting", "Salas and Reyes will hold a second meeting in Quito in March.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Quito"}},
		// A round of consultations or negotiations is one as a round of
		// talks is, also for a plural subject that stands for the event
		// told before.
		{"the next round of consultations", "Salas and Reyes agreed to hold the next round of consultations in Quito in March.", []string{"talks|Pedro Salas,Tomas Reyes|planned|Quito"}},
		{"they, a round of negotiations", "Salas held talks with Reyes in Lima on Monday. They agreed to hold the next round of negotiations in Quito in March.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima", "talks|Pedro Salas,Tomas Reyes|planned|Quito"}},
		{"two rounds of consultations", "Salas and Reyes held two rounds of consultations in Quito on Monday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
	})
}

// A session of an organisation that names no attendee takes those of
// another report of its sessions only when the two may be one: dated
// apart, they are two events.
func TestSessionsDatedApart(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Sunday to reopen the border. "
	body := "Salas attended a summit of the Andean Community in Lima in February. A meeting of Andean Community foreign ministers in Quito next week has been postponed to June."
	got := datedLead(lead + body)
	assert.Contains(t, got, "summit|Andean Community|postponed|Quito 2023-06-01..2023-06-30", body)
	assert.Contains(t, got, "summit|Andean Community,Pedro Salas|occurred|Lima 2023-02-01..2023-02-28", body)
}

// Two people or more who open the clause as the subject of a verb of
// attending, chairing or hosting a session all take part in it; with a
// verb that is also an event word ("co-chair", "co-host"), the session
// is the one event.
func TestGroupAttendsASession(t *testing.T) {
	for _, c := range []struct{ verb, status, when string }{
		{"attended", "occurred", "2023-03-03..2023-03-03"},
		{"took part in", "occurred", "2023-03-03..2023-03-03"},
		{"will attend", "planned", "2023-03-10..2023-03-10"},
		{"co-chaired", "occurred", "2023-03-03..2023-03-03"},
		{"will co-host", "planned", "2023-03-10..2023-03-10"},
	} {
		body := "Chilean President Pedro Salas and Peruvian President Tomas Reyes " + c.verb + " the Andean Community summit in Quito on Friday."
		assert.Equal(t, []string{"summit|Andean Community,Pedro Salas,Tomas Reyes|" + c.status + "|Quito " + c.when}, datedLead(body), body)
	}
	// One person: the nearest person's reading, as before.
	assert.Equal(t, []string{"summit|Andean Community,Pedro Salas|planned|Quito 2023-03-10..2023-03-10"},
		datedLead("Chilean President Pedro Salas will chair the Andean Community summit in Quito on Friday."))
}

// A gathering's sitting to come is read as one done is: "the European
// Council will meet on …", "is to convene on …" (session-modals and the
// base forms of session-verbs).
func TestSittingsToCome(t *testing.T) {
	assert.Equal(t, []string{"summit|European Council|planned|Brussels 2023-03-16..2023-03-17"},
		datedMentions("The European Council will meet on March 16-17 in Brussels."))
	assert.Equal(t, []string{"summit|UN General Assembly|planned| 2023-03-20..2023-03-20"},
		datedMentions("The UN General Assembly is to convene on March 20."))
}

// A gathering named after "the" and the date of its session ("the
// December European Council") is that session.
func TestGatheringNamedWithItsDate(t *testing.T) {
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes on Monday ahead of the December European Council."),
		"summit|European Council|planned| 2023-12-01..2023-12-31")
	assert.Contains(t, datedLead("Chilean President Pedro Salas will speak at the September UN General Assembly."),
		"summit|UN General Assembly|planned| 2023-09-01..2023-09-30")
}

// The hosts of a gathering named after a participle of hosting take part
// in it, also past its topic, place and date: "a conference on the border
// in Arica co-hosted by A and B", "a conference in Lima on Friday hosted
// by A".
func TestHostsPastPlaceAndDate(t *testing.T) {
	runCapabilities(t, []capability{
		{"past topic and place", "Chilean Foreign Minister Ana Cruz will attend a regional conference on the border in Arica on Friday co-hosted by Peruvian President Tomas Reyes, Bolivian President Luis Arce and Ecuadorian President Rosa Vega.",
			[]string{"summit|Ana Cruz,Luis Arce,Rosa Vega,Tomas Reyes|planned|Arica"}},
		{"past place and date", "Chilean Foreign Minister Ana Cruz will attend a conference on the border in Lima on Friday hosted by Peruvian President Tomas Reyes and Bolivian President Luis Arce.",
			[]string{"summit|Ana Cruz,Luis Arce,Tomas Reyes|planned|Lima"}},
	})
}

// A pronoun subject of a verb of attending stands for its referent, who
// takes part in the gathering the verb's object names, with its hosts:
// "He will attend a conference on the border in Arica co-hosted by A and
// B".
func TestPronounAttendsAGathering(t *testing.T) {
	const lead = "Chilean Foreign Minister Ana Cruz will travel to Peru on Friday. "
	assert.Contains(t, datedLead(lead+"She will attend a regional conference on the border in Lima on Friday co-hosted by Peruvian President Tomas Reyes and Bolivian President Luis Arce."),
		"summit|Ana Cruz,Luis Arce,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10")
}

// The person the sentence opens with, as subject of a verb of attending,
// takes part in a summit named by a hyphenated pair of a country and an
// organisation of which one is theirs ("the Chile-Mercosur summit"), as
// with two countries; not in one of others.
func TestPairOfCountryAndOrganisation(t *testing.T) {
	assert.Equal(t, []string{"summit|Mercosur,Pedro Salas|planned|Lima 2023-03-10..2023-03-10"},
		datedLead("Chilean President Pedro Salas will attend the Chile-Mercosur summit in Lima on Friday."))
	assert.Equal(t, []string{"summit|CARICOM,India|planned|Georgetown 2023-03-10..2023-03-10"},
		datedLead("Chilean President Pedro Salas will attend the India-CARICOM Summit in Georgetown on Friday."))
}

// "Ministerial" before a noun of level or an event noun qualifies it and
// is no session of its own: "at the vice-ministerial level", "a
// vice-ministerial strategic dialogue"; alone it is one.
func TestMinisterialAsAnAdjective(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks on Monday. "
	for _, c := range []struct{ body, want string }{
		{"The two countries will also hold a security dialogue at the vice-ministerial level in Lima next month.", "talks|Chile,Peru|planned|Lima 2023-04-01..2023-04-30"},
		{"The two sides agreed to hold a vice-ministerial strategic dialogue in Lima next month.", "talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30"},
	} {
		got := datedLead(lead + c.body)
		assert.Contains(t, got, c.want, c.body)
		for _, m := range got {
			assert.NotContains(t, m, "summit|", c.body)
		}
	}
	assert.Contains(t, datedLead("Chilean Foreign Minister Ana Cruz will attend the Andean Community ministerial in Quito on Friday."),
		"summit|Ana Cruz,Andean Community|planned|Quito 2023-03-10..2023-03-10")
}

// A hyphenated compound between an organisation and its meeting noun
// counts as one of the two words of standing that may stand there: "the
// African Union mid-year coordination meeting" is the Union's session.
func TestCompoundBeforeAnOrganisationsMeeting(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"attend", "Chilean President Pedro Salas will attend the Andean Community mid-year coordination meeting in Quito in May.",
			"summit|Andean Community,Pedro Salas|planned|Quito 2023-05-01..2023-05-31"},
		{"travel for", "Chilean President Pedro Salas will travel to Quito in May for the Andean Community mid-year coordination meeting.",
			"summit|Andean Community,Pedro Salas|planned|Quito 2023-05-01..2023-05-31"},
	})
}
