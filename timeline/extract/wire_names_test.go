package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Wire copy says who someone is with a country's possessive: "Chile's
// Salas meets Peru's Reyes". The country is the person's; a single word
// so owned is a person only as the short name of someone the article
// names in full, and else stands for the country.
func TestPossessedPersons(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Chile's Salas meets Peru's Reyes in Lima",
		"Chilean President Pedro Salas arrived in Lima on Friday for talks with Peruvian President Tomas Reyes.")) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima")
	ents := recognise(tokenize("Chile's Pedro Salas met Peru's Tomas Reyes.", 0))
	if assert.Len(t, ents, 2) {
		assert.Equal(t, "Pedro Salas/Chile", ents[0].Name+"/"+ents[0].Country)
		assert.Equal(t, "Tomas Reyes/Peru", ents[1].Name+"/"+ents[1].Country)
	}
	// A single word owned so that names no one the article names in full
	// leaves the country, as the possessive says.
	assert.Contains(t, datedLead("Chile's Salas received Peruvian President Tomas Reyes in Santiago on Friday."),
		"meeting|Chile,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03")
}

// An object pronoun after a verb of meeting stands for the person an
// earlier sentence is about, other than the sentence's own subject.
func TestObjectPronounIsThePersonBefore(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"welcomed him", "Chilean President Pedro Salas arrived in Lima on Friday. Peruvian President Tomas Reyes welcomed him at the palace.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"met her", "Chilean Foreign Minister Ana Cruz arrived in Lima on Friday. Peruvian President Tomas Reyes met her later that day.",
			"meeting|Ana Cruz,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// "Told him" is no meeting.
	for _, m := range datedLead("Chilean President Pedro Salas arrived in Lima on Friday. Peruvian President Tomas Reyes told him the border would reopen.") {
		assert.NotContains(t, m, "meeting|", m)
	}
}

// A state's formal name after an office ("President of the Arab Republic
// of Egypt") is its country; the person it titles is a party.
func TestFormalStateNames(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"arab republic", "Chilean President Pedro Salas held talks in Santiago with President of the Arab Republic of Egypt Omar Nasser on Friday.",
			"talks|Omar Nasser,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"bolivarian republic", "Chilean President Pedro Salas met the President of the Bolivarian Republic of Venezuela Luis Vega on Friday.",
			"meeting|Luis Vega,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"a long formal name", "Chilean President Pedro Salas met the President of the Democratic Socialist Republic of Sri Lanka Luis Vega on Friday.",
			"meeting|Luis Vega,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
}

// "X, who arrived in Chile on an official visit": the visit told in the
// relative clause is X's, though X is the object of the sentence's talks;
// "the two presidents" after them are the two people of the talks, even
// when the article gives one of them no office.
func TestRelativeVisitorAndTheTwoPresidents(t *testing.T) {
	got := datedBriefs(story("", "Pedro Salas held talks in Santiago with President of Peru Tomas Reyes, who arrived in Chile on an official visit. "+
		"Prior to that, the two presidents had a telephone conversation on February 15."))
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-02-15..2023-02-15")
	for _, m := range got {
		assert.NotContains(t, m, "visit|Chile,Pedro Salas", m)
	}
}

// A Korean name romanised with a hyphened given name ("Moon Jae-in")
// writes the family name first, whatever country the article gives, so
// "Moon" later is that person; "Governor-General" is a title; "summit
// talks" are talks, one event.
func TestKoreanNamesAndVicereines(t *testing.T) {
	got := datedLead("President Moon Jae-in held summit talks with Australian Prime Minister Scott Morrison in Canberra on Monday. " +
		"Moon arrived in Australia on Sunday for a four-day state visit. Moon will also meet Governor-General David Hurley during his stay.")
	assert.Contains(t, got, "talks|Moon Jae-in,Scott Morrison|occurred|Canberra 2023-03-06..2023-03-06")
	assert.NotContains(t, got, "summit|Moon Jae-in|occurred|Canberra 2023-03-06..2023-03-06")
	assert.Contains(t, got, "meeting|David Hurley,Moon Jae-in|planned| 2023-03-05..2023-03-08")
	got = datedLead("President Moon Jae-in spoke to reporters on Friday. Moon arrived in Australia on Sunday.")
	assert.Contains(t, got, "visit|Australia,Moon Jae-in|occurred| 2023-03-05..2023-03-05", "Moon is the visitor")
	assert.Equal(t, []string{"summit talks"}, headTriggers("President Moon Jae-in held summit talks with Scott Morrison."))
}

