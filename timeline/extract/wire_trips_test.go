package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline"

	"github.com/stretchr/testify/assert"
)

// "Is expected in Riyadh next week" is a planned visit, as "is due in"
// is; a noun that names no one ("Growth is expected in Asia", "results
// are expected in Lima", said by someone) makes none.
func TestExpectedIn(t *testing.T) {
	runCapabilities(t, []capability{
		{"expected in a capital", "Salas is expected in Lima next week, diplomats said.", []string{"visit|Pedro Salas,Peru|planned|Lima"}},
		{"expected in a country", "Reyes is expected in Chile on Friday.", []string{"visit|Chile,Tomas Reyes|planned|"}},
		{"growth", "Growth is expected in Asia next year.", nil},
		{"a decision", "A decision is expected in Brussels next week.", nil},
		{"said by someone", "Salas said results are expected in Lima next week.", nil},
		{"said by someone, due", "Salas said the results are due in Lima next week.", nil},
		{"the object of the reporting verb", "Salas told reporters after meeting Reyes in Lima on Monday that the talks went well.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"the talks the trip is for", "Salas is expected in Lima later this week for talks with Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"due in", "Salas is due in Lima on Friday for talks with Reyes.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Lima"}},
	})
}

// "A tour that will also take him to Israel and Jordan": the trip takes
// the person "him" stands for to each place, a planned visit each; a
// place named earlier in another country is not theirs. A tour that "has
// taken her to" places is done there by the day of writing: each visit
// is a recent trip, in the week before it (date/recent-trip); one that
// "also took him to" places tells the tour's course, undated.
func TestTripTakesHimTo(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"in a relative clause", "Chilean President Pedro Salas arrived in Lima on Monday on the first leg of a tour that will also take him to Ecuador and Colombia.",
			[]string{"visit|Pedro Salas,Peru|occurred|Lima 2023-03-06..2023-03-06", "visit|Ecuador,Pedro Salas|planned| undated", "visit|Colombia,Pedro Salas|planned| undated"}},
		{"in the next sentence", "Chilean President Pedro Salas arrived in Lima on Monday. His tour will also take him to Ecuador.",
			[]string{"visit|Ecuador,Pedro Salas|planned| undated"}},
		{"her", "Chilean Foreign Minister Ana Cruz will visit Peru next week. The trip will then take her to Bolivia.",
			[]string{"visit|Ana Cruz,Bolivia|planned| undated"}},
		{"has taken her", "Chilean Foreign Minister Ana Cruz is on a three-nation tour that has already taken her to Ecuador and Bolivia.",
			[]string{"visit|Ana Cruz,Ecuador|occurred| 2023-02-27..2023-03-06", "visit|Ana Cruz,Bolivia|occurred| 2023-02-27..2023-03-06"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(c.body)
			for _, w := range c.want {
				assert.Contains(t, got, w, c.body)
			}
		})
	}
	assert.Empty(t, datedLead("His job took him to Paris in 2010."), "no one named: no visit")
	got := datedLead("Chilean President Pedro Salas arrived in Hanoi on Sunday, the final leg of a tour that also took him to Japan and South Korea.")
	assert.Contains(t, got, "visit|Pedro Salas,Vietnam|occurred|Hanoi 2023-03-05..2023-03-05")
	for _, g := range got {
		assert.NotContains(t, g, "2023-03-06", "the tour's earlier legs are not the day's news")
	}
}

// A courtesy call received from someone is a meeting with them, not a
// telephone call; a call from someone stays a call. A courtesy visit,
// received or paid to a person, is a meeting too.
func TestCourtesyCallFrom(t *testing.T) {
	runCapabilities(t, []capability{
		{"received a courtesy call from", "Salas received a courtesy call from the Peruvian foreign minister Tomas Reyes at the palace.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"courtesy calls from two envoys", "Salas received courtesy calls from Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a call from", "Salas received a call from Reyes on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"paid a courtesy call on", "Reyes paid a courtesy call on Salas on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"received a courtesy visit from", "Salas received a courtesy visit from Reyes at the palace on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"paid a courtesy visit to a person", "Reyes paid a courtesy visit to Salas at the palace on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a courtesy call to", "Reyes made a courtesy call to Salas on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"will pay a courtesy visit", "Reyes will pay a courtesy visit to Salas on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"a visit to a country stays a visit", "Reyes paid a visit to Chile on Monday.", []string{"visit|Chile,Tomas Reyes|occurred|"}},
	})
}

// "Agreed to hold a summit of their leaders": the event is between the
// countries of the people who agreed, not those people.
func TestMeetingOfTheirLeaders(t *testing.T) {
	runCapabilities(t, []capability{
		{"a summit of their leaders", "Chilean Foreign Minister Ana Cruz and her Ecuadorian counterpart Rosa Vega agreed on Monday to hold a summit meeting of their leaders next month.",
			[]string{"meeting|Chile,Ecuador|planned|"}},
		{"a meeting of their presidents", "Chilean Foreign Minister Ana Cruz and her Ecuadorian counterpart Rosa Vega agreed to hold a meeting of their presidents in Quito next month.",
			[]string{"meeting|Chile,Ecuador|planned|Quito"}},
		{"their own meeting", "Chilean Foreign Minister Ana Cruz and her Ecuadorian counterpart Rosa Vega agreed to meet again next month.",
			[]string{"meeting|Ana Cruz,Rosa Vega|planned|"}},
	})
}

