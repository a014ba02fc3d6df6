package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event noun in an adjunct of its clause ("in a telephone
// conversation", "at a meeting", "during talks") names no party of its
// own: the clause's subject and the person its verb addresses, or names
// after "with", took part in it.
func TestEventInAnAdjunct(t *testing.T) {
	runCapabilities(t, []capability{
		{"pair subject, in a conversation", "Salas and Reyes discussed the border in a telephone conversation on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"pair subject, at a meeting", "Salas and Reyes signed the accord at a meeting in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"support verb before the adjunct", "Salas and Reyes agreed during talks in Lima to reopen the border.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"video conference", "Salas and Reyes exchanged views on trade during a video conference.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"object of a verb of address", "Salas assured Reyes of his support during an informal meeting.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"with before the adjunct", "Salas discussed the border with Reyes in a telephone conversation.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"opening adjunct", "In a phone call on Monday, Salas and Reyes discussed the border.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"opening adjunct with a place", "During talks in Lima, Salas assured Reyes of his support.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"at a summit", "Salas and Reyes will sign the treaty at a summit in Lima on Friday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"at a summit, expected", "Salas and Reyes are expected to sign the accord at a summit in Quito in May.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Quito"}},
		{"countries", "Chile and Peru discussed the border at a meeting in Lima.",
			[]string{"meeting|Chile,Peru|occurred|Lima"}},
		// Country adjectives sharing one office noun, after "The".
		{"shared office noun, by phone", "The Chilean and Peruvian presidents discussed the border by phone on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"shared office noun, in a conversation", "The Chilean and Peruvian leaders exchanged views in a telephone conversation.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"shared office noun, at a meeting", "The Chilean and Peruvian presidents signed the accord at a meeting in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// What the adjunct rule must leave alone: one side only, a possessor
// that is not the object, an event that names its own other side, a
// definite noun that refers back, and events that are no diplomacy.
func TestEventInAnAdjunctNot(t *testing.T) {
	runCapabilities(t, []capability{
		{"one side only", "Salas discussed the border at a meeting of his party in Santiago.", nil},
		{"in an interview", "Salas criticised Reyes in a television interview.", nil},
		{"at a rally", "Salas praised Reyes at a rally in Santiago.", nil},
		{"a possessor is no object", "Salas told Reyes's envoy about it during a meeting on Monday.", nil},
		{"the event names its other side", "Salas and Reyes discussed it at a meeting with unions.", nil},
		{"said after an opening adjunct", "In a phone call on Monday, Salas said the border would reopen.", nil},
		{"one adjective, no shared noun", "The Chilean president discussed the border by phone with reporters.", nil},
	})
}

// A phrase of how people talked ("by phone", "over the telephone", "via
// video link") is a call when its clause names both sides, and nothing
// where it does not.
func TestChannelPhrases(t *testing.T) {
	runCapabilities(t, []capability{
		{"pair subject", "Salas and Reyes discussed the border by phone on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"with the other side", "Salas discussed the border with Reyes over the telephone.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"agreed with", "Salas agreed with Reyes by telephone to reopen the border.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"verb of address", "Salas warned Reyes by telephone that the border would close.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"planned", "Salas and Reyes are expected to discuss the border by phone next week.",
			[]string{"call|Pedro Salas,Tomas Reyes|planned|"}},
		{"countries by video link", "Chile and Peru discussed the border via video link.",
			[]string{"call|Chile,Peru|occurred|"}},
		{"spoke by phone stays one call", "Salas and Reyes spoke by phone on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"told reporters", "Salas told reporters by phone that talks would go on.", nil},
		{"reached by phone", "Salas, reached by phone on Monday, said the border would reopen.", nil},
	})
}

// Each reason names the adjunct rules.
func TestEventInAnAdjunctExplains(t *testing.T) {
	ms := Extract(story("", intro+"Salas assured Reyes of his support in a telephone conversation."))
	if !assert.Len(t, ms, 1) || !assert.NotNil(t, ms[0].Source.Why) {
		return
	}
	rules := map[string]string{}
	for _, p := range ms[0].Source.Why.Participants {
		rules[p.Name] = p.Rule
	}
	assert.Equal(t, map[string]string{"Pedro Salas": "party/adjunct-subject", "Tomas Reyes": "party/adjunct-object"}, rules)
}

// A clause that opens with "the" and an office ("The President of Chile
// congratulated X … during a telephone conversation") has that office as
// its subject; "The sides" names no one.
func TestAdjunctSubjectByOffice(t *testing.T) {
	assert.Contains(t, leadBriefs("The President of Chile congratulated Peruvian President Tomas Reyes on his birthday during a telephone conversation."),
		"call|Chile,Tomas Reyes|occurred|")
	assert.Contains(t, leadBriefs("The Foreign Minister of Chile assured Peruvian President Tomas Reyes of support at a meeting in Lima."),
		"meeting|Chile,Tomas Reyes|occurred|Lima")
	assert.Empty(t, leadBriefs("The sides discussed the border during a telephone conversation."))
}

// The person a verb of address speaks to may follow a possessive: "told
// his Peruvian counterpart in a phone call"; "told his aides" names no
// other side.
func TestAdjunctObjectAfterAPossessive(t *testing.T) {
	assert.Contains(t, leadBriefs("Chilean President Pedro Salas told his Peruvian counterpart in a phone call on Friday that the border would reopen."),
		"call|Pedro Salas,Peru|occurred|")
	assert.Empty(t, leadBriefs("Chilean President Pedro Salas told his aides in a meeting on Friday that the border would reopen."))
}

// A verb's object may follow a date adjunct as it follows the verb, as
// translated wire copy writes it ("received on Thursday King X"); after
// an event noun a date is no such adjunct.
func TestObjectAfterADateAdjunct(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"received on a weekday", "Chilean President Pedro Salas received on Friday Peruvian President Tomas Reyes at the palace.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"met yesterday", "Chilean President Pedro Salas met yesterday Peruvian President Tomas Reyes in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-05..2023-03-05"},
		{"a date and a possessive", "Chilean President Pedro Salas welcomed on Friday his Peruvian counterpart Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"phoned on a date", "Chilean President Pedro Salas telephoned on Friday Peruvian President Tomas Reyes.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"will host on a date", "Chilean President Pedro Salas will host on March 10 Peruvian President Tomas Reyes in Santiago.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-10..2023-03-10"},
	})
	for _, body := range []string{
		"The meeting on Friday Peruvian President Tomas Reyes called productive was his first.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "meeting|Tomas Reyes", body)
		}
	}
}

// A participle clause after "before", "after" or "while" has the main
// clause's subject, not the nearest name ("will meet B in Lima before
// heading to Quito for talks with C": the subject meets C); a date before
// "and then" or "before", after an earlier event of the sentence, is that
// event's.
func TestParticipleClausesAndSequence(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"talks in a participle clause", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima on Saturday before heading to Quito for talks with Ecuadorean President Luis Vega on Sunday.",
			"talks|Luis Vega,Pedro Salas|planned|Quito 2023-03-12..2023-03-12"},
		{"a trip in a participle clause", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima on Saturday before travelling to Quito for talks with Ecuadorean President Luis Vega on Sunday.",
			"talks|Luis Vega,Pedro Salas|planned|Quito 2023-03-12..2023-03-12"},
		{"the date before and then", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday and then travelled to Quito.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
	for _, m := range datedLead("Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima on Saturday before travelling to Quito for talks with Ecuadorean President Luis Vega on Sunday.") {
		assert.NotContains(t, m, "Luis Vega,Tomas Reyes", "the object of the main clause holds no talks")
		assert.NotContains(t, m, "Ecuador,Tomas Reyes", "nor travels")
	}
	// The date still dates an event after "then" when it opens the sentence.
	assert.Contains(t, datedLead("On Friday, Chilean President Pedro Salas will travel to Lima and then meet Peruvian President Tomas Reyes."),
		"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10")
}

// "A and B agreed on Friday to restore relations after talks in Beijing":
// the talks led to what the clause tells on Friday, which dates them when
// the clause tells no event of its own; an event before the date keeps
// it.
func TestTalksBeforeAnAgreement(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"agreed after talks", "Chile and Peru agreed on Friday to reopen the border after talks in Quito.",
			"talks|Chile,Peru|occurred|Quito 2023-03-03..2023-03-03"},
		{"after days of talks", "Chile and Peru agreed on Friday to reopen the border after four days of talks in Quito.",
			"talks|Chile,Peru|occurred|Quito 2023-03-03..2023-03-03"},
		{"an event before the date keeps it", "Chilean President Pedro Salas welcomed Peruvian President Tomas Reyes on Friday after talks in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"signed after talks", "Chile and Peru signed a border treaty on Friday after talks in Quito.",
			"talks|Chile,Peru|occurred|Quito 2023-03-03..2023-03-03"},
		{"the presidents of two countries", "The presidents of Chile and Peru pledged on Friday to end the dispute, after talks in Lima that both sides called constructive.",
			"talks|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"the foreign ministers of three", "The foreign ministers of Chile, Peru and Bolivia agreed on Friday to reopen the border after talks in La Paz.",
			"talks|Bolivia,Chile,Peru|occurred|La Paz 2023-03-03..2023-03-03"},
	})
	// A departure may follow the talks by days: no date.
	assert.Contains(t, datedLead("Chilean President Pedro Salas left Lima on Sunday after talks with Peruvian President Tomas Reyes."),
		"talks|Pedro Salas,Tomas Reyes|occurred| undated")
}

// A definite event noun in an adjunct is a reference back ("at the
// meeting"), unless a date of its own follows it: "led their delegations
// at the strategic stability talks in Geneva on Monday".
func TestDefiniteAdjunctWithItsOwnDate(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"named talks with a date", "Chilean Deputy Foreign Minister Ana Cruz and Peruvian Deputy Foreign Minister Rosa Vega led their delegations at the strategic stability talks in Geneva on Friday.",
			"talks|Ana Cruz,Rosa Vega|occurred|Geneva 2023-03-03..2023-03-03"},
		{"an opening adjunct with a date", "During the talks on Friday, Chilean President Pedro Salas assured Peruvian President Tomas Reyes of his support.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
	assert.Empty(t, datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes discussed trade at the meeting."), "a reference back names no new event")
}

// A reported clause with a subject of its own that names no one ("his
// predecessor visited", "a deputy met") is not the reporter's event.
func TestReportedClauseWithAnUnnamedSubject(t *testing.T) {
	for _, body := range []string{
		"Chilean President Pedro Salas recalled that his predecessor visited Lima in 1987.",
		"Chilean President Pedro Salas said that his deputy met Peruvian President Tomas Reyes on Friday.",
		"Chilean President Pedro Salas said that a deputy met Peruvian President Tomas Reyes on Friday.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "Pedro Salas", body)
		}
	}
	// The reporter's own event stays his.
	assert.Contains(t, datedLead("Chilean President Pedro Salas said he met Peruvian President Tomas Reyes on Friday."),
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03")
}

// "Since 2019" opens a period: it breaks no clause and dates no event, so
// "met for the first time since 2019 on Friday" is Friday's meeting; an
// event with only such a date stays undated.
func TestSinceADate(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"since before the day", "Chilean President Pedro Salas and Peruvian President Tomas Reyes met for the first time since 2019 on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
	for _, m := range datedLead("Chile and Peru have held a dialogue on water since 1991.") {
		assert.NotContains(t, m, "1991", "a period's start")
	}
}

// "A video call of G7 leaders" is a call with the body whose members
// take part, as "a meeting of" its members is a session.
func TestCallOfABodysMembers(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"members after of", "Chilean President Pedro Salas joined a video call of G7 leaders on Friday.",
			"call|G7,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"the leaders of a body", "Chilean President Pedro Salas took part in a video conference of the leaders of the Pacific Alliance on Friday.",
			"call|Pacific Alliance,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	assert.Empty(t, datedLead("Chilean President Pedro Salas received a call of congratulations on Friday."))
}

// "Their first meeting since 2019, when they met in Lima": the clause of
// "when" right after a date tells what happened then, a meeting of its
// own, which lends its place to no other.
func TestWhenClauseAfterADate(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks on Friday in Quito. It was their first meeting since 2019, when they met in Lima.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2019-01-01..2019-12-31")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Quito 2023-03-03..2023-03-03")
}

// "They last met in June, when Salas attended a summit in Lima": a date
// followed by a clause of "when" dates that clause's event and the event
// of its own clause both, unless it opens a period ("since 2019, when
// …"), whose start is no day of the event before it.
func TestWhenClauseSharesItsDate(t *testing.T) {
	const met = "Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Arica on Friday. "
	runDatedCases(t, met, []datedCase{
		{"last met", "They last met in June, when Salas attended a summit in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2022-06-01..2022-06-30"},
		{"the when clause keeps it", "They last met in June, when Salas attended a summit in Lima.",
			"summit|Pedro Salas|occurred|Lima 2022-06-01..2022-06-30"},
		{"the news keeps its own", "They last met in June, when Salas attended a summit in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
		{"talks, when a visit", "The two leaders first held talks in Quito in January, when Salas paid a visit to Ecuador.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Quito 2023-01-01..2023-01-31"},
	})
}

// An event told as an earlier one ("last met", "had previously held
// talks", "their last meeting") is not the news the article reports,
// though the same people take part: it keeps the date its own sentence
// gives, and the news does not take it.
func TestEarlierEventIsNotTheNews(t *testing.T) {
	const news = "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Arica on Friday. "
	runDatedCases(t, news, []datedCase{
		{"last met on the sidelines", "Salas and Reyes last met on the sidelines of the Mercosur summit in Asuncion in June.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Asuncion 2022-06-01..2022-06-30"},
		{"had previously met", "Salas and Reyes had previously met on the sidelines of a Mercosur summit in Asuncion in June.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Asuncion 2022-06-01..2022-06-30"},
	})
	// The news is not dated by the last meeting told after it.
	var lead []string
	for _, m := range Extract(story("Salas meets Reyes", "Santiago, March 6, 2023\n\n"+
		"Chilean President Pedro Salas held a meeting with Peruvian President Tomas Reyes on the sidelines of the G20 summit in Asuncion today.\n\n"+
		"The two leaders reviewed the progress in bilateral relations since their last meeting in Lima in April 2022.")) {
		if m.Kind == "meeting" && m.When != nil {
			lead = append(lead, m.Place+" "+m.When.Range.First.String())
		}
	}
	assert.Contains(t, lead, "Asuncion 2023-03-06")
	assert.NotContains(t, lead, "Asuncion 2022-04-01")
	// "The first summit since 2016" is the news: the headline's summit is it.
	var firsts []string
	for _, m := range Extract(story("Andean Leaders' Summit",
		"On March 20, Chilean President Pedro Salas will host Peruvian President Tomas Reyes and Bolivian President Luis Arce in Santiago for the first Andean Leaders' Summit since 2016.")) {
		if m.Kind == "summit" && m.When != nil {
			firsts = append(firsts, m.When.Range.First.String())
		}
	}
	assert.NotEmpty(t, firsts)
	for _, f := range firsts {
		assert.Equal(t, "2023-03-20", f)
	}
	// Without such a word, an undated report of the same people is the news.
	assert.Contains(t, datedLead(news+"Salas and Reyes also discussed trade during the talks."),
		"talks|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03")
}

// The subject of a participle clause ("before flying to Israel") is the
// main clause's, also when an opening phrase comes before it ("In Lima on
// Monday, Salas will meet X before flying to Quito"), not the object of
// the main verb.
func TestParticipleSubjectAfterAnOpeningPhrase(t *testing.T) {
	got := datedLead("In Lima on Monday, Chilean President Pedro Salas will meet Peruvian President Tomas Reyes before flying to Ecuador.")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|planned| undated")
	for _, m := range got {
		assert.NotContains(t, m, "visit|Ecuador,Tomas Reyes", m)
	}
}