// headTriggers are the event phrases found in sentence, as written.
func headTriggers(sentence string) []string {
	toks := tokenize(sentence, 0)
	var out []string
	for i := 0; i < len(toks); i++ {
		if _, n := lex.triggers.match(toks, i); n > 0 {
			out = append(out, joinText(toks[i:i+n]))
			i += n - 1
		}
	}
	return out
}

// A capital that stands for its government may own an office ("Abu
// Dhabi's crown prince, Sheikh X", "Abu Dhabi Crown Prince X"), and an
// honorific may stand between an office and the name ("Crown Prince
// Sheikh X").
func TestCapitalsOfficialsAndHonorifics(t *testing.T) {
	runCapabilities(t, []capability{
		{"a capital's office, in apposition", "Salas hosted Abu Dhabi's crown prince, Sheikh Khalid Al Nasser, in Santiago.", []string{"meeting|Khalid Al Nasser,Pedro Salas|occurred|Santiago"}},
		{"a capital before the title", "Salas hosted Abu Dhabi Crown Prince Khalid Al Nasser in Santiago.", []string{"meeting|Khalid Al Nasser,Pedro Salas|occurred|Santiago"}},
		{"an honorific after the title", "Salas hosted Crown Prince Sheikh Khalid Al Nasser in Santiago.", []string{"meeting|Khalid Al Nasser,Pedro Salas|occurred|Santiago"}},
		{"a capital's sights", "Salas visited Moscow's Red Square.", []string{"visit|Pedro Salas,Russia|occurred|Moscow"}},
	})
}

// A common East Asian family name opens a name written family first
// ("President Xi Jinping … talks with Xi") whatever country the article
// gives; "and hold talks" after a planned visit shares its plan and days.
func TestEastAsianFamilyNamesAndTalksOnAVisit(t *testing.T) {
	got := datedLead("At the invitation of President Xi Jinping, Peruvian President Tomas Reyes will pay a state visit to China from March 12 to 15, and hold talks with Xi.")
	assert.Contains(t, got, "talks|Tomas Reyes,Xi Jinping|planned| 2023-03-12..2023-03-15")
	assert.True(t, eastAsianFamilyName("Nguyen Xuan Phuc"))
	assert.False(t, eastAsianFamilyName("Lee Anderson Smith Jones"), "four words")
	assert.False(t, eastAsianFamilyName("Pedro Salas"))
}

// Malay honorifics ("Datuk Seri", "Dato' Sri", "Tan Sri", "Tun") are
// courtesy titles, as "Dr." is: part of how a person is written, not of
// their name. A given name that looks like one ("Sri Mulyani") after an
// office is still the name.
func TestMalayHonorifics(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Prime Minister Datuk Seri Anwar Ibrahim met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Anwar Ibrahim,Pedro Salas|occurred|Santiago"},
		{"Prime Minister Dato' Seri Anwar Ibrahim met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Anwar Ibrahim,Pedro Salas|occurred|Santiago"},
		{"Foreign Minister Dato Sri Mohamad Hasan met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Mohamad Hasan,Pedro Salas|occurred|Santiago"},
		{"Tan Sri Muhyiddin Yassin met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Muhyiddin Yassin,Pedro Salas|occurred|Santiago"},
		{"Tun Mahathir Mohamad met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Mahathir Mohamad,Pedro Salas|occurred|Santiago"},
		{"Indonesian Finance Minister Sri Mulyani Indrawati met Chilean President Pedro Salas in Santiago on Friday.", "meeting|Pedro Salas,Sri Mulyani Indrawati|occurred|Santiago"},
	} {
		assert.Equal(t, []string{c.want}, leadBriefs(c.body), c.body)
	}
}

