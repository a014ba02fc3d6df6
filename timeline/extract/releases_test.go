package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Government releases write of their own head with a bare title ("From
// Lima, Prime Minister will travel to …") and of foreign ones with the
// title and the country ("Prime Minister of Bolivia H.E. Mr. X"): the
// bare title is the holder the release gave it with no country. The lead
// is dated Monday 6 March 2023.
func TestBareTitleOfAReleasesOwnHead(t *testing.T) {
	got := datedLead("Prime Minister Shri Marta Diaz will visit Peru and Bolivia from 19-24 March 2023. " +
		"In Lima, she will meet Prime Minister of Peru H.E. Mr. Luis Ortiz. " +
		"From Lima, Prime Minister will travel to La Paz for a bilateral meeting with Prime Minister of Bolivia H.E. Mr. Luis Mamani on 22 March 2023.")
	assert.Contains(t, got, "meeting|Luis Mamani,Marta Diaz|planned|La Paz 2023-03-22..2023-03-22")
	// Two holders given the office with no country: the text does not
	// say which.
	for _, m := range datedLead("Prime Minister Marta Diaz and Prime Minister Luis Ortiz arrived. Prime Minister will meet Chilean President Pedro Salas on Friday.") {
		assert.NotContains(t, m, "meeting|", m)
	}
}

// A gathering's name runs on past a hyphen between two capitalised words,
// and a short name of it in brackets right after it is the same session.
func TestGatheringNameWithAHyphenAndItsShortName(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas will host the 3rd Summit of the Forum for Chile-Pacific Islands Cooperation (FCPIC III Summit) in Santiago on 22 March 2023.")
	summits := 0
	for _, m := range got {
		if strings.HasPrefix(m, "summit|") {
			summits++
		}
	}
	assert.Equal(t, 1, summits, "%v", got)
	var name string
	for _, m := range Extract(story("", "Chilean President Pedro Salas will host the 3rd Summit of the Forum for Chile-Pacific Islands Cooperation in Santiago on 22 March 2023.")) {
		if m.Kind == "summit" {
			name = m.Format
		}
	}
	assert.Equal(t, "Summit of the Forum for Chile-Pacific Islands Cooperation", name)
}

// Plural nouns of a group of states ("the Neighboring Countries of
// Afghanistan", "Member States", "Partners") are never a person's name.
func TestGroupNounsAreNoName(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Pedro Salas held talks with Peruvian Foreign Minister Rosa Vega on the sidelines of the Fourth Foreign Ministers' Meeting among the Neighboring Countries of Bolivia on Friday.")
	assert.Contains(t, got, "talks|Pedro Salas,Rosa Vega|occurred| 2023-03-03..2023-03-03")
	for _, m := range got {
		assert.NotContains(t, m, "Neighboring Countries", m)
	}
}

// A Korean given name whose first half is an English word ("In-young",
// "An-na") stays whole, and a country named in an office's remit ("envoy
// for North Korea") is no person's name.
func TestKoreanGivenNamesAndRemits(t *testing.T) {
	runCapabilities(t, []capability{
		{"a given name opening with In-", "South Korean Unification Minister Park In-ho met Chilean Ambassador Luis Ortiz on Thursday.",
			[]string{"meeting|Luis Ortiz,Park In-ho|occurred|"}},
		{"a remit naming a country", "Salas met with the U.S. special envoy for North Korea, Luis Ortiz, on Thursday.",
			[]string{"meeting|Luis Ortiz,Pedro Salas|occurred|"}},
	})
}

// "Vice ministerial talks" are talks of the two sides that hold them, not
// a ministerial gathering; an office that a list of legs ends on with a
// reporting verb ("…, Cheong Wa Dae said") is the news's source, no leg.
func TestYonhapStyleLeads(t *testing.T) {
	runCapabilities(t, []capability{
		{"vice ministerial talks", "Chile and Peru will hold vice ministerial talks in Lima next week.",
			[]string{"talks|Chile,Peru|planned|Lima"}},
		{"ministerial talks", "Chile and Peru held ministerial talks in Lima on Monday.",
			[]string{"talks|Chile,Peru|occurred|Lima"}},
		{"the source of the news after a leg", "Salas will embark on a four-day state visit to Peru on Sunday, the Kremlin said.",
			[]string{"visit|Pedro Salas,Peru|planned|"}},
	})
}

// "The three leaders", told after a meeting of three of whom one leads an
// organisation, stand for those three, not for the visit told since.
func TestThreeLeadersStandForTheMeetingOfThree(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas will travel to Peru on Thursday to meet Peruvian President Tomas Reyes and OAS Secretary General Luis Paz in Lima. " +
		"It will be his first visit to Peru. The three leaders will hold a trilateral meeting after lunch.")
	assert.Contains(t, got, "meeting|Luis Paz,Pedro Salas,Tomas Reyes|planned|Lima 2023-03-09..2023-03-09")
	for _, m := range got {
		assert.NotContains(t, m, "meeting|Pedro Salas,Peru", m)
	}
}

// A cue of a generic mention ("support for") governs its own phrase, not
// an event in an adjunct after it ("during a meeting"); a venue's name
// runs on through its "of" phrase ("the Palace of the Republic"), which
// may stand between a verb and its object.
func TestAdjunctMeetingAndVenueBeforeTheObject(t *testing.T) {
	runCapabilities(t, []capability{
		{"during a meeting after a topic", "Chilean Foreign Minister Marta Diaz and her Peruvian counterpart Rosa Vega discussed further support for Bolivia during a meeting in Arica.",
			[]string{"meeting|Marta Diaz,Rosa Vega|occurred|Arica"}},
		{"a venue's of phrase before the object", "Chilean President Pedro Salas received at the Palace of the Republic the Vice President of Peru, Rosa Vega.",
			[]string{"meeting|Pedro Salas,Rosa Vega|occurred|"}},
		{"support for talks stays a topic", "Chilean Foreign Minister Marta Diaz voiced support for talks with Peru.", nil},
	})
}

// "The pair" stands for the two sides told before; a meeting on the
// sidelines of a gathering dated in its sentence takes its days; and a
// date that "and" and a verb follow closes the clause before, not the
// event after.
func TestPairOnTheSidelinesOfADatedGathering(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Thursday. " +
		"The pair first met on the sidelines of the OAS summit in Quito last November and held talks again in Santiago on 3 March.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2022-11-01..2022-11-30")
	assert.Contains(t, got, "summit|Organization of American States|occurred|Quito 2022-11-01..2022-11-30")
}