// A visit noun after the place it is in: "is in India this week for his
// first visit", "was in Lima on an official three-day visit".
func TestVisitAfterItsPlace(t *testing.T) {
	runCapabilities(t, []capability{
		{"for his first visit", "Salas is in Peru this week for his first visit as president.", []string{"visit|Pedro Salas,Peru|occurred|"}},
		{"on his first visit", "Salas is in Lima on his first visit abroad.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"for a state visit", "Reyes is in Santiago for a state visit.", []string{"visit|Chile,Tomas Reyes|occurred|Santiago"}},
		{"a length and adjectives", "Reyes was in Santiago on an official three-day visit.", []string{"visit|Chile,Tomas Reyes|occurred|Santiago"}},
		{"in a country as a topic", "Salas spoke about the elections in Peru for the visit.", nil},
	})
}

// A title between "counterpart" and a name ("his Saudi counterpart
// Prince Faisal bin Farhan") leaves the person, not the country.
func TestCounterpartWithATitle(t *testing.T) {
	runCapabilities(t, []capability{
		{"prince", "Salas held talks with his Saudi counterpart Prince Faisal bin Farhan Al Saud.", []string{"talks|Faisal bin Farhan Al Saud,Pedro Salas|occurred|"}},
		{"sheikh", "Salas met his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani.", []string{"meeting|Mohammed bin Abdulrahman Al Thani,Pedro Salas|occurred|"}},
		{"king", "Reyes met his Jordanian counterpart King Hassan Talal on Monday.", []string{"meeting|Hassan Talal,Tomas Reyes|occurred|"}},
		{"no title", "Salas held talks with his Saudi counterpart Faisal bin Farhan Al Saud.", []string{"talks|Faisal bin Farhan Al Saud,Pedro Salas|occurred|"}},
	})
}

// A visit noun after "leave for X": X is where the visit goes, and the day
// of leaving is its first.
func TestLeaveForOnAVisit(t *testing.T) {
	cases := []datedCase{
		{"will leave for, a date in brackets", "Chilean President Pedro Salas will leave for Peru tomorrow (7) on a three-day state visit.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09"},
		{"left for", "Chilean President Pedro Salas left for Peru yesterday on a two-day state visit.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-05..2023-03-06"},
		{"the place left between", "Chilean President Pedro Salas will leave Santiago tomorrow for Peru on a state visit.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-07"},
		{"a date after on between", "Chilean President Pedro Salas will leave for Peru on Sunday on a three-day state visit.",
			"visit|Pedro Salas,Peru|planned| 2023-03-12..2023-03-14"},
		{"travel to, a date in brackets", "Chilean President Pedro Salas will travel to Peru tomorrow (7) on a three-day state visit.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09"},
	}
	runDatedCases(t, "", cases)
	assert.Empty(t, datedLead("Chilean President Pedro Salas left for home on Sunday."), "no visit noun: no visit")
}

// A passive verb of welcome takes its agent after a place phrase that ends
// with a noun of venues ("was welcomed at the airport by X").
func TestWelcomedAtAVenueBy(t *testing.T) {
	runCapabilities(t, []capability{
		{"at the airport", "Reyes was welcomed at the airport by Salas on Sunday evening.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"at the presidential palace", "Reyes was received at the presidential palace by Salas on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a longer phrase", "Reyes was welcomed at the newly built city airport by Salas.", nil},
	})
}

// Party and state titles before a name ("Chinese Communist Party
// Politburo Member Wang Yi", "Chinese State Councilor Wang Yi") leave the
// person, not the country.
func TestPartyAndStateTitles(t *testing.T) {
	runCapabilities(t, []capability{
		{"politburo member", "Salas met with Chinese Communist Party Politburo Member Li Wenhua in Vienna.", []string{"meeting|Li Wenhua,Pedro Salas|occurred|Vienna"}},
		{"state councilor", "Salas met with Chinese State Councilor Li Wenhua in Vienna.", []string{"meeting|Li Wenhua,Pedro Salas|occurred|Vienna"}},
	})
}

// "His visit" to a country takes as its owner the nearest person known to
// be from elsewhere before one whose country is not known: "Cruz will
// visit Lima for talks with President Reyes, her first visit to Peru" is
// Cruz's visit, not a visit by Reyes.
func TestPossessiveVisitorFromElsewhere(t *testing.T) {
	got := leadBriefs("Chilean Foreign Minister Ana Cruz will visit Lima on Friday for talks with President Tomas Reyes, her first visit to Peru since taking office.")
	for _, g := range got {
		assert.NotContains(t, g, "visit|Peru,Tomas Reyes", g)
	}
}

// "I was honored to welcome X": the welcome is told done, not planned, as
// "I am pleased to welcome X" is told under way.
func TestPleasureInThePast(t *testing.T) {
	runCapabilities(t, []capability{
		{"was honored to welcome", "Today, Salas was honored to welcome Reyes to Santiago.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"were glad to host", "On Monday, Salas and his wife were glad to host Reyes in Santiago.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"will be honored to welcome", "Salas will be honored to welcome Reyes to Santiago next week.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Santiago"}},
	})
}

// "Hosted the foreign ministers of A and B": the object named by its
// office and countries is those countries, as after "with".
func TestOfficeHoldersOfCountriesAsObject(t *testing.T) {
	runCapabilities(t, []capability{
		{"foreign ministers", "Salas hosted the foreign ministers of Ecuador and Bolivia in Santiago on Monday.", []string{"meeting|Bolivia,Ecuador,Pedro Salas|occurred|Santiago"}},
		{"presidents", "Salas will host the presidents of Ecuador and Bolivia in Santiago next month.", []string{"meeting|Bolivia,Ecuador,Pedro Salas|planned|Santiago"}},
		{"with, as before", "Salas met with the presidents of Ecuador and Bolivia in Santiago on Monday.", []string{"meeting|Bolivia,Ecuador,Pedro Salas|occurred|Santiago"}},
		{"not a country", "Salas hosted the presidents of the two companies on Monday.", nil},
	})
}

// Ministers of a commodity or sector are titles too: "OPEC oil ministers
// will meet in Vienna" is a session of OPEC.
func TestSectorMinistersOfAnOrganisation(t *testing.T) {
	runCapabilities(t, []capability{
		{"oil ministers", "OPEC oil ministers will meet in Vienna on June 25, the cartel's secretariat said.", []string{"summit|OPEC|planned|Vienna"}},
		{"agriculture ministers", "EU agriculture ministers met in Brussels on Monday.", []string{"summit|European Union|occurred|Brussels"}},
	})
}

// "A will meet B and hold talks with C": the second event verb shares the
// subject of the first; B, its object, holds no talks with C.
func TestCoordinatedEventVerbs(t *testing.T) {
	cases := []struct{ name, body, want, not string }{
		{"meet and hold talks", "Salas will meet Reyes and hold talks with Ecuadorian Foreign Minister Rosa Vega.",
			"talks|Pedro Salas,Rosa Vega|planned|", "talks|Rosa Vega,Tomas Reyes|planned|"},
		{"call on and hold talks", "During the visit, Salas will call on Reyes and hold talks with Ecuadorian Foreign Minister Rosa Vega.",
			"talks|Pedro Salas,Rosa Vega|planned|", "talks|Rosa Vega,Tomas Reyes|planned|"},
		{"met and spoke", "Salas met Reyes on Monday and spoke by phone with Ecuadorian Foreign Minister Rosa Vega.",
			"call|Pedro Salas,Rosa Vega|occurred|", "call|Rosa Vega,Tomas Reyes|occurred|"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := mentionsOf(t, c.body)
			assert.Contains(t, got, c.want, c.body)
			assert.NotContains(t, got, c.not, c.body)
		})
	}
}

