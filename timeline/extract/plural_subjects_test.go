package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A subject that counts two people ("the two presidents", "both
// leaders") stands for the two named just before when no event told
// before is theirs; "leaders" are heads of state or government.
func TestNamedPairs(t *testing.T) {
	runCapabilities(t, []capability{
		{"the two presidents", "The two presidents met in Lima on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"both leaders", "Both leaders spoke by phone on Sunday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the last two named", "Chilean Foreign Minister Ana Cruz praised Peruvian Foreign Minister Rosa Vega on Sunday. The two ministers met in Quito on Saturday.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Quito"}},
		{"leaders are heads", "Chilean Foreign Minister Ana Cruz praised Peruvian Foreign Minister Rosa Vega on Sunday. The two leaders spoke by phone on Saturday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an event told after them is theirs", "Salas met Bolivian President Luis Arce in Sucre on Saturday. The two presidents last met in March.",
			[]string{"meeting|Luis Arce,Pedro Salas|occurred|Sucre", "meeting|Luis Arce,Pedro Salas|occurred|"}},
		{"sides are no people named", "The two sides met in Lima on Sunday.",
			nil},
		{"the two heads of state", "Salas held talks with Reyes in Lima on Monday. The two heads of state last met in Quito in June.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"both heads of state", "Salas held talks with Reyes in Lima on Monday. Both heads of state spoke by phone in June.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima", "call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the two heads of government", "Salas held talks with Reyes in Lima on Monday. The two heads of government had met in Quito in June.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Pedro Salas,Tomas Reyes|occurred|Quito"}},
	})
}

// "The two ministers", "between the two ministers" stand for the last
// event told before whose people all hold an office of that word, not the
// nearest event when one of its people holds another.
func TestPluralOfficeNounAntecedent(t *testing.T) {
	const lead = "Chilean Foreign Minister Ana Cruz held talks with Peruvian Foreign Minister Rosa Vega in Lima on Monday. On Tuesday, Vega met Chilean Senate President Luis Mora. "
	for _, c := range []struct{ name, body, want string }{
		{"between the two ministers", "The previous meeting between the two ministers took place in Quito in March.", "meeting|Ana Cruz,Rosa Vega|occurred|Quito"},
		{"the two ministers as subject", "The two ministers last met in Quito in March.", "meeting|Ana Cruz,Rosa Vega|occurred|Quito"},
		{"the two presidents", "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday. On Saturday, Reyes met Chilean Foreign Minister Ana Cruz. The two presidents last met in Quito in March.", "meeting|Pedro Salas,Tomas Reyes|occurred|Quito"},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := lead + c.body
			if c.name == "the two presidents" {
				body = c.body
			}
			assert.Contains(t, mentionsOf(t, body), c.want)
		})
	}
	// With no event of two such office holders, the nearest event still.
	assert.Contains(t, mentionsOf(t, "Chilean Senate President Luis Mora met Peruvian Senator Rosa Vega on Monday. The two ministers last met in Quito in March."),
		"meeting|Luis Mora,Rosa Vega|occurred|Quito")
}

// A subject that counts three or four ("the three presidents") stands
// for the event told before of that many, as "the two presidents" does
// for two.
func TestThreeOfThem(t *testing.T) {
	const lead = "Salas hosted his Peruvian and Bolivian counterparts, Tomas Reyes and Luis Arce, in Arica on Friday. "
	for _, body := range []string{
		"The three presidents last met in Quito in June.",
		"The three leaders had met in Quito in June, on the sidelines of a summit.",
	} {
		assert.Contains(t, mentionsOf(t, lead+body), "meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|Quito", body)
	}
}

// The people named before must have an office or a title: a name alone
// may be a place's.
func TestNamedPairsNeedAnOffice(t *testing.T) {
	a := story("", "Hikers reached Monte Verde and Lago Azul on Friday. The two ministers met on Sunday.")
	assert.Empty(t, Extract(a))
}

// "will visit Peru to meet X": the trip's content is the meeting, whose
// subject is the traveller.
func TestInfinitiveOfPurpose(t *testing.T) {
	runCapabilities(t, []capability{
		{"visit to meet", "Salas will visit Peru on Friday to meet Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"visit a city to meet", "Salas will visit Lima next week to meet Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"visited to hold talks", "Salas visited Peru on Sunday to hold talks with Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
	})
	ms := Extract(story("", intro+"Salas will visit Peru on Friday to meet Reyes."))
	require.Len(t, ms, 1)
	assert.Equal(t, "Pedro Salas", ms[0].Participants[0].Name, "the traveller is the subject")
}

// An opening participle phrase ("Speaking after …") holds its adjunct
// event as an opening adjunct does: the main clause's subject took part.
func TestOpeningParticiple(t *testing.T) {
	runCapabilities(t, []capability{
		{"speaking after their meeting", "Speaking after their meeting in Santiago on Sunday, Salas and Reyes said ties were strong.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"briefing reporters after talks", "Briefing reporters after talks in Lima on Sunday, Salas and Reyes praised the accord.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a name opens the sentence", "Ana Cruz, speaking after a meeting in Lima on Sunday, said ties were strong.",
			nil},
	})
}

// A subject that counts its people holds the event of its clause's
// adjunct: "The two presidents discussed trade in a phone call".
func TestAdjunctOfCountedSubject(t *testing.T) {
	runCapabilities(t, []capability{
		{"in a phone call", "The two presidents discussed trade in a phone call on Sunday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"after talks", "The two presidents signed a trade pact after talks in Santiago on Sunday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"opening adjunct", "Following talks in Santiago on Sunday, both leaders signed a trade pact.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"during a meeting", "The two leaders agreed to reopen the border during a meeting in Arica on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Arica"}},
		{"the verb's complement refers back", "Salas held talks with Reyes in Lima on Sunday. The two delegations engaged in detailed discussions on trade.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A plural subject that meets another party besides stands for the
// people told before, and the other party joins them.
func TestPluralSubjectMeetsOthers(t *testing.T) {
	const met = "Salas met Reyes in Lima on Sunday. "
	runCapabilities(t, []capability{
		{"they, with another", met + "They will hold a trilateral summit with Bolivian President Luis Arce next year.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "summit|Luis Arce,Pedro Salas,Tomas Reyes|planned|"}},
		{"the two leaders meet another", met + "The two leaders will meet Bolivian President Luis Arce in La Paz next month.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Luis Arce,Pedro Salas,Tomas Reyes|planned|La Paz"}},
		{"both leaders call another", met + "Both leaders spoke by phone with Bolivian President Luis Arce on Saturday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "call|Luis Arce,Pedro Salas,Tomas Reyes|occurred|"}},
		{"they, after a person who says so", "Salas said they talked with Reyes in Quito on Saturday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
	})
}

// Subjects with an apposition: names after as many offices of countries,
// set off by commas, and an age set off by commas.
func TestSubjectsWithAppositions(t *testing.T) {
	runCapabilities(t, []capability{
		{"names after offices", "The Chilean and Peruvian foreign ministers, Rosa Vega and Ana Cruz, met in Arica on Sunday.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Arica"}},
		{"an age", "Chilean Foreign Minister Rosa Vega, 54, and her Peruvian counterpart Ana Cruz met in Arica on Sunday.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Arica"}},
		{"no offices before", "In Arica, Rosa Vega and Ana Cruz, met reporters on Sunday.", nil},
	})
}

// A plural people noun that counts its people ("the two foreign
// ministers", "the presidents of both nations") or names their countries
// ("the presidents of Chile and Peru") may list them in apposition, set
// off by commas, as may one whose people are each named with a country:
// those people are the subject, with the noun's office or the country
// named in their place.
func TestSubjectListedAfterPluralNoun(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"counted office", "The two foreign ministers, Rosa Vega and Ana Cruz, met in Arica on Sunday.",
			"meeting|Ana Cruz,Rosa Vega|occurred|Arica 2023-03-05..2023-03-05"},
		{"counted with countries", "The two foreign ministers, Rosa Vega of Chile and Ana Cruz of Peru, held talks in Arica on Sunday.",
			"talks|Ana Cruz,Rosa Vega|occurred|Arica 2023-03-05..2023-03-05"},
		{"both", "Both foreign ministers, Rosa Vega and Ana Cruz, will meet in Arica next week.",
			"meeting|Ana Cruz,Rosa Vega|planned|Arica 2023-03-13..2023-03-19"},
		{"three counted", "The three presidents, Pedro Salas, Tomas Reyes and Luis Arce, met in La Paz on Sunday.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|La Paz 2023-03-05..2023-03-05"},
		{"of countries", "The presidents of Chile and Peru, Pedro Salas and Tomas Reyes, met in Arica on Sunday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-05..2023-03-05"},
		{"of the two countries", "The foreign ministers of the two countries, Rosa Vega of Chile and Ana Cruz of Peru, will meet in Arica next week.",
			"meeting|Ana Cruz,Rosa Vega|planned|Arica 2023-03-13..2023-03-19"},
		{"of both nations", "The presidents of both nations, Pedro Salas and Tomas Reyes, met in Arica on Sunday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-05..2023-03-05"},
		{"uncounted, each of a country", "The foreign ministers, Rosa Vega of Chile and Ana Cruz of Peru, will meet in Arica next week.",
			"meeting|Ana Cruz,Rosa Vega|planned|Arica 2023-03-13..2023-03-19"},
	})
	// A count that is not the number of names listed gives them no office.
	assert.Empty(t, datedLead("The two foreign ministers, Rosa Vega, Ana Cruz and Luis Arce, met in Arica on Sunday."))
	// Each person takes the country named in their place, and the office.
	var got []string
	for _, m := range Extract(story("", "The foreign ministers of Chile and Peru, Rosa Vega and Ana Cruz, met in Arica on Sunday.")) {
		for _, p := range m.Participants {
			got = append(got, p.Name+"/"+p.Country)
		}
	}
	assert.ElementsMatch(t, []string{"Rosa Vega/Chile", "Ana Cruz/Peru"}, got)
	got = nil
	for _, m := range Extract(story("", "The two prime ministers, Rosa Vega and Ana Cruz, met in Arica on Sunday.")) {
		for _, p := range m.Participants {
			got = append(got, p.Name+"/"+p.Role)
		}
	}
	assert.ElementsMatch(t, []string{"Rosa Vega/Prime Minister", "Ana Cruz/Prime Minister"}, got)
}

// A clause of its own, after a comma or a word such as "as" or "when",
// whose subject counts two people ("as the two leaders met in Lima") is
// theirs: the people the sentence names before.
func TestClauseOfCountedPeople(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"as the two leaders", "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to expand trade, as the two leaders met in Arica.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
		{"while both ministers", "Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega signed a border pact on Friday, while both ministers held talks in Arica.",
			"talks|Ana Cruz,Rosa Vega|occurred|Arica 2023-03-03..2023-03-03"},
		{"after a comma", "Chilean President Pedro Salas and Peruvian President Tomas Reyes opened a bridge on Friday, the two presidents having met in Arica.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
	})
	// Another subject between the count and the event word is the event's.
	for _, m := range datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday, as the two leaders said their envoys met in Arica.") {
		assert.NotContains(t, m, "meeting|Pedro Salas,Tomas Reyes", m)
	}
}

// "Their planned meeting": a plan's participle between "their" and the
// event noun keeps the owners.
func TestTheirPlannedMeeting(t *testing.T) {
	runCapabilities(t, []capability{
		{"go ahead with their planned meeting", "Salas and Reyes will go ahead with their planned meeting next week.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"their upcoming talks", "Salas and Reyes prepared for their upcoming talks in Lima next week.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Lima"}},
	})
}

// The people a counted subject stands for may be named just before
// without their office, when the article names them with it elsewhere:
// "Salas told Reyes … The two men last met in Arica in October" (and not
// the visit told before, to Peru).
func TestNamedPairKnownByTheirOffice(t *testing.T) {
	got := datedLead("Peruvian President Tomas Reyes has long courted Chile. Chilean President Pedro Salas arrived in Lima on Friday on a visit to Peru. " +
		"Salas told Reyes that Chile was ready to help. The two men last met in Arica in October.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2022-10-01..2022-10-31")
}

// A meeting of an organisation's office holders ("a meeting of BRICS
// foreign ministers") is a session of the organisation: a summit.
func TestMeetingOfAnOrganisationsMinisters(t *testing.T) {
	assert.Contains(t, datedLead("Chilean Foreign Minister Ana Cruz will travel to Brazil next week for a meeting of BRICS foreign ministers."),
		"summit|Ana Cruz,BRICS|planned| 2023-03-13..2023-03-19")
}

// So is a meeting of the body of an organisation's leaders or ministers
// named after it ("a meeting of the CSTO Council of Foreign Ministers"),
// also told where a trip goes.
func TestMeetingOfAnOrganisationsBody(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"in a city", "Chilean Foreign Minister Ana Cruz will take part in a meeting of the Andean Community Council of Foreign Ministers in Lima on March 11.",
			"summit|Ana Cruz,Andean Community|planned|Lima 2023-03-11..2023-03-11"},
		{"where a trip goes", "Chilean Foreign Minister Ana Cruz will then travel to Peru, where she will attend a meeting of the Andean Community Council of Foreign Ministers on March 11.",
			"summit|Ana Cruz,Andean Community|planned| 2023-03-11..2023-03-11"},
	})
	// A body of others than its leaders or ministers names no session.
	assert.Empty(t, datedLead("Chilean Foreign Minister Ana Cruz will take part in a meeting of the Andean Community Military Committee in Lima on March 11."))
}

