package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
)

// Wire copy names people first and gives their offices in apposition,
// also for both subjects of one verb: each person is a party, with the
// office's country.
func TestOfficesInAppositionOfTwoSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"name, the office,", "Lars Dahl, the Norwegian foreign minister, met Salas in Oslo.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|Oslo"}},
		{"two names each with an office", "Lars Dahl, the Norwegian foreign minister, and Ana Cruz, Spain's foreign minister, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"office after the first name only", "Lars Dahl, the Norwegian foreign minister, and Spanish Foreign Minister Ana Cruz met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"office after the second name only", "Norwegian Foreign Minister Lars Dahl and Ana Cruz, Spain's foreign minister, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"offices before the names", "Norway's foreign minister, Lars Dahl, and Spain's foreign minister, Ana Cruz, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
	})
}

// "Visiting" before the second of two subjects ("A and visiting B agreed
// …, during talks at the prime minister's office") is a word of the
// list, as "former" is: the subjects are both, and "visiting" no trip.
func TestVisitingInASubjectList(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"and visiting", "Norwegian Prime Minister Lars Dahl and visiting Spanish President Ana Cruz agreed on Friday to launch a dialogue, during talks in Oslo.",
			"talks|Ana Cruz,Lars Dahl|occurred|Oslo 2023-03-03..2023-03-03"},
	})
}

// Two subjects joined by "and" may share their offices in one apposition,
// in the plural ("A and B, the foreign ministers of Norway and Spain,
// met", "…, the two countries' top diplomats, met"): it stands between
// them and their verb as the office of one does.
func TestPluralOfficesInApposition(t *testing.T) {
	runCapabilities(t, []capability{
		{"the ministers of two countries", "Lars Dahl and Ana Cruz, the foreign ministers of Norway and Spain, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"the two countries' diplomats", "Norwegian Foreign Minister Lars Dahl and Spanish Foreign Minister Ana Cruz, the two countries' top diplomats, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"one name, no plural office", "Lars Dahl, the veteran of many talks, met in Oslo.", nil},
	})
}