// A pronoun subject inside a sentence ("…, where he met Y") stands for the
// person the sentence's own subject names, not the nearest person before
// it.
func TestPronounInsideTheSentence(t *testing.T) {
	runCapabilities(t, []capability{
		{"where he met", "Salas attended the funeral of former Peruvian President Alan Vega in Lima on Sunday, where he met Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"said he met", "Salas said he met Reyes on Sunday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"after he met", "Salas thanked former Ecuadorian President Luis Mora after he met Reyes on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// A clause of ", where" after the destination of a second leg ("will be
// in Quito on Monday before travelling to Lima, where he will meet Y") is
// held at that destination, not on the first leg.
func TestWhereAfterALaterLeg(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas will be in Quito on Tuesday before travelling to Lima, where he will meet Peruvian President Tomas Reyes on Thursday.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-09..2023-03-09")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|planned|Quito 2023-03-07..2023-03-07")
	got = datedLead("Chilean President Pedro Salas will be in Quito on Tuesday before flying to Lima, where he will be received by Peruvian President Tomas Reyes on Thursday.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-09..2023-03-09")
}

// A purpose after the legs of a trip ("to Quito on Tuesday and to Lima
// on Thursday for talks with Reyes") is the leg's to the other party's
// country, or the last leg's; "and on to", "and then to" open a leg.
func TestPurposeOfALaterLeg(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"and then to, planned", "Chilean President Pedro Salas will fly to Quito on Tuesday and then to Lima on Thursday for talks with Peruvian President Tomas Reyes."},
		{"and to, planned", "Chilean President Pedro Salas will fly to Quito on Tuesday and to Lima on Thursday for talks with Peruvian President Tomas Reyes."},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(c.body)
			assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-09..2023-03-09")
			assert.Contains(t, got, "visit|Ecuador,Pedro Salas|planned|Quito 2023-03-07..2023-03-07")
		})
	}
	got := datedLead("Chilean President Pedro Salas flew to Quito on Thursday and on to Lima on Friday for talks with Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-02")
}