// People joined by "and" that open a clause before a copula are its
// subject together ("A and B were among the leaders at the summit"), though
// "and" before the second looks like an object's mark; after another verb
// an adjunct's event is not theirs.
func TestCopulaSubjectGroup(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"were among the leaders at", "Chilean President Pedro Salas and Peruvian President Tomas Reyes were among the leaders at the Pacific Alliance summit in Lima on Friday.",
			"summit|Pacific Alliance,Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"were at", "Chilean President Pedro Salas and Peruvian President Tomas Reyes were at the Pacific Alliance summit in Lima on Friday.",
			"summit|Pacific Alliance,Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
}

// A compound modifier between a counted plural subject and its event noun
// ("a 2+2 meeting", 'a "2+2" meeting') does not hide the subject.
func TestPluralSubjectPastACompound(t *testing.T) {
	const lead = "Salas held talks with Reyes in Lima on Monday. "
	for _, body := range []string{
		"The two leaders agreed to hold a 2+2 meeting in Quito in June.",
		`The two leaders agreed to hold a "2+2" meeting in Quito in June.`,
		"Both leaders will hold a two-plus-two meeting in Quito in June.",
	} {
		assert.Contains(t, mentionsOf(t, lead+body), "meeting|Pedro Salas,Tomas Reyes|planned|Quito", body)
	}
}

