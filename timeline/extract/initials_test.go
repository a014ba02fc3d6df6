package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Initials that open a name are part of it ("S. Jaishankar", "H.R.
// McMaster"): without them the printed name would be a bare surname or
// nothing at all. A middle initial is left out, as the usual name leaves
// it ("John F. Kerry" is John Kerry), and a courtesy title written as
// initials ("H.E.") is no initial.
func TestInitialsInNames(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Indian Minister S. Jaishankar met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|Rosa Vega,S. Jaishankar|occurred|Lima"},
		{"U.S. national security adviser H.R. McMaster met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|H.R. McMaster,Rosa Vega|occurred|Lima"},
		{"Indian Prime Minister P.V. Narasimha Rao met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|P.V. Narasimha Rao,Rosa Vega|occurred|Lima"},
		{"U.S. Secretary of State John F. Kerry met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|John Kerry,Rosa Vega|occurred|Lima"},
		{"Peruvian Foreign Minister Rosa Vega met Indian Ambassador H.E. Santosh Rao in Lima on Friday.", "meeting|Rosa Vega,Santosh Rao|occurred|Lima"},
	} {
		assert.Contains(t, leadBriefs(c.body), c.want, c.body)
	}
}

// "The situation in Gaza", "the fighting in Sudan": a place after a noun
// of a topic is where the topic is, not where the event is; but a topic
// word that ends a name ("the Ministerial Conference on Water Security in
// Lima") leaves the place to the event the name is.
func TestTopicPlaceIsNoEventPlace(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Salas and Reyes discussed the situation in Lima during a phone call on Friday.", "call|Pedro Salas,Tomas Reyes|occurred|"},
		{"Salas spoke with Reyes about the humanitarian situation in Cusco on Friday.", "talks|Pedro Salas,Tomas Reyes|occurred|"},
		{"Salas and Reyes discussed the fighting in Cusco during talks in Lima on Friday.", "talks|Pedro Salas,Tomas Reyes|occurred|Lima"},
		{"Salas met Reyes in Lima on Friday.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima"},
		{"Salas will host the Ministerial Conference on Water Security in Lima on Friday.", "summit|Pedro Salas|planned|Lima"},
		{"Salas will host the Ministerial Conference on Regional Peace in Lima on Friday.", "summit|Pedro Salas|planned|Lima"},
	} {
		assert.Contains(t, mentionsOf(t, c.body), c.want, c.body)
	}
}

// Whoever will not attend a session named by its format takes no part in
// it.
func TestNotAttendingAFormat(t *testing.T) {
	for _, body := range []string{
		"Salas said he would not attend the G20 summit in Bali next month.",
		"Salas will not attend the G20 summit in Bali next month.",
	} {
		for _, m := range mentionsOf(t, body) {
			assert.NotContains(t, m, "Pedro Salas", body)
		}
	}
	assert.Contains(t, mentionsOf(t, "Salas will attend the G20 summit in Bali next month."), "summit|G20,Pedro Salas|planned|Bali")
}

// A venue named after "at" may be followed by its city after a comma
// ("at State House, Nairobi", "at the Jubilee Hall, Accra"): the city is
// the event's place, as "at State House in Nairobi" gives it.
func TestCityAfterAVenueAndAComma(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Salas held talks with Reyes at State House, Nairobi, on Friday.", "talks|Pedro Salas,Tomas Reyes|occurred|Nairobi"},
		{"Salas met Reyes at the Jubilee Hall, Accra.", "meeting|Pedro Salas,Tomas Reyes|occurred|Accra"},
		{"Salas met Reyes at State House in Nairobi on Friday.", "meeting|Pedro Salas,Tomas Reyes|occurred|Nairobi"},
	} {
		assert.Contains(t, mentionsOf(t, c.body), c.want, c.body)
	}
}

// A clause of simultaneity with no verb opening the sentence ("While in
// Lima, …", "When in Quito, …") is where its main clause happens; a
// clause with a verb ("Before attending the summit in Quito, …") is not.
func TestWhileInAPlace(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"While in Lima, Salas also met Reyes.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima"},
		{"While in Lima, Salas will also meet Reyes.", "meeting|Pedro Salas,Tomas Reyes|planned|Lima"},
		{"Before attending the summit in Quito, Salas will meet Reyes in Lima.", "meeting|Pedro Salas,Tomas Reyes|planned|Lima"},
	} {
		assert.Contains(t, mentionsOf(t, c.body), c.want, c.body)
	}
}