// A participle phrase set off after an event, naming no other party than
// its subject ("…, holding talks in Lima on Monday"), tells more of that
// event: its day and place are the event's when it has none.
func TestParticipleElaboration(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas became the first foreign leader to meet Peruvian President Tomas Reyes since the election, holding talks in Lima on Friday.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	// The event's own day stays.
	got = datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes on Thursday, holding talks in Lima on Friday.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02")
	// A phrase with a party of its own is an event of its own.
	got = datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes, holding talks with Bolivian President Luis Arce in Lima on Friday.")
	assert.Contains(t, got, "talks|Luis Arce,Pedro Salas|occurred|Lima 2023-03-03..2023-03-03")
	assert.NotContains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
}

// Letters of credence presented or received are a meeting of the envoy
// and the head of state or minister; an office holder named as an object
// may follow "the new", "the incoming" or "the outgoing".
func TestCredentials(t *testing.T) {
	runCapabilities(t, []capability{
		{"presented his credentials to", "The new Ecuadorian Ambassador Luis Mora presented his credentials to Salas on Monday.", []string{"meeting|Luis Mora,Pedro Salas|occurred|"}},
		{"received the credentials of", "Salas received the credentials of the new Ecuadorian ambassador, Luis Mora, on Monday.", []string{"meeting|Luis Mora,Pedro Salas|occurred|"}},
		{"the outgoing ambassador", "Salas met the outgoing Ecuadorian ambassador, Luis Mora, on Monday.", []string{"meeting|Luis Mora,Pedro Salas|occurred|"}},
	})
}

// "Was greeted by X" is a meeting with X, as "was welcomed by X" is; what
// is greeted is no party ("greeted the news").
func TestGreeted(t *testing.T) {
	runCapabilities(t, []capability{
		{"greeted by", "Salas was greeted by Reyes in Lima on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"greeted", "Reyes greeted Salas at the palace on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the news", "Salas greeted the news with relief.", nil},
	})
}

// A relative clause of a verb that starts or ends a trip, after the visit
// ("a three-day state visit to Peru that began on Wednesday", "…, which
// began on Wednesday", "…, which ends on Friday"), gives the visit's first
// or last day, over the length written before its noun.
func TestTripBoundInARelativeClause(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"that began on", "Chilean President Pedro Salas is on a three-day state visit to Peru that began on Wednesday.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-01..2023-03-03"},
		{", which began on", "Chilean President Pedro Salas is on a three-day state visit to Peru, which began on Wednesday.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-01..2023-03-03"},
		{", which ends on", "Chilean President Pedro Salas is on a three-day state visit to Peru, which ends on Friday.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-01..2023-03-03"},
		{"no length, the first day", "Chilean President Pedro Salas's visit to Peru, which began on Wednesday, focused on trade.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-01..2023-03-01"},
	})
}

// Events told in a relative clause that opens with "during which" take
// the date of what it refers to, over the length of the trip named
// there (a dated visit ending at the comma gives its days and place,
// however far its date stands); without such a clause nothing is
// borrowed.
func TestDuringWhichDatesLegs(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a trip to a region with a length", "Salas will make a four-day trip to Asia starting Friday, during which he will visit Japan and Vietnam.",
			"visit|Pedro Salas,Vietnam|planned| 2023-03-10..2023-03-13"},
		{"the first leg too", "Salas will make a four-day trip to Asia starting Friday, during which he will visit Japan and Vietnam.",
			"visit|Japan,Pedro Salas|planned| 2023-03-10..2023-03-13"},
		{"a dated stay, no length", "Salas will stay in Geneva on March 20, during which he will meet Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"the visit's days and place, its date far before", "Peruvian Prime Minister Rosa Vega arrived in Santiago on Thursday evening on a two-day official visit, during which she will hold talks with Salas.",
			"talks|Pedro Salas,Rosa Vega|occurred|Santiago 2023-03-02..2023-03-03"},
	})
	assert.Contains(t, datedLead(intro+"Salas will make a trip to Asia starting Friday. He will visit Japan."), "visit|Japan,Pedro Salas|planned| undated")
}

// The place of a stay written with its article ("was in the United
// States on a visit", "in the Russian Federation") is the visit's
// destination, as "in Russia" is.
func TestStayInPlaceWithArticle(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"federation", "In 2019, when Salas was in the Russian Federation on a visit, he and Reyes launched the pipeline.",
			"visit|Pedro Salas,Russia|occurred| 2019-01-01..2019-12-31"},
		{"leave for the country", "Salas will leave for the United States tomorrow on a state visit.",
			"visit|Pedro Salas,United States|planned| 2023-03-07..2023-03-07"},
		{"islands", "Salas was in the Philippines on an official visit in 2022.",
			"visit|Pedro Salas,Philippines|occurred| 2022-01-01..2022-12-31"},
		{"without the article", "In 2019, when Salas was in Russia on a visit, he and Reyes launched the pipeline.",
			"visit|Pedro Salas,Russia|occurred| 2019-01-01..2019-12-31"},
	})
}