// "The two leaders agreed to hold a meeting of their foreign ministers":
// the meeting is of other people of the leaders' countries, which stand
// for them; a meeting of no one named is the leaders' own.
func TestMeetingOfTheirOfficials(t *testing.T) {
	const lead = "Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Lima on Monday. "
	for _, c := range []struct{ body, want string }{
		{"The two leaders agreed to hold a meeting of their foreign ministers in Quito in June.", "meeting|Chile,Peru|planned|Quito"},
		{`The two leaders agreed to hold a "2+2" meeting of foreign and defence ministers in Quito in June.`, "meeting|Chile,Peru|planned|Quito"},
		{"The two leaders agreed to hold a meeting of senior officials in Quito in June.", "meeting|Chile,Peru|planned|Quito"},
		{"The two leaders agreed to hold a meeting in Quito in June.", "meeting|Pedro Salas,Tomas Reyes|planned|Quito"},
	} {
		assert.Contains(t, mentionsOf(t, lead+c.body), c.want, c.body)
	}
}

// A compound in quotation marks between a pair of countries and their
// event noun ('the Chile-Peru "2+2" meeting') does not hide the pair, as
// one without them does not.
func TestQuotedCompoundAfterAPair(t *testing.T) {
	for _, body := range []string{
		`The Chile-Peru "2+2" meeting will be held in Lima on Friday.`,
		`The Chile-Peru “2+2” meeting will be held in Lima on Friday.`,
		"The Chile-Peru 2+2 meeting will be held in Lima on Friday.",
	} {
		assert.Contains(t, datedLead(body), "meeting|Chile,Peru|planned|Lima 2023-03-10..2023-03-10", body)
	}
}