// Two offices joined by "and" before one name are one person's, also
// when the second names its country or portfolio after "of", with the
// name right after it or in apposition: "Deputy Prime Minister and
// Minister of Foreign Affairs of Jordan Omar Haddad", "the Crown Prince
// and Prime Minister of Bahrain, Prince Faisal bin Ali".
func TestJointOfficesOfACountry(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Salas received on Sunday Deputy Prime Minister and Minister of Foreign Affairs of Jordan Omar Haddad.", "meeting|Omar Haddad,Pedro Salas|occurred|"},
		{"Salas received on Sunday Crown Prince and Prime Minister of Bahrain Prince Faisal bin Ali Al Khalifa.", "meeting|Faisal bin Ali Al Khalifa,Pedro Salas|occurred|"},
		{"Salas received on Sunday the Crown Prince and Prime Minister of Bahrain, Prince Faisal bin Ali Al Khalifa.", "meeting|Faisal bin Ali Al Khalifa,Pedro Salas|occurred|"},
		{"Salas received on Sunday the Deputy Prime Minister and Foreign Minister of Jordan, Omar Haddad.", "meeting|Omar Haddad,Pedro Salas|occurred|"},
		{"Salas met Deputy Prime Minister and Minister of Economy and Finance of Peru Rosa Vega in Lima.", "meeting|Pedro Salas,Rosa Vega|occurred|Lima"},
	} {
		assert.Equal(t, []string{c.want}, mentionsOf(t, c.body), c.body)
	}
	// The person takes the country of the second office.
	ms := Extract(story("", intro+"Salas received on Sunday the Crown Prince and Prime Minister of Bahrain, Prince Faisal bin Ali Al Khalifa."))
	require.NotEmpty(t, ms)
	found := false
	for _, p := range ms[len(ms)-1].Participants {
		if p.Name == "Faisal bin Ali Al Khalifa" {
			found = true
			assert.Equal(t, "Bahrain", p.Country)
		}
	}
	assert.True(t, found)
}

// A person of two words whose country the article does not give may be
// called by either word: the last is asked first, then the first ("Foreign
// Minister Kamikawa Yoko … Kamikawa will travel", as Japan's own releases
// write the family name first).
func TestFirstWordOfACountrylessName(t *testing.T) {
	got := datedLead("Foreign Minister Sato Hana met Chilean President Pedro Salas in Tokyo on Saturday. Sato will travel to Lima next month.")
	assert.Contains(t, got, "visit|Peru,Sato Hana|planned|Lima 2023-04-01..2023-04-30")
	got = datedLead("Foreign Minister Sato Hana met Chilean President Pedro Salas in Tokyo on Saturday. Hana will travel to Lima next month.")
	assert.Contains(t, got, "visit|Peru,Sato Hana|planned|Lima 2023-04-01..2023-04-30")
	// Two people of one first word: neither.
	got = datedLead("Foreign Minister Sato Hana met Trade Minister Sato Ken in Tokyo on Saturday. Sato will travel to Lima next month.")
	assert.NotContains(t, got, "visit|Peru,Sato Hana|planned|Lima 2023-04-01..2023-04-30")
	assert.NotContains(t, got, "visit|Peru,Sato Ken|planned|Lima 2023-04-01..2023-04-30")
}

// "The top diplomat" stands for the foreign minister the article names,
// as "the foreign minister" does (offices.tsv).
func TestTheTopDiplomat(t *testing.T) {
	got := datedLead("Chilean Foreign Minister Ana Cruz arrived in Lima on Monday. The top diplomat will meet Peruvian President Tomas Reyes on Friday.")
	assert.Contains(t, got, "meeting|Ana Cruz,Tomas Reyes|planned| 2023-03-10..2023-03-10")
}