// What a dated day of a trip was made of, after "with", is held that day:
// "wrapped up a tour of Europe on Thursday with a stop in Paris".
func TestTourStopTakesTheTripsDay(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"last stop", "Salas wrapped up a three-nation tour of Europe on Thursday with a stop in Paris.",
			"visit|France,Pedro Salas|occurred|Paris 2023-03-02..2023-03-02"},
		{"first talks", "Salas began a tour of Asia on Monday with talks with Reyes in Tokyo.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Tokyo 2023-03-06..2023-03-06"},
		{"a brief visit", "Salas began a regional tour on Saturday with a brief visit to Bolivia.",
			"visit|Bolivia,Pedro Salas|occurred| 2023-03-04..2023-03-04"},
	})
	// "with" that adds company to a meeting is no stop of a trip.
	for _, m := range datedLead(intro + "Salas met Reyes on Monday with a delegation of ministers.") {
		assert.NotContains(t, m, "visit|", m)
	}
}

// An event on the sidelines of a gathering whose name runs long ("the G20
// foreign ministers' meeting") takes the gathering's day.
func TestSidelinesOfALongName(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"ministers' meeting", "Salas met Reyes on the sidelines of the G20 foreign ministers' meeting in New Delhi on Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|New Delhi 2023-03-02..2023-03-02"},
		{"annual summit", "Salas met Reyes on the sidelines of the annual Pacific Alliance leaders' summit in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
}

// A trip whose noun names no destination goes first where a word of
// first-stop-words and "in" say: "a four-nation tour of Central Africa on
// Wednesday, starting in Gabon" is a visit to Gabon on Wednesday.
func TestTripsFirstStop(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"tour of a region", "Salas will embark on a four-nation tour of Central Africa on Wednesday, starting in Gabon.",
			"visit|Gabon,Pedro Salas|planned| 2023-03-08..2023-03-08"},
		{"a city", "Salas will begin a regional tour on Wednesday, starting in Libreville.",
			"visit|Gabon,Pedro Salas|planned|Libreville 2023-03-08..2023-03-08"},
		{"tour as a verb", "Salas will tour Central Africa next week, beginning in Gabon.",
			"visit|Gabon,Pedro Salas|planned| 2023-03-13..2023-03-19"},
	})
	// A trip with a destination of its own keeps it.
	assert.Contains(t, datedLead(intro+"Salas will visit Peru on Wednesday, starting in Lima."),
		"visit|Pedro Salas,Peru|planned|Lima 2023-03-08..2023-03-08")
}

// An event noun after "for" takes the tense of the clause it completes,
// however far back its verb stands: "will receive X in Santiago on Friday
// for a state visit" is a plan on the day of writing too.
func TestPurposeTakesItsClausesTense(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"will receive … for a state visit", "Salas will receive Reyes in Santiago on Monday for a state visit.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-06..2023-03-06"},
		{"will host … for talks", "Salas will host Reyes in Santiago on Monday for talks on trade.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-06..2023-03-06"},
	})
}

// A back reference to a trip that names a place ("The trip will end in
// Bogota on March 17") is the leg in that place's country, not the last
// leg told.
func TestTripReferenceInALegsPlace(t *testing.T) {
	got := datedBriefs(story("", "Chilean President Pedro Salas will travel to Ecuador, Colombia and Peru next week. "+
		"In Lima, Salas will meet Peruvian President Tomas Reyes. "+
		"The trip will end in Bogota on March 17."))
	assert.Contains(t, got, "visit|Colombia,Pedro Salas|planned|Bogota 2023-03-17..2023-03-17")
	for _, m := range got {
		assert.NotContains(t, m, "Peru,Pedro Salas|planned|Bogota", m)
	}
}

// "To participate in", "to attend" after a trip say what it is for, as
// "for" does: the session takes the trip's days and place, and a dialogue
// held on it is kept with the trip's days though its own clause has none.
func TestTripPurposeInfinitive(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"to participate in a ministerial meeting", "Chilean Foreign Minister Ana Cruz will travel to Tokyo, Japan, from March 20-21 to participate in the G7 Foreign Ministers' Meeting.",
			"summit|Ana Cruz,G7|planned|Tokyo 2023-03-20..2023-03-21"},
		{"to attend a summit", "Chilean President Pedro Salas will fly to Lima on March 20 to attend the APEC summit.",
			"summit|APEC,Pedro Salas|planned|Lima 2023-03-20..2023-03-20"},
		{"a dialogue the trip is for", "Chilean Foreign Minister Ana Cruz will travel to Lima on March 20 to participate in the Chile-Peru 2+2 Ministerial Dialogue.",
			"talks|Ana Cruz,Peru|planned|Lima 2023-03-20..2023-03-20"},
	})
	// Without the trip, an undated dialogue is still a process, no event.
	for _, m := range datedLead("Chilean Foreign Minister Ana Cruz praised the Chile-Peru 2+2 Ministerial Dialogue.") {
		assert.NotContains(t, m, "talks|", m)
	}
}

// A trip still to come whose sentence gives one day as its start ("will
// travel to A, B and C starting March 20", "will embark on a tour on
// Sunday, visiting A, B and C") is in A on that day and in B and C on
// days the sentence does not give; one day with no word of a start dates
// every leg, and a tour begun before the day of writing keeps its day.
func TestStartDayIsTheFirstLegs(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas will travel to Peru, Ecuador and Colombia starting March 20.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned| 2023-03-20..2023-03-20")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|planned| undated")
	assert.Contains(t, got, "visit|Colombia,Pedro Salas|planned| undated")
	got = datedLead("Chilean President Pedro Salas will embark on a three-nation tour on Sunday, visiting Peru, Ecuador and Colombia.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned| 2023-03-12..2023-03-12")
	assert.Contains(t, got, "visit|Colombia,Pedro Salas|planned| undated")
	assert.Contains(t, datedLead("Chilean President Pedro Salas will visit Peru, Ecuador and Colombia on March 20."),
		"visit|Colombia,Pedro Salas|planned| 2023-03-20..2023-03-20")
	assert.Contains(t, datedLead("Chilean President Pedro Salas began a tour on Friday, visiting Peru, Ecuador and Colombia."),
		"visit|Colombia,Pedro Salas|occurred| 2023-03-03..2023-03-03")
}