// A second office joined by "and" may be followed by a courtesy or royal
// title before the name ("Prime Minister and Foreign Minister Sheikh X");
// the place of an event is looked for past the other party's long title
// and name ("… of Qatar Mohammed bin Abdulrahman Al Thani today in Doha").
func TestSecondOfficeAndLongParty(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Salas met with Qatari Prime Minister and Foreign Minister Sheikh Hamad bin Khalid Al Nasser today in Doha.",
			"meeting|Hamad bin Khalid Al Nasser,Pedro Salas|occurred|Doha"},
		{"Salas met with Prime Minister and Minister of Foreign Affairs of Qatar Hamad bin Khalid Al Nasser today in Doha.",
			"meeting|Hamad bin Khalid Al Nasser,Pedro Salas|occurred|Doha"},
	} {
		assert.Contains(t, mentionsOf(t, c.body), c.want, c.body)
	}
}

// Family names that English writes as function words ("He Lifeng", "To
// Lam") open a name right after a title; a headline's "Minister To Visit
// Japan" names no one "To".
func TestFunctionWordSurnames(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Chinese Vice Premier He Lifeng met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|He Lifeng,Rosa Vega|occurred|Lima"},
		{"Vietnamese President To Lam met Peruvian Foreign Minister Rosa Vega in Lima on Friday.", "meeting|Rosa Vega,To Lam|occurred|Lima"},
	} {
		assert.Contains(t, leadBriefs(c.body), c.want, c.body)
	}
	got := allMentions("Prime Minister To Visit Japan Next Week", "Chilean Prime Minister Pedro Salas will visit Japan next week.")
	for _, m := range got {
		assert.NotContains(t, m, "|To,", "a headline's infinitive")
		assert.NotContains(t, m, ",To|", "a headline's infinitive")
	}
}

// The list after "the foreign ministers of" is whom they act for, all of
// it.
func TestMembersOfAList(t *testing.T) {
	assert.Contains(t, leadBriefs("The foreign ministers of Chile, Peru and Bolivia will hold a trilateral meeting in Lima on Sunday."),
		"meeting|Bolivia,Chile,Peru|planned|Lima")
}

// "Their first security talks in five years": the ordinal may be followed
// by modifiers of the noun, and the owners named before "their" are the
// parties. A summit's city missing from the gazetteer because another
// country has a town of that name is a row of cities.tsv (Kazan).
func TestSeriesOwnerWithModifiers(t *testing.T) {
	assert.Contains(t, leadBriefs("Chile and Peru held their first security talks in five years in Lima on Thursday."),
		"talks|Chile,Peru|occurred|Lima")
	assert.Contains(t, leadBriefs(intro+"Salas met Reyes on the sidelines of the BRICS summit in Kazan on Wednesday."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Kazan")
}

// An office of two words or more, or a title in capitals, after "with"
// and no name ("talks with the External Affairs Minister", "with EAM")
// stands for the one person of the article who was introduced with it,
// even when another person holds an office of the same role ("the
// Foreign Minister", the visitor). "With the president" alone does not.
func TestOfficeAsTheOtherParty(t *testing.T) {
	const lead = "Foreign Minister of Chile Ana Cruz will visit India at the invitation of External Affairs Minister Raj Kumar. "
	for _, c := range []struct{ body, want string }{
		{lead + "The Foreign Minister will hold delegation-level talks with the External Affairs Minister on Friday.", "talks|Ana Cruz,Raj Kumar|planned|"},
		{lead + "She will hold talks with EAM on Friday.", "talks|Ana Cruz,Raj Kumar|planned|"},
	} {
		assert.Contains(t, mentionsOf(t, c.body), c.want, c.body)
	}
	for _, m := range mentionsOf(t, "Betty Cole, a White House secretary, spoke about her meeting with the president.") {
		assert.NotContains(t, m, "meeting|", "a bare 'the president' names no other party")
	}
}
