package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Gulf agency style: a style of address between office and name, "His
// Highness" alone standing for the person, the object after where and
// when ("received at the Amiri Diwan today X"), and a venue after "at"
// that is nobody.
func TestStylesOfAddress(t *testing.T) {
	const lead = "President His Highness Sheikh Khalid bin Saud Al Qasimi received a phone call today from Chilean President Pedro Salas. "
	const call = "call|Khalid bin Saud Al Qasimi,Pedro Salas|occurred|"
	runCapabilities(t, []capability{
		{"his highness as he", lead + "His Highness also received Peruvian President Tomas Reyes in Abu Dhabi today.",
			[]string{call, "meeting|Khalid bin Saud Al Qasimi,Tomas Reyes|occurred|Abu Dhabi"}},
		{"object after place and day", lead + "His Highness also received at Qasr Al Hosn in Abu Dhabi today Tomas Reyes, President of Peru.",
			[]string{call, "meeting|Khalid bin Saud Al Qasimi,Tomas Reyes|occurred|Abu Dhabi"}},
		{"object after a venue with its article", lead + "His Highness also received at the Amiri Diwan today Tomas Reyes, President of Peru, who is currently visiting the country.",
			[]string{call, "meeting|Khalid bin Saud Al Qasimi,Tomas Reyes|occurred|"}},
		{"a name followed", lead + "His Highness Sheikh Saif bin Zayed later met Reyes.",
			[]string{call, "meeting|Saif bin Zayed,Tomas Reyes|occurred|"}},
	})
	ms := Extract(story("", lead))
	require.Len(t, ms, 1)
	for _, p := range ms[0].Participants {
		if p.Name == "Khalid bin Saud Al Qasimi" {
			assert.Equal(t, "President", p.Role, "the office before the style of address")
		}
	}
	// The headline's office is the President's, not the venue's.
	ms = Extract(story("UAE President receives Peruvian President",
		"President His Highness Sheikh Khalid bin Saud Al Qasimi received Peruvian President Tomas Reyes at Qasr Al Hosn today."))
	var got []string
	for _, m := range ms {
		got = append(got, brief(m))
	}
	assert.NotContains(t, got, "meeting|Qasr Al Hosn,Tomas Reyes|occurred|")
	assert.Contains(t, got, "meeting|Khalid bin Saud Al Qasimi,Tomas Reyes|occurred|")
}

// A title written with a period ("Smt.", "Prof.") is an abbreviation: its
// period ends no sentence.
func TestTitlesWithAPeriod(t *testing.T) {
	runCapabilities(t, []capability{
		{"Smt.", "Reyes also called on Indian President Smt. Droupadi Murmu in New Delhi on Sunday.",
			[]string{"meeting|Droupadi Murmu,Tomas Reyes|occurred|New Delhi"}},
		{"Prof.", "Reyes met Foreign Minister Prof. Ana Cruz of Chile in Lima on Sunday.",
			[]string{"meeting|Ana Cruz,Tomas Reyes|occurred|Lima"}},
	})
}

// "Peer" names the other party's office as "counterpart" does.
func TestPeers(t *testing.T) {
	runCapabilities(t, []capability{
		{"his peer, named", "Salas held a meeting on Sunday with his Peruvian peer, Tomas Reyes, in Santiago.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"his peer, unnamed", "Salas spoke by phone with his Peruvian peer on Sunday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Where and when before the object, in the order of news translated from
// Spanish or Arabic: "received this Sunday at La Moneda palace the
// Peruvian president", "received in his office today the Minister".
func TestObjectAfterAVenue(t *testing.T) {
	runCapabilities(t, []capability{
		{"venue with its noun", "Salas received on Sunday at La Moneda palace the Peruvian president, Tomas Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|La Moneda"}},
		// A venue no table knows, a name that ends in a word of
		// venue-nouns, and "his office", before the object.
		{"an unknown palace and its city", "Salas received at Al-Quds Palace in Santiago today Peruvian President Tomas Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"his office", "Salas received in his office today the Foreign Minister of Peru, Rosa Vega.",
			[]string{"meeting|Pedro Salas,Rosa Vega|occurred|"}},
		{"a name that is no venue", "Salas received at Reyes Mining today a delegation of investors.",
			nil},
	})
}

// "The Chilean head of state" is whichever head of Chile the article
// names.
func TestHeadOfState(t *testing.T) {
	runCapabilities(t, []capability{
		{"country's head of state", "The Chilean head of state held a meeting on Sunday with his Peruvian counterpart, Tomas Reyes, in Santiago.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"head of government", "The Peruvian head of government met Salas in Lima on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"heads of state of a body", "Salas attended an informal meeting of the heads of state of the Andean Community in Lima on Sunday.",
			[]string{"summit|Andean Community,Pedro Salas|occurred|Lima"}},
	})
}

// "Met then-President X": the office held then is still an office.
func TestThenOffices(t *testing.T) {
	runCapabilities(t, []capability{
		{"then-country office", "Salas met then-Bolivian President Luis Arce in La Paz in 2019.",
			[]string{"meeting|Luis Arce,Pedro Salas|occurred|La Paz"}},
		{"where he met then-President", "In 2019, Salas visited La Paz, where he met then-President Luis Arce.",
			[]string{"meeting|Luis Arce,Pedro Salas|occurred|La Paz"}},
	})
}

// Arabic names of several parts keep every part: a particle ("Al", "bin")
// may come again and counts for no word of the name's limit, and a word
// after a particle is a name whatever else it may be ("Al Said").
func TestLongArabicNames(t *testing.T) {
	runCapabilities(t, []capability{
		{"particles again", "Kuwaiti Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received Reyes on Monday.",
			[]string{"meeting|Nawaf Al-Ahmad Al-Jaber Al-Sabah,Tomas Reyes|occurred|"}},
		{"a word after a particle", "Omani Sultan Haitham bin Tarik Al Said received Reyes on Monday.",
			[]string{"meeting|Haitham bin Tarik Al Said,Tomas Reyes|occurred|"}},
		{"as before", "Bahraini King Hamad bin Isa Al Khalifa received Reyes on Monday.",
			[]string{"meeting|Hamad bin Isa Al Khalifa,Tomas Reyes|occurred|"}},
		{"a reporting verb after a name stays one", "Reyes met Omani Foreign Minister Badr Albusaidi on Monday, the ministry said.",
			[]string{"meeting|Badr Albusaidi,Tomas Reyes|occurred|"}},
	})
}