// A tour may list many countries: each is a visit of its own.
func TestLongTourLists(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz will travel to Turkey, Greece, Jordan, Qatar, the United Arab Emirates, Saudi Arabia, Israel, the West Bank and Egypt next week.")
	for _, c := range []string{"Turkey", "Greece", "Jordan", "Qatar", "United Arab Emirates", "Saudi Arabia", "Israel", "Egypt"} {
		assert.Contains(t, got, "visit|Ana Cruz,"+c+"|planned| 2023-03-13..2023-03-19", c)
	}
	assert.Contains(t, got, "visit|Ana Cruz,Palestine|planned|West Bank 2023-03-13..2023-03-19")
}

// Legs dated after "from": "will travel to Lima, Peru from March 8-10,
// Quito, Ecuador from March 11-12, and La Paz, Bolivia from March 13-14"
// are three visits, each with its days.
func TestLegsDatedFrom(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz will travel to Lima, Peru from March 8-10, Quito, Ecuador from March 11-12, and La Paz, Bolivia from March 13-14.")
	assert.Contains(t, got, "visit|Ana Cruz,Peru|planned|Lima 2023-03-08..2023-03-10")
	assert.Contains(t, got, "visit|Ana Cruz,Ecuador|planned|Quito 2023-03-11..2023-03-12")
	assert.Contains(t, got, "visit|Ana Cruz,Bolivia|planned|La Paz 2023-03-13..2023-03-14")
}

// A support verb coordinated with a planned event verb shares its plan:
// "will hold talks with X and pay a courtesy call on Y" is planned, as
// "will hold talks with X and call on Y" is.
func TestCoordinatedSupportVerb(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz will hold talks with Peruvian Foreign Minister Rosa Vega and pay a courtesy call on Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "meeting|Ana Cruz,Tomas Reyes|planned| undated")
	got = datedLead("Chilean Foreign Minister Ana Cruz held talks with Peruvian Foreign Minister Rosa Vega and paid a courtesy call on Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "meeting|Ana Cruz,Tomas Reyes|occurred| 2023-03-06..2023-03-06", "no plan to share")
}

// A verb phrase after "and" whose first verb tells no event has the
// sentence's opening subject: "A and B inspected troops and then held
// talks".
func TestAndThenAfterANonEvent(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"and then held talks", "On Monday, Chilean President Pedro Salas and Peruvian President Tomas Reyes inspected troops and then held talks.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
	})
	assert.Empty(t, datedLead("On Monday, Chilean President Pedro Salas and Peruvian President Tomas Reyes inspected troops and Bolivia held talks."),
		"another subject after the and")
}

// "Two days later he met X": a pronoun after an opening date is the
// clause's subject, and the date counts from the day named before.
func TestPronounAfterOpeningDate(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"two days later he", "Chilean President Pedro Salas arrived in Lima on Wednesday. Two days later he met Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
}

// Legs that hold a comma ("Santiago, Chile") are set apart by
// semicolons: "will travel to Santiago, Chile; Lima, Peru; and Quito,
// Ecuador, March 13-17" is three visits, dated by the trip's days.
func TestLegsBetweenSemicolons(t *testing.T) {
	got := datedLead("Secretary of State Ana Gil will travel to Santiago, Chile; Lima, Peru; and Quito, Ecuador, March 13-17.")
	assert.Contains(t, got, "visit|Ana Gil,Chile|planned|Santiago 2023-03-13..2023-03-17")
	assert.Contains(t, got, "visit|Ana Gil,Peru|planned|Lima 2023-03-13..2023-03-17")
	assert.Contains(t, got, "visit|Ana Gil,Ecuador|planned|Quito 2023-03-13..2023-03-17")
}