// "Their next meeting" after the pair's meeting is a later session of
// theirs, with its own date and place, as "their meeting" is; "their first
// meeting" still opens a series of its own.
func TestTheirNextMeeting(t *testing.T) {
	const lead = "Chilean Foreign Minister Ana Cruz met her Peruvian counterpart Luis Vega in Lima on Monday. "
	for _, body := range []string{
		"Their next meeting is scheduled for June in Santiago.",
		"Their upcoming meeting will take place in Santiago in June.",
	} {
		assert.Contains(t, datedLead(lead+body), "meeting|Ana Cruz,Luis Vega|planned|Santiago 2023-06-01..2023-06-30", body)
	}
}

// "Their foreign ministers" stand for officials of the countries of the
// people told before: their meeting is the countries', not the leaders'.
// When those people hold the office themselves, "their" ministers are
// no one else.
func TestTheirOfficials(t *testing.T) {
	const lead = "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Sunday. "
	for _, c := range []struct{ body, want string }{
		{"Their foreign ministers will meet in Quito in June.", "meeting|Chile,Peru|planned|Quito 2023-06-01..2023-06-30"},
		{"Their defence ministers held separate talks on Saturday.", "talks|Chile,Peru|occurred| 2023-03-04..2023-03-04"},
		{"Their foreign ministers held talks with Bolivian Foreign Minister Luis Vega on Saturday.", "talks|Bolivia,Chile,Peru|occurred| 2023-03-04..2023-03-04"},
	} {
		assert.Contains(t, datedLead(lead+c.body), c.want, c.body)
	}
	assert.Contains(t, datedLead("Chilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega on Sunday. Their foreign ministers will meet in Quito in June."),
		"meeting|Ana Cruz,Rosa Vega|planned|Quito 2023-06-01..2023-06-30")
}

// A joint body named before the event noun ("a joint commission meeting",
// "the next Joint Working Group meeting") is part of its noun phrase: the
// subject is found past it, and the session is the countries', whose
// officials sit on the body, not the leaders'.
func TestJointBodySessions(t *testing.T) {
	const lead = "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Saturday. "
	for _, c := range []struct{ body, want string }{
		{"They agreed to hold the next Joint Commission meeting in Arica in June.", "meeting|Chile,Peru|planned|Arica 2023-06-01..2023-06-30"},
		{"The two leaders agreed to hold a joint working group meeting in Arica in June.", "meeting|Chile,Peru|planned|Arica 2023-06-01..2023-06-30"},
		{"Chile and Peru will hold a joint commission meeting in Arica in June.", "meeting|Chile,Peru|planned|Arica 2023-06-01..2023-06-30"},
	} {
		assert.Contains(t, datedLead(lead+c.body), c.want, c.body)
	}
}
