package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// formatsOf lists the formats of the mentions of body (after a neutral
// lead), each with its kind and date range.
func formatsOf(body string) []string {
	var out []string
	for _, m := range Extract(story("", "Foreign ministers of the Andean states met in Quito on Friday. "+body)) {
		if m.Format == "" {
			continue
		}
		w := "undated"
		if m.When != nil {
			w = m.When.Range.First.String() + ".." + m.When.Range.Last.String()
		}
		out = append(out, string(m.Kind)+"|"+m.Format+"|"+w)
	}
	return out
}

// Two named formats written with one plural noun ("the G7 and NATO
// summits") are two formats, each of its own parties, and a date before
// them dates both.
func TestSharedPluralNounNamesTwoFormats(t *testing.T) {
	cases := []struct {
		body string
		want []string
	}{
		{"Chilean President Pedro Salas attended the G7 and NATO summits in June 2022.",
			[]string{"summit|G7 summit|2022-06-01..2022-06-30", "summit|NATO summit|2022-06-01..2022-06-30"}},
		{"The talks build on the January BRICS and SCO summits, where the leaders first met.",
			[]string{"summit|BRICS summit|2023-01-01..2023-01-31", "summit|SCO summit|2023-01-01..2023-01-31"}},
		{"Salas recalled the October U.S.-ASEAN and East Asia Summits.",
			[]string{"summit|US-ASEAN Summit|2022-10-01..2022-10-31", "summit|East Asia Summit|2022-10-01..2022-10-31"}},
		{"Both leaders took part in the EU-China and EU-Ukraine summits in 2021.",
			[]string{"summit|EU-China summit|2021-01-01..2021-12-31", "summit|EU-Ukraine summit|2021-01-01..2021-12-31"}},
	}
	for _, c := range cases {
		t.Run(c.body, func(t *testing.T) {
			got := formatsOf(c.body)
			for _, w := range c.want {
				assert.Contains(t, got, w)
			}
		})
	}
}

// A coordination whose parts are not both formats of the table is left as
// the text has it: no format is made up from a shared noun.
func TestSharedPluralNounNeedsTwoFormats(t *testing.T) {
	for _, body := range []string{
		"Chilean President Pedro Salas attended the Pacific and NATO summits in June 2022.",
		"Chile and Peru summits have been rare since 2019.",
		"Salas spoke of trade and summits in June 2022.",
	} {
		t.Run(body, func(t *testing.T) {
			for _, f := range formatsOf(body) {
				assert.NotContains(t, f, "Pacific", body)
				assert.NotContains(t, f, "Chile", body)
			}
		})
	}
	got := formatsOf("Chilean President Pedro Salas attended the Pacific and NATO summits in June 2022.")
	assert.LessOrEqual(t, len(got), 1, "one format named, not two: %v", got)
}

// An organisation's members described after its name ("the Group of Seven
// wealthy democracies") are the subject that gathers.
func TestOrganisationMembersDescribed(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"wealthy democracies", "Leaders of the Group of Seven wealthy democracies will gather in Lima from March 19 to 21.",
			"summit|G7|planned|Lima 2023-03-19..2023-03-21"},
		{"major economies", "Finance ministers of the G20 major economies will meet in Lima on March 20.",
			"summit|G20|planned|Lima 2023-03-20..2023-03-20"},
	})
}

// An organisation and the event word right after it ("an ASEAN meeting")
// are one session, reported once with every attendee named.
func TestOneSessionNamedTwice(t *testing.T) {
	got := datedLead(intro + "Salas and Reyes last met in Jakarta in July on the sidelines of an ASEAN meeting.")
	assert.Contains(t, got, "summit|ASEAN,Pedro Salas,Tomas Reyes|occurred|Jakarta 2022-07-01..2022-07-31")
	n := 0
	for _, m := range got {
		if strings.HasPrefix(m, "summit|") {
			n++
		}
	}
	assert.Equal(t, 1, n, "one session: %v", got)
}

// Talks to be held on the sidelines of a gathering make the gathering
// one to come, whatever the words of the talks ("will hold talks"), and the
// organisation and its event word ("the G20 ministerial") are one session.
func TestSidelinesOfAGatheringToCome(t *testing.T) {
	got := datedLead(intro + "Salas will hold talks with Reyes on the sidelines of the G20 ministerial in Lima, officials said.")
	assert.Contains(t, got, "summit|G20,Pedro Salas|planned|Lima undated")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|planned|Lima undated")
	assert.Len(t, got, 2, "%v", got)
}

// A trip by a side named only by its country is that side's, and the talks
// it is for take its days: "Chile's foreign minister will visit Lima next
// week for talks with X".
func TestTripOfACountrySideDatesItsPurpose(t *testing.T) {
	assert.Contains(t, datedLead("Chile's foreign minister will visit Lima next week for talks with Peruvian President Tomas Reyes."),
		"talks|Chile,Tomas Reyes|planned|Lima 2023-03-13..2023-03-19")
}

// Who hosts or attends a session named after a plan's infinitive is the
// plan's owner, not the nearest person: "welcomed Peru's plan to host the
// APEC summit next year".
func TestPlanOwnerHostsTheSession(t *testing.T) {
	got := datedLead(intro + "Salas welcomed Peru's plan to host the APEC summit next year.")
	assert.Contains(t, got, "summit|APEC,Peru|planned| 2024-01-01..2024-12-31")
	assert.NotContains(t, got, "summit|APEC,Pedro Salas|planned| 2024-01-01..2024-12-31")
	assert.Contains(t, datedLead(intro+"Reyes backed Chile's bid to host the APEC summit next year."),
		"summit|APEC,Chile|planned| 2024-01-01..2024-12-31")
}