// An arrival somewhere on one day does not place an event of the trip
// dated on another: "Salas arrived in Cusco on Wednesday" leaves the
// talks of Friday, which the headline and a later sentence report again,
// where the text puts them.
func TestArrivalDayPlacesOnlyItsDay(t *testing.T) {
	ms := Extract(story("Reyes holds talks with Chilean president",
		"Peruvian President Tomas Reyes held talks with Chilean President Pedro Salas in Lima on Friday. "+
			"Before the talks, Reyes held a welcome ceremony for Salas. Salas arrived in Cusco on Wednesday."))
	assert.NotEmpty(t, ms)
	for _, m := range ms {
		assert.NotEqual(t, "Cusco", m.Place, brief(m))
	}
	// An event of the arrival's day is placed there.
	assert.Contains(t, datedLead("Chilean President Pedro Salas arrived in Cusco on Wednesday for a visit to Peru. He met Peruvian President Tomas Reyes the same day."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Cusco 2023-03-01..2023-03-01")
}

// A leg told after an event as the trip's next step ("will then travel on
// to Sao Paulo") is not the leg the event was held on: it stays a visit of its
// own, and the event keeps its place; a headline's report of the event
// does not take that leg's place either.
func TestOnwardLegIsNotTheEventsLeg(t *testing.T) {
	ms := Extract(story("Brazilian president receives Peruvian president",
		"Brazilian President Rosa Lima will receive Peruvian President Tomas Reyes at the Planalto Palace on Friday. "+
			"President Reyes will then travel on to Sao Paulo, where he will meet the state governor."))
	var got []string
	for _, m := range ms {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "visit|Brazil,Tomas Reyes|planned|Sao Paulo")
	for _, m := range ms {
		if m.Kind == "meeting" {
			assert.NotEqual(t, "Sao Paulo", m.Place, brief(m))
		}
	}
	// A leg told before the event is still its leg.
	assert.Equal(t, []string{"meeting|Rosa Lima,Tomas Reyes|occurred|Sao Paulo 2023-03-03..2023-03-03"},
		datedLead("Peruvian President Tomas Reyes travelled on to Sao Paulo on Friday, where he met Brazilian President Rosa Lima."))
}

// In a story datelined in a third country, a leg told after a meeting that
// no words place, to a country that is neither the dateline's nor the
// visitor's, does not hold the meeting: "LIMA — … after a second round of
// talks. Salas flies to Quito on Wednesday" leaves the talks to where the
// story is written, not to Quito on Wednesday. A story from the
// visitor's own country still gives the meeting the leg.
func TestLaterLegAwayFromTheDateline(t *testing.T) {
	body := "Presidents Tomas Reyes and Pedro Salas announced the accord at a news conference after a second round of talks.\n\n" +
		"Salas flies to Quito on Wednesday for talks with Ecuadorian President Rosa Vega."
	talksOf := func(a timeline.Article) []string {
		var got []string
		for _, m := range Extract(a) {
			if m.Kind == timeline.Talks && hasParticipant(m.Participants, "Tomas Reyes") {
				got = append(got, m.Place+" "+m.When.Value)
			}
		}
		return got
	}
	lima := story("", body)
	lima.Dateline = timeline.Dateline{Place: "Lima", Country: "Peru"}
	assert.Equal(t, []string{" 2023-03-06"}, talksOf(lima), "the day's news, not Quito on Wednesday")
	home := story("", "Tomas Reyes and Chilean President Pedro Salas announced the accord at a news conference after a second round of talks.\n\n"+
		"Salas flies to Quito on Wednesday for talks with Ecuadorian President Rosa Vega.")
	home.Dateline = timeline.Dateline{Place: "Santiago", Country: "Chile"}
	assert.Equal(t, []string{"Quito 2023-03-08"}, talksOf(home), "datelined at the visitor's home, the leg holds the talks")
}

// A departure right after "before" in a meeting's sentence ("will meet
// the Emperor on Saturday before leaving for Seoul") comes after the
// meeting: the meeting is not held where the departure goes, and the
// trip there is its own visit.
func TestDepartureAfterTheMeeting(t *testing.T) {
	const body = "Chilean President Pedro Salas will meet Japanese Prime Minister Kenji Sato on Saturday before leaving for Seoul."
	got := datedLead(body)
	assert.Contains(t, got, "meeting|Kenji Sato,Pedro Salas|planned| 2023-03-11..2023-03-11")
	assert.Contains(t, got, "visit|Pedro Salas,South Korea|planned|Seoul undated")
}

// A verb of going with "back" after it (back-verbs: "flew back to
// Nairobi", "jetted back into the country") tells a return, as
// "returned" does: the visit told after "after" ended that day.
func TestReturnWithBack(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"flew back", "Kenyan President Luis Mora flew back to Nairobi on Thursday after a three-day state visit to Ghana.",
			"visit|Ghana,Luis Mora|occurred| 2023-02-28..2023-03-02"},
		{"jetted back", "Kenyan President Luis Mora jetted back into the country on Thursday after a three-day state visit to Ghana.",
			"visit|Ghana,Luis Mora|occurred| 2023-02-28..2023-03-02"},
	})
}

// "A joined B for a call with C", "A accompanied B to talks with C": the
// subject and the object of the verb of joining both take part.
func TestJoinedFor(t *testing.T) {
	runCapabilities(t, []capability{
		{"joined for a call", "Salas joined Reyes for a call with Bolivian President Luis Arce on Thursday.",
			[]string{"call|Luis Arce,Pedro Salas,Tomas Reyes|occurred|"}},
		{"accompanied to talks", "Chilean Foreign Minister Ana Cruz accompanied Salas to talks with Reyes in Lima on Thursday.",
			[]string{"talks|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a call with no one after", "Salas joined Reyes for a call on Thursday.", []string(nil)},
	})
}

// A tour that "will take in" places or countries visits each of them, as
// one that "will take him to" them does; taking in refugees, a view or a
// match is no visit.
func TestTourTakingIn(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"that will take in", "Chilean President Pedro Salas will begin a tour of South America next week that will take in Peru, Bolivia and Ecuador.",
			"visit|Bolivia,Pedro Salas|planned| 2023-03-13..2023-03-19"},
		{"taking in", "Chilean President Pedro Salas's Asian tour, taking in Japan and South Korea, begins on Monday.",
			"visit|Japan,Pedro Salas|occurred| 2023-03-06..2023-03-06"},
	})
	for _, body := range []string{
		"Peru has taken in more than a million refugees since 2018.",
		"Chilean President Pedro Salas took in the view from the Andes on Monday.",
		"Chilean President Pedro Salas took in a football match in Lima on Monday.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
}