// An aside after the event's noun phrase (", planned for Friday,") does
// not hide its predicate: the event called off is cancelled, the one
// put off postponed.
func TestStatusAfterAnAside(t *testing.T) {
	runCapabilities(t, []capability{
		{"called off", "Talks between Salas and Reyes, planned for Friday, were called off.",
			[]string{"talks|Pedro Salas,Tomas Reyes|cancelled|"}},
		{"scrapped", "A summit between Salas and Reyes, planned for next week in Lima, was scrapped.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
		{"put off", "A meeting between Salas and Reyes, scheduled for Monday, has been postponed.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|postponed|"}},
		{"an aside alone is the plan", "A meeting between Salas and Reyes, planned for next week, will focus on trade.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"no status after the aside", "A meeting between Salas and Reyes, the first since 2019, took place on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Meals and hosting are in-person meetings; touching down is arriving.
func TestMealsHostsAndArrivals(t *testing.T) {
	runCapabilities(t, []capability{
		{"had lunch with", "Salas had lunch with Reyes on Tuesday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a working dinner", "Salas will hold a working dinner with Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"a state dinner for", "Salas hosted a state dinner for Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a working lunch for", "Salas hosted a working lunch for Reyes on Tuesday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an official dinner for", "Salas will host an official dinner for Reyes in Santiago.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Santiago"}},
		{"a breakfast for", "Salas hosted a breakfast for Reyes on Tuesday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a breakfast for no one of a state", "Salas hosted a breakfast for business leaders on Tuesday.", nil},
		{"over dinner", "Salas and Reyes discussed the border over dinner.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"played host to", "Salas played host to Reyes at La Moneda.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|La Moneda"}},
		{"touched down in", "Salas touched down in Lima on Monday.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"a dinner with no one of a state", "Salas attended a dinner with business leaders.", nil},
		{"a reception for", "Salas hosted a reception for Reyes in Santiago on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"a reception in honour of", "Salas gave an official reception in honour of Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a warm reception names no one", "Reyes received a warm reception from the crowd in Santiago.", nil},
	})
}

// Ways wire copy writes a meeting in person: "face-to-face", "one-on-one",
// "closed-door", "a tête-à-tête", "a bilateral with", "huddled with".
func TestInPersonMeetingWords(t *testing.T) {
	runCapabilities(t, []capability{
		{"first face-to-face meeting", "Salas and Reyes held their first face-to-face meeting in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"met face-to-face", "Salas met face-to-face with Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"closed-door talks", "Salas held closed-door talks with Reyes.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a tete-a-tete", "Salas had a tete-a-tete with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a bilateral with", "Salas held a bilateral with Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"huddled with", "Salas huddled with Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"bilateral relations are none", "Salas praised bilateral relations with Reyes.", nil},
	})
}

// "Had spoken to" is a conversation; a date before "according to" is the
// event's ("according to" has no day of its own), as before "the ministry
// said".
func TestSpokenAndAccordingTo(t *testing.T) {
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
		datedLead("The ministry said Chilean President Pedro Salas had spoken to Peruvian President Tomas Reyes."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned|Lima 2023-03-08..2023-03-08"},
		datedLead("Chilean President Pedro Salas will visit Lima on Wednesday, according to his office."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned|Lima 2023-03-08..2023-03-08"},
		datedLead("Chilean President Pedro Salas will visit Lima on Wednesday, his office said."))
}

// A hyphenated pair of countries before the event noun says which
// countries meet; the people the clause names met for them (GUIDE:
// people by name, a country only when no person is named for it).
func TestPeopleOfACountryPair(t *testing.T) {
	runCapabilities(t, []capability{
		{"summit meeting of a pair", "Salas held a Chile-Peru Summit Meeting with Reyes on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"ministers' meeting of a pair", "Chilean Foreign Minister Ana Cruz held a Chile-Peru Foreign Ministers' Meeting with Foreign Minister Luis Ortiz of Peru.",
			[]string{"meeting|Ana Cruz,Luis Ortiz|occurred|"}},
		{"one person for a pair of two", "Salas held Chile-Peru talks on Monday.",
			[]string{"talks|Pedro Salas,Peru|occurred|"}},
		{"not the subject", "Salas welcomed progress in Chile-Peru talks on Monday.",
			[]string{"talks|Chile,Peru|occurred|"}},
		{"no one named", "Chile-Peru talks resumed on Monday.",
			[]string{"talks|Chile,Peru|occurred|"}},
	})
}

// Talks and meetings named by their level or format ("delegation-level
// talks", "a restricted-format meeting") are talks and meetings; the
// tokenizer splits the hyphen, so they are phrases of triggers.tsv.
func TestTalksByLevelAndFormat(t *testing.T) {
	runCapabilities(t, []capability{
		{"delegation-level", "Salas and Reyes held delegation-level talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"high-level", "Salas and Reyes held high-level talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"restricted format", "Salas and Reyes held a restricted-format meeting in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// Events called off: the aside or relative clause that gives the day
// they were due ("which was due to take place on Friday", "originally
// planned for Friday") dates them, a date does not count against the
// reach of the status words ("next week was canceled"), "called off" is
// no phone call, and whoever skips or pulls out of an event takes no part.
func TestEventsCalledOff(t *testing.T) {
	lead := "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Monday. "
	runDatedCases(t, lead, []datedCase{
		{"due to take place", "The meeting between Salas and Reyes, which was due to take place on Friday, has been postponed.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-03-10..2023-03-10"},
		{"scheduled for, called off", "The meeting between Salas and Reyes, which was scheduled for Friday, was called off.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled| 2023-03-10..2023-03-10"},
		{"originally planned for", "Talks between Salas and Reyes, originally planned for Friday, were postponed.",
			"talks|Pedro Salas,Tomas Reyes|postponed| 2023-03-10..2023-03-10"},
		{"a date before the status words", "Salas's trip to Quito next week was canceled.",
			"visit|Ecuador,Pedro Salas|cancelled|Quito 2023-03-13..2023-03-19"},
		{"not the talks held", "A meeting between Salas and Reyes has been postponed.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| undated"},
	})
	runCapabilities(t, []capability{
		{"pulled out of", "Salas pulled out of next week's summit in Quito.", nil},
		{"will skip", "Salas will skip the summit in Quito.", nil},
		{"boycotted", "Salas boycotted the meeting with Reyes.", nil},
	})
}

// A negated event with "as planned", "as scheduled" after it is called
// off, not denied: the plan was there.
func TestNotAsPlanned(t *testing.T) {
	runCapabilities(t, []capability{
		{"will not meet as planned", "Salas and Reyes will not meet as planned on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|cancelled|"}},
		{"did not travel as scheduled", "Salas did not travel to Lima on Friday as scheduled.", []string{"visit|Pedro Salas,Peru|cancelled|Lima"}},
		{"as originally planned, far", "Salas will not hold talks with Reyes in Lima next week as originally planned.", []string{"talks|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
		{"no plan said", "Salas did not meet Reyes on Friday.", nil},
		{"another clause's expectation", "Salas will not meet Reyes, as expected by analysts.", nil},
	})
}

// Who will not attend, skips or pulls out of an organisation's session
// ("the Pacific Alliance summit") is no party of it, and the session is
// neither denied nor called off: it is held without them. A date written
// with a possessive right after a phrase that calls off ("cancelled next
// week's visit", "pulled out of next week's summit") is the event's own
// day, not the day it was called off.
func TestStayingAwayFromASession(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"will not attend", "Chilean Foreign Minister Ana Cruz will not attend the Pacific Alliance summit in Quito next week, her ministry said.",
			"summit|Pacific Alliance|planned|Quito 2023-03-13..2023-03-19"},
		{"did not attend", "Chilean Foreign Minister Ana Cruz did not attend the Pacific Alliance summit in Quito on Friday.",
			"summit|Pacific Alliance|occurred|Quito 2023-03-03..2023-03-03"},
		{"will skip", "Chilean President Pedro Salas will skip the annual APEC summit in Lima next week.",
			"summit|APEC|planned|Lima 2023-03-13..2023-03-19"},
		{"pulled out of next week's", "Chilean President Pedro Salas pulled out of next week's Pacific Alliance summit in Quito.",
			"summit|Pacific Alliance|planned|Quito 2023-03-13..2023-03-19"},
		{"cancelled next week's", "Chilean President Pedro Salas cancelled next week's visit to Peru.",
			"visit|Pedro Salas,Peru|cancelled| 2023-03-13..2023-03-19"},
		{"attended, as before", "Chilean President Pedro Salas attended the Pacific Alliance summit in Quito on Friday.",
			"summit|Pacific Alliance,Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
	})
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|cancelled| undated"}, datedLead("Chilean President Pedro Salas on Friday cancelled his visit to Peru."),
		"the day it was called off dates no visit")
}

// A noun phrase in apposition to an event, set off by commas and followed
// by the verb of the event's clause ("The visit …, the first by a Chilean
// head of state since 2015, will begin on Wednesday"), stands between the
// event and its date, tense and place as a relative clause does; the
// place of the verb after either is the event's; a name apposed in a list
// of parties does not.
func TestDateAfterAnApposition(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"the first since", "The visit by Chilean President Pedro Salas to Peru, the first by a Chilean head of state since 2015, will begin on Wednesday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-08..2023-03-08"},
		{"a noun phrase", "The meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes, a rare encounter after years of dispute, was held in Arica on Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-02..2023-03-02"},
		{"a relative clause, then the place", "The meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes, which both sides had sought for years, was held in Arica on Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-02..2023-03-02"},
		{"a list of parties", "Chilean President Pedro Salas held talks with Peru's foreign minister, Rosa Vega, and Bolivian Foreign Minister Luis Arce on Thursday.",
			"talks|Luis Arce,Pedro Salas,Rosa Vega|occurred| 2023-03-02..2023-03-02"},
	})
}

// The relative clause right after an event and its parties gives its
// place with its date ("which took place in Lima on Tuesday", "which had
// been scheduled for March 15 in Quito", "which was held on Monday in
// the Peruvian capital, Lima"), and a place between the parties and the
// clause leaves its date and the status after it to the event.
func TestRelativeClausePlaceAndDate(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"took place in … on …", "Talks between Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega, which took place in Lima on Thursday, focused on trade.",
			"talks|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-02..2023-03-02"},
		{"scheduled for … in …", "The Pacific Alliance summit, which had been scheduled for March 15 in Quito, was postponed indefinitely.",
			"summit|Pacific Alliance|postponed|Quito 2023-03-15..2023-03-15"},
		{"in the capital, City", "The meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes, which was held on Thursday in the Peruvian capital, Lima, ended without agreement.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02"},
		{"a place before the clause", "A meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes in Quito, which was scheduled for Friday, was called off.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled|Quito 2023-03-10..2023-03-10"},
	})
}

// A plural subject stands for the event told before that it can: "we",
// said by one of its people, for one the speaker took part in; "the two
// leaders" for one of two sides, not the last event of three.
func TestPluralSubjectAntecedents(t *testing.T) {
	body := "Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Monday. " +
		"Reyes also met Foreign Minister Ana Cruz of Ecuador. " +
		"\"We have agreed to meet again in Quito in June,\" Salas told reporters. " +
		"The two leaders last met in December in Santiago."
	got := datedLead(body)
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Quito 2023-06-01..2023-06-30", "we: the speaker's talks")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2022-12-01..2022-12-31", "the two leaders")
	got = datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Monday. " +
		"Salas also met Foreign Minister Ana Cruz of Ecuador. The two leaders last met in December in Santiago.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2022-12-01..2022-12-31", "leaders are heads")
}

// "After talks" or "following talks" with no other event in the sentence
// is the event of the sentence's subject; after another event ("Salas met
// Cruz after talks with Reyes") the talks are the subject's, not those of
// the object of "met" (object-markers).
func TestAfterTalksAsTheEvent(t *testing.T) {
	runCapabilities(t, []capability{
		{"agreed after talks", "Salas and Reyes agreed to reopen the border after talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"following talks", "Following talks in Lima, Salas and Reyes signed a trade accord.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"the object of another verb is no party", "Salas met Foreign Minister Ana Cruz of Ecuador after talks with Reyes.",
			[]string{"meeting|Ana Cruz,Pedro Salas|occurred|", "talks|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Several people named with lower-case descriptions between them are one
// subject: "Premier Li Wei and top legislator Zhao Min also met with …".
func TestSubjectsWithDescriptions(t *testing.T) {
	runCapabilities(t, []capability{
		{"top legislator", "Prime Minister Ana Cruz of Peru and top legislator Luis Paz also met with Salas on Friday.",
			[]string{"meeting|Ana Cruz,Luis Paz,Pedro Salas|occurred|"}},
		{"senior officials stay out", "Salas will meet with Prime Minister Ana Cruz of Peru and senior Peruvian officials.",
			[]string{"meeting|Ana Cruz,Pedro Salas|planned|"}},
	})
}

// An audience received or granted is a meeting with the one received.
func TestAudiences(t *testing.T) {
	runCapabilities(t, []capability{
		{"received in audience", "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received in audience the Foreign Minister of Peru, H.E. Luis Paz, on 2 March.",
			[]string{"meeting|Luis Paz,Moussa Faki Mahamat|occurred|"}},
		{"granted an audience to", "King Olaf Berg of Norway granted an audience to Salas on Monday.",
			[]string{"meeting|Olaf Berg,Pedro Salas|occurred|"}},
	})
}

// The event a planned trip is for, in the trip's own clause, is planned
// with the trip and takes its days ("is scheduled to arrive in Lima on
// April 13 for three days of talks with X"), not the day of writing nor
// the date of an earlier meeting of the same people told later.
func TestPurposeOfAPlannedTrip(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas is scheduled to arrive in Lima on April 13 for three days of talks with Peruvian President Tomas Reyes. " +
		"Salas last met Reyes in Quito in November.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-13..2023-04-15")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2022-11-01..2022-11-30")
}

// Everyone who makes a trip takes part in the talks it is for; a
// traveller to one of two countries whose dialogue the trip is for stands
// for the other ("travelled to Lima for the annual dialogue between Chile
// and Peru"); "held such talks" is talks.
func TestTravellersOfThePurpose(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz and Defense Minister Luis Paz will visit Lima on Friday for talks with their Peruvian counterparts.")
	assert.Contains(t, got, "talks|Ana Cruz,Luis Paz,Peru|planned|Lima 2023-03-10..2023-03-10")
	got = datedLead("On Monday, State Secretary Lars Dahl travelled to Lima for the annual strategic dialogue between Norway and Peru.")
	assert.Contains(t, got, "talks|Lars Dahl,Peru|occurred|Lima 2023-03-06..2023-03-06")
	runCapabilities(t, []capability{
		{"such talks", "Salas and Reyes last held such talks in Quito in 2019.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Quito"}},
	})
}

// A passive event's agent may follow a place: "was received at Jorge
// Chavez Airport by X" is a meeting with X.
func TestAgentAfterAPlace(t *testing.T) {
	runCapabilities(t, []capability{
		{"received at an airport by", "Salas was received at Jorge Chavez International Airport by Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"welcomed in a hall by", "Salas was welcomed in the Golden Hall by Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"no agent after a place", "Salas was received at the airport with honours.", nil},
	})
}

// Hyphenated adjectives before an event noun describe it, as the words of
// event-adjectives do, although the tokenizer splits their hyphens: "held
// wide-ranging talks", "a two-hour meeting".
func TestHyphenatedAdjectives(t *testing.T) {
	runCapabilities(t, []capability{
		{"wide-ranging talks", "Salas and Reyes on Monday held wide-ranging talks focusing on trade.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a two-hour meeting", "Salas and Reyes held a two-hour meeting in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"long-awaited talks", "Salas and Reyes began long-awaited talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// The headline's news is not dated by an old trip told later in the
// story: under "Salas, Reyes hold talks on sidelines of Andean summit",
// "Reyes had visited Chile in March" does not date the summit.
func TestHeadlineNewsNotOnAnOldTrip(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Salas, Reyes hold talks on sidelines of Mercosur summit",
		"Chilean President Pedro Salas and Peruvian President Tomas Reyes on Monday held talks in Asuncion. Reyes had visited Chile in January, when the two leaders held their first summit.")) {
		if m.Kind == timeline.Summit && m.Source.Sentence == m.Source.Headline && m.When != nil {
			got = append(got, m.When.Range.First.String())
		}
	}
	assert.NotContains(t, got, "2023-01-01", "the January trip")
}

// Ordinals and adjectives of an event's standing do not hide its subject:
// "A and B co-chaired the fourth intergovernmental consultations", "led
// the fourth meeting of the … Group". (Ordinals are not event adjectives:
// "The first meeting of foreign ministers …" would read as a reference.)
func TestOrdinalsBeforeTheEvent(t *testing.T) {
	runCapabilities(t, []capability{
		{"fourth intergovernmental consultations", "Salas and Reyes co-chaired the fourth intergovernmental consultations in Lima.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"led the fourth meeting", "Salas and Reyes also led the fourth meeting of the Chile-Peru Consultative Group.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Status words after the place a visit goes to belong to the visit ("his
// visit to Peru has been postponed"); "put on hold" and "on hold" put it
// off.
func TestStatusAfterTheDestination(t *testing.T) {
	runCapabilities(t, []capability{
		{"postponed after the destination", "Salas's visit to Peru has been postponed.", []string{"visit|Pedro Salas,Peru|postponed|"}},
		{"put on hold", "Salas's planned visit to Peru has been put on hold.", []string{"visit|Pedro Salas,Peru|postponed|"}},
		{"on hold", "Talks between Salas and Reyes are on hold.", []string{"talks|Pedro Salas,Tomas Reyes|postponed|"}},
	})
}

// A participle after a comma has the subject of the clause it follows:
// "He will conclude the trip in Lima, meeting with X and Y" is his meeting,
// not X's with Y.
func TestParticipleAfterAComma(t *testing.T) {
	runCapabilities(t, []capability{
		{"pronoun subject", "He will conclude the trip in Lima, meeting with Prime Minister Ana Cruz and Foreign Minister Luis Paz of Peru.",
			[]string{"meeting|Ana Cruz,Luis Paz,Pedro Salas|planned|Lima"}},
		{"named subject", "Salas ended his trip in Lima on Monday, meeting with Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// Whoever represents a country at a gathering takes part in it.
func TestRepresentAtASummit(t *testing.T) {
	runCapabilities(t, []capability{
		{"will represent at", "Salas will represent Chile at the G20 summit in Rio de Janeiro.", []string{"summit|G20,Pedro Salas|planned|Rio de Janeiro"}},
	})
}

// A meeting held on a trip absorbs the reports of that trip, not those of
// another trip of the same people on other days ("the visit of X to Peru
// in February 2022", recalled in a report of this visit's meeting).
func TestOtherTripOfTheSamePeople(t *testing.T) {
	got := datedLead("Peruvian President Tomas Reyes met Chilean President Pedro Salas in Lima today. " +
		"President Salas is on a state visit to Peru from 5 to 7 March 2023. " +
		"Reyes recalled the visit of President Salas to Peru in February 2022.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2022-02-01..2022-02-28")
}

// "The two presidents, who last met in July, …": the relative clause's
// subject is the plural before it. Leaders of an organisation who gather
// hold its session; protesters who gather hold none.
func TestWhoLastMetAndGatherings(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas received Peruvian President Tomas Reyes in Santiago on Monday. " +
		"The two presidents, who last met in Quito in January, discussed trade.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-01-01..2023-01-31")
	runCapabilities(t, []capability{
		{"leaders gathered", "CELAC leaders gathered in Buenos Aires on Tuesday.", []string{"summit|CELAC|occurred|Buenos Aires"}},
		{"an organisation of the table", "Leaders of the Amazon Cooperation Treaty Organization met in Lima on Tuesday.", []string{"summit|Amazon Cooperation Treaty Organization|occurred|Lima"}},
		{"protesters gathered", "Protesters gathered outside the embassy on Tuesday.", nil},
	})
}

// Stops of a trip are visits to the countries they are in.
func TestStopsOfATrip(t *testing.T) {
	runCapabilities(t, []capability{
		{"stops in", "Salas will make stops in Peru and Ecuador next week.", []string{"visit|Pedro Salas,Peru|planned|", "visit|Ecuador,Pedro Salas|planned|"}},
		{"a bus stopped", "The bus stopped in front of the embassy.", nil},
	})
}

// A date written before a trip's legs dates each of them; a return on a
// day ends the visit told after "after" or "following".
func TestTripDaysFromAroundTheLegs(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas is set to embark on a tour of the Andes next week, with stops in Peru and Ecuador.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned| 2023-03-13..2023-03-19")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|planned| 2023-03-13..2023-03-19")
	got = datedLead("Chilean President Pedro Salas returned home on Saturday after a three-day visit to Peru.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2023-03-02..2023-03-04")
	got = datedLead("Chilean President Pedro Salas returned to Santiago on Saturday following his visits to Peru and Ecuador.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2023-03-04..2023-03-04", "following")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|occurred| 2023-03-04..2023-03-04", "following")
	assert.NotContains(t, datedLead("Chilean President Pedro Salas spoke to reporters on Saturday following his visit to Peru."),
		"visit|Pedro Salas,Peru|occurred| 2023-03-04..2023-03-04", "no return: Saturday is the remarks' day")
}

// A headline writes "A, B discuss … by phone" for "A and B discuss …".
func TestHeadlineCommaPair(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Salas, Reyes discuss border by phone",
		"Chilean President Pedro Salas and Peruvian President Tomas Reyes discussed the border, officials said.")) {
		if m.Source.Sentence == m.Source.Headline {
			got = append(got, brief(m))
		}
	}
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred|"}, got)
}

// A title word glued by a hyphen to a name is part of a surname ("Hossein
// Amir-Abdollahian"), also at the start of a sentence; "Vice-President"
// stays a title.
func TestHyphenatedSurnameWithATitleWord(t *testing.T) {
	got := datedLead("Iranian Foreign Minister Hossein Amir-Abdollahian met Chilean President Pedro Salas in Santiago on Friday. " +
		"Amir-Abdollahian also held talks with Peruvian President Tomas Reyes in Lima on Thursday.")
	assert.Contains(t, got, "meeting|Hossein Amir-Abdollahian,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03")
	assert.Contains(t, got, "talks|Hossein Amir-Abdollahian,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02")
	runCapabilities(t, []capability{
		{"Vice-President is a title", "Vice-President Ana Cruz of Peru met Salas in Lima.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|Lima"}},
	})
}

// A headline's "A calls B" is a call; "calls B a friend" names B, and
// "calls for calm" is a demand.
func TestHeadlineCalls(t *testing.T) {
	body := "Chilean President Pedro Salas urged Peruvian President Tomas Reyes to reopen the border, officials said."
	headlineEvents := func(h string) []string {
		var got []string
		for _, m := range Extract(story(h, body)) {
			if m.Source.Sentence == m.Source.Headline {
				got = append(got, brief(m))
			}
		}
		return got
	}
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred|"}, headlineEvents("Salas calls Reyes, urges calm"))
	assert.Empty(t, headlineEvents("Salas calls Reyes a close friend"))
	assert.Empty(t, headlineEvents("Salas calls for calm"))
}

// "Got on the phone with", "virtual talks", "online talks" are calls.
func TestMoreCallWords(t *testing.T) {
	runCapabilities(t, []capability{
		{"got on the phone with", "Salas got on the phone with Reyes on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"virtual talks", "Salas and Reyes held virtual talks on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"online talks with", "Salas held online talks with Reyes on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Seats of government are venues of the city they lie in.
func TestSeatsOfGovernment(t *testing.T) {
	runCapabilities(t, []capability{
		{"Great Hall of the People", "Salas met Reyes at the Great Hall of the People on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Great Hall of the People"}},
		{"Elysee Palace, accented", "Salas met Reyes at the Élysée Palace on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Elysee Palace"}},
		{"La Moneda", "Reyes met Salas at La Moneda on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|La Moneda"}},
	})
}

// "Is due in Lima on Monday" is a planned visit; "the report is due in
// March" is none.
func TestDueIn(t *testing.T) {
	runCapabilities(t, []capability{
		{"due in a capital", "Salas is due in Lima on Friday.", []string{"visit|Pedro Salas,Peru|planned|Lima"}},
		{"due in a month", "The report is due in March.", nil},
	})
}

// A date after the destination does not end the reach of the status words
// ("was due in Lima on Monday but cancelled the trip"), nor does "but"
// before a word of calling off ("…, but the visit was postponed").
func TestCalledOffAfterTheDate(t *testing.T) {
	runCapabilities(t, []capability{
		{"but cancelled", "Salas was due in Lima on Monday but cancelled the trip.", []string{"visit|Pedro Salas,Peru|cancelled|Lima"}},
		{"but postponed", "Salas was due in Lima on Monday, but the visit was postponed.", []string{"visit|Pedro Salas,Peru|postponed|Lima"}},
		{"but something else", "Salas will visit Lima on Friday, but he will not meet Reyes.", []string{"visit|Pedro Salas,Peru|planned|Lima"}},
	})
}

// "A meeting of A with B" is A's with B; "is being prepared" is a plan.
func TestMeetingOfAWithB(t *testing.T) {
	runCapabilities(t, []capability{
		{"of with, being prepared", "A meeting of Salas with Reyes is being prepared.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"of with, held", "The meeting of Salas with Reyes took place in Lima on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// An event noun that heads the object of an event verb ("co-chaired the
// Chile-Peru 2+2 dialogue") is the verb's event, held by its people, on
// the noun's day and at its place; "a trilateral with X" is a meeting.
func TestEventNamedByTheVerbsObject(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega co-chaired the Chile-Peru 2+2 dialogue in Lima on Friday.")
	assert.Equal(t, []string{"talks|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-03..2023-03-03"}, got)
	assert.Contains(t, datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes held a trilateral with Bolivian President Luis Arce on Friday."),
		"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03")
	// An object whose parties are not the verb's people's countries is
	// another event, which the verb's does not become.
	got = datedLead("Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega co-chaired talks on the Chile-Bolivia negotiations in Lima on Friday.")
	assert.Contains(t, got, "talks|Bolivia,Chile|occurred|Lima 2023-03-03..2023-03-03")
	assert.Len(t, got, 2)
}

// Two words of one sentence for one event, one in a phrase set off by
// commas after the subject's name or inside a quotation, the other the
// main clause's verb: the main clause tells the event, with its date.
func TestMainClauseTellsTheEvent(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"a trip in apposition", "Peruvian President Tomas Reyes, on his first trip abroad since taking office, arrived in Santiago on Friday.",
			"visit|Chile,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03"},
		{"a quotation", "\"We had a very productive meeting,\" Chilean President Pedro Salas said after talks with Peruvian President Tomas Reyes on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Peruvian President Tomas Reyes, on his first trip abroad since taking office, arrived in Santiago on Friday.",
		"\"We had a very productive meeting,\" Chilean President Pedro Salas said after talks with Peruvian President Tomas Reyes on Friday.",
	} {
		assert.Len(t, datedLead(body), 1, body)
	}
}

// An event verb's participle opening a body sentence ("Hosting X on
// Friday, Y pledged …") takes the main clause's subject, after the comma.
func TestOpeningEventParticiple(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"hosting", "Hosting Peruvian President Tomas Reyes on Friday, Chilean President Pedro Salas pledged closer ties.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"welcoming", "Welcoming Peruvian President Tomas Reyes to Santiago on Friday, Chilean President Pedro Salas pledged closer ties.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03"},
		{"speaking by phone", "Speaking by phone with Peruvian President Tomas Reyes on Friday, Chilean President Pedro Salas pledged closer ties.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"visiting", "Visiting Lima on Friday, Chilean President Pedro Salas pledged closer ties with Peru.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// A headline's "Meeting with X" has no main clause after a comma.
	for _, m := range Extract(story("Meeting with Peruvian President Tomas Reyes", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Santiago on Friday.")) {
		assert.Contains(t, []string{"Pedro Salas", "Tomas Reyes"}, m.Participants[0].Name)
	}
}

// Adjectives of an event's standing ("annual", "extraordinary",
// "inaugural") between its verb and its noun hide neither its subject nor
// its owners: "The EU and China held their annual summit" is both's, and
// "the African Union annual meeting" is a session of the organisation.
func TestEventStandingAdjectives(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"their annual summit", "The European Union and China held their annual summit via video link on Friday.",
			"summit|China,European Union|occurred| 2023-03-03..2023-03-03"},
		{"an extraordinary summit", "The European Union and the African Union held an extraordinary summit in Brussels on Friday.",
			"summit|African Union,European Union|occurred|Brussels 2023-03-03..2023-03-03"},
		{"an organisation's annual meeting", "Ministers attending the African Union annual meeting in Addis Ababa said the talks went well.",
			"summit|African Union|occurred|Addis Ababa 2023-03-06..2023-03-06"},
	})
}

// "FM" is a title of foreign ministers, as "PM" is of heads of
// government: a headline's "Japan FM to travel to China for talks" is the
// minister the story names, whose trip is the talks.
func TestFMTitle(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Chile FM to travel to Peru for talks",
		"Chilean Foreign Minister Ana Cruz will travel to Peru on Friday for talks with her Peruvian counterpart Rosa Vega.")) {
		got = append(got, brief(m))
	}
	assert.NotContains(t, got, "visit|Chile,Peru|planned|")
	assert.Contains(t, got, "talks|Ana Cruz,Rosa Vega|planned|")
	ents := recognise(tokenize("Chile FM Ana Cruz arrived.", 0))
	assert.Equal(t, "Foreign Minister", ents[len(ents)-1].Role)
}

// Being someone's guest is a meeting with the host: "will be the guest of
// Peruvian President Tomas Reyes in Lima on Monday"; "the guest of
// honour" names no host.
func TestGuestOfAHost(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"the guest of", "Chilean President Pedro Salas will be the guest of Peruvian President Tomas Reyes in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10"},
	})
	assert.Empty(t, datedLead("Chilean President Pedro Salas will be the guest of honour at a dinner in Lima on Friday."))
}

// The subject of "held the third round of political consultations" is
// the round's: the event noun after "of" a dated event noun ("round",
// "session"), topic words between, takes the subject before the round.
func TestRoundOfConsultationsSubject(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"third round of political consultations", "Chile and Peru held the third round of political consultations in Lima on Friday.",
			"talks|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"a new round of strategic talks", "Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega held a new round of strategic talks in Arica on Friday.",
			"talks|Ana Cruz,Rosa Vega|occurred|Arica 2023-03-03..2023-03-03"},
	})
}

// A relative clause after two people joined by "and" ("A and B, who met
// in Geneva in June, spoke by phone on Thursday") has both for subject:
// its event is theirs, told in passing with its own date and place.
func TestRelativeClauseOfTwoSubjects(t *testing.T) {
	const body = "Chilean President Pedro Salas and Peruvian President Tomas Reyes, who met in Geneva in January, spoke by phone on Thursday."
	runDatedCases(t, "", []datedCase{
		{"the meeting of the clause", body, "meeting|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-01-01..2023-01-31"},
		{"the call of the main clause", body, "call|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
	})
}

// One office of a country with the person named in apposition after it
// ("held talks with Peru's top diplomat, Rosa Vega,") is that person of
// that country, not the country and the person, as two offices with two
// names are.
func TestOneOfficeWithItsApposedName(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"top diplomat", "Chilean Foreign Minister Ana Cruz held talks with Peru's top diplomat, Rosa Vega, on Friday.",
			"talks|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"two offices, as before", "Chilean President Pedro Salas met his Peruvian and Bolivian counterparts, Tomas Reyes and Luis Arce, on Friday.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
}

// "Opposite number", as British news writes it, is a counterpart: with
// the country before or after it, and the name apposed or following.
func TestOppositeNumber(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"country before", "Chilean Foreign Minister Ana Cruz met her Peruvian opposite number in Lima on Friday.",
			"meeting|Ana Cruz,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"from a country, apposed name", "Chilean Foreign Minister Ana Cruz met her opposite number from Peru, Rosa Vega, on Friday.",
			"meeting|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"name after", "Chilean Foreign Minister Ana Cruz spoke by phone with her opposite number Rosa Vega of Peru on Friday.",
			"call|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"a head's", "Peruvian President Tomas Reyes spoke to reporters. Chilean President Pedro Salas met his Peruvian opposite number in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
	assert.Empty(t, datedLead("The two delegations sat opposite each other, and the number of aides was small."))
}

// "Her counterpart from Peru" is the counterpart of that country, with
// the name apposed or following it, as "her Peruvian counterpart" is; with
// no name it stands for the country.
func TestCounterpartFromACountry(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"apposed name", "Chilean Foreign Minister Ana Cruz met her counterpart from Peru, Rosa Vega, on Friday.",
			"meeting|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"name after", "Chilean Foreign Minister Ana Cruz met her counterpart from Peru Rosa Vega on Friday.",
			"meeting|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"no name", "Chilean Foreign Minister Ana Cruz held talks with her counterpart from Peru on Friday.",
			"talks|Ana Cruz,Peru|occurred| 2023-03-03..2023-03-03"},
	})
}

// A meal together is a meeting, as a working lunch is: "dined with",
// "lunched with", "will dine with", "A and B dined together". A meal with
// no one of a state ("dined with his wife", "dined at a bistro") is none.
func TestMealVerbs(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas dined with Peruvian President Tomas Reyes on Saturday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"}},
		{"Chilean President Pedro Salas lunched with Peruvian President Tomas Reyes in Lima on Saturday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean President Pedro Salas will dine with Peruvian President Tomas Reyes on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-10..2023-03-10"}},
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes dined together in Lima on Saturday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean President Pedro Salas dined with his wife on Saturday.", nil},
		{"Chilean President Pedro Salas dined at a bistro in Lima on Saturday.", nil},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}