// "Proceed to" a place is a journey there, as "head to" is: "will then
// proceed to France for a working visit on March 13". Proceeding to do
// something, or to a place of no country, is none; one under way ("is
// proceeding to Lima") has occurred, as "is travelling to" has.
func TestProceedTo(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas will then proceed to France for a working visit on Friday.", []string{"visit|France,Pedro Salas|planned|"}},
		{"Chilean President Pedro Salas proceeded to Paris on Tuesday after talks in Berlin.", []string{"visit|France,Pedro Salas|occurred|Paris"}},
		{"Chilean President Pedro Salas is proceeding to Lima, where he will meet students.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"Chilean President Pedro Salas proceeded to sign the agreement on Tuesday.", nil},
		{"Chilean President Pedro Salas will proceed to the airport on Tuesday.", nil},
	} {
		assert.Equal(t, c.want, leadBriefs(c.body), c.body)
	}
}

// A visit that returns another ("will return the visit", "is expected to
// reciprocate the visit") goes to the country of the person the visitor
// met in the event told before, or of the visitor who came to his; with
// no such event it names no host and is none.
func TestReturnVisits(t *testing.T) {
	for _, c := range []struct {
		body string
		want string
	}{
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Saturday. Reyes will return the visit in June.",
			"visit|Chile,Tomas Reyes|planned| 2023-06-01..2023-06-30"},
		{"Chilean President Pedro Salas visited Peru on Saturday. Peruvian President Tomas Reyes is expected to reciprocate the visit in June.",
			"visit|Chile,Tomas Reyes|planned| 2023-06-01..2023-06-30"},
		{"Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Lima on Saturday. Reyes said he would return the visit in June.",
			"visit|Chile,Tomas Reyes|planned| 2023-06-01..2023-06-30"},
	} {
		assert.Contains(t, datedLead(c.body), c.want, c.body)
	}
	assert.Empty(t, datedLead("Peruvian President Tomas Reyes will return the visit in June."))
	// "A return visit" goes where it is told to go, else as "return the visit".
	assert.Contains(t, datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Saturday. Reyes will make a return visit in June."),
		"visit|Chile,Tomas Reyes|planned| 2023-06-01..2023-06-30")
	assert.Equal(t, []string{"visit|Chile,Tomas Reyes|planned|Santiago 2023-06-01..2023-06-30"},
		datedLead("Peruvian President Tomas Reyes will pay a return visit to Santiago in June."))
	assert.Empty(t, datedLead("Peruvian President Tomas Reyes will make a return visit in June."))
}

// An accepted invitation to a place is a planned visit there (GUIDE): "accepted
// an invitation to Lima in June", "has accepted an invitation to
// Peru". One not accepted ("received an invitation to Lima") is none, nor
// is an invitation extended to a person.
func TestInvitationToAPlace(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas accepted an invitation to Lima in June.", []string{"visit|Pedro Salas,Peru|planned|Lima 2023-06-01..2023-06-30"}},
		{"Chilean President Pedro Salas has accepted an invitation to Peru.", []string{"visit|Pedro Salas,Peru|planned| undated"}},
		{"Chilean President Pedro Salas received an invitation to Lima in June.", nil},
		{"Peruvian President Tomas Reyes extended an invitation to Chilean President Pedro Salas.", nil},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}

// A stop told with "also" ("President Salas also visited Mumbai") is
// another stop of the trip, whose place does not place a meeting of the
// trip told before it; the restricted and delegation-level talks of a
// state visit are talks.
func TestAlsoVisitedIsAnotherStop(t *testing.T) {
	body := "Chilean President Pedro Salas paid a state visit to India from March 1 to 4. " +
		"He called on Indian President Anita Rao on March 2. " +
		"Salas and Indian Prime Minister Vikram Nair held restricted and delegation level talks at Hyderabad House on March 2. " +
		"Salas also visited Mumbai, where he addressed a business forum."
	got := datedLead(body)
	assert.Contains(t, got, "meeting|Anita Rao,Pedro Salas|occurred| 2023-03-02..2023-03-02")
	assert.Contains(t, got, "talks|Pedro Salas,Vikram Nair|occurred|Hyderabad House 2023-03-02..2023-03-02")
	got = datedLead("Chilean President Pedro Salas arrived in New Delhi on Thursday to meet Indian Prime Minister Vikram Nair. The two leaders held restricted and delegation level talks on Friday.")
	assert.Contains(t, got, "talks|Pedro Salas,Vikram Nair|occurred|New Delhi 2023-03-03..2023-03-03")
}
