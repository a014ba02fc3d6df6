package article

import (
	"fmt"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDateline(t *testing.T) {
	pub := date.MustParseISO("2022-01-02")
	tests := []struct {
		body                         string
		text, place, country, agency string
		date                         string // "" for none
		rest                         string // the body from End on
	}{
		{"Kiev [Ukraine], January 3 : Soon after talks with the mayor, ...",
			"Kiev [Ukraine], January 3", "Kiev", "Ukraine", "", "2022-01-03", "Soon after talks with the mayor, ..."},
		{"BRUSSELS, December 2 (Xinhua) -- The bloc agreed on Thursday ...",
			"BRUSSELS, December 2 (Xinhua)", "Brussels", "Belgium", "Xinhua", "2021-12-02", "The bloc agreed on Thursday ..."},
		{"O'SMACH, Cambodia (AP)_ Fighting resumed near the border ...",
			"O'SMACH, Cambodia (AP)", "O'Smach", "Cambodia", "AP", "", "Fighting resumed near the border ..."},
		{"WASHINGTON (Reuters) - The Senate voted ...",
			"WASHINGTON (Reuters)", "Washington", "United States", "Reuters", "", "The Senate voted ..."},
		{"MOSCOW, Jan 3 (Reuters) - A court ruled ...",
			"MOSCOW, Jan 3 (Reuters)", "Moscow", "Russia", "Reuters", "2022-01-03", "A court ruled ..."},
		{"GENEVA — Delegates gathered on Monday ...",
			"GENEVA", "Geneva", "Switzerland", "", "", "Delegates gathered on Monday ..."},
		{"LONDON: Shares fell sharply ...",
			"LONDON", "London", "United Kingdom", "", "", "Shares fell sharply ..."},
		{"NEW YORK, March 5, 2021 /PRNewswire/ -- Acme Corp. announced ...",
			"NEW YORK, March 5, 2021 /PRNewswire/", "New York", "United States", "PR Newswire", "2021-03-05", "Acme Corp. announced ..."},
		{"RIO DE JANEIRO, Brazil (AP) _ Carnival opened ...",
			"RIO DE JANEIRO, Brazil (AP)", "Rio de Janeiro", "Brazil", "AP", "", "Carnival opened ..."},
		{"PORT-AU-PRINCE, Haiti (AFP) -- Aid arrived ...",
			"PORT-AU-PRINCE, Haiti (AFP)", "Port-au-Prince", "Haiti", "AFP", "", "Aid arrived ..."},
		{"MOSCOW, December 2. /TASS/. The two presidents spoke ...",
			"MOSCOW, December 2. /TASS/", "Moscow", "Russia", "TASS", "2021-12-02", "The two presidents spoke ..."},
		{"MOSCOW. Dec 2 (Interfax) - The talks ended ...",
			"MOSCOW. Dec 2 (Interfax)", "Moscow", "Russia", "Interfax", "2021-12-02", "The talks ended ..."},
		{"ST. PETERSBURG (AP) — The forum opened ...",
			"ST. PETERSBURG (AP)", "St. Petersburg", "Russia", "AP", "", "The forum opened ..."},
		{"SPRINGFIELD, Ill. (AP) _ The governor signed ...",
			"SPRINGFIELD, Ill. (AP)", "Springfield", "United States", "AP", "", "The governor signed ..."},
		{"ST. LOUIS (AP) — A storm knocked out power ...",
			"ST. LOUIS (AP)", "St. Louis", "", "AP", "", "A storm knocked out power ..."},
		{"Geneva, Switzerland — Negotiators met ...",
			"Geneva, Switzerland", "Geneva", "Switzerland", "", "", "Negotiators met ..."},
		{"New Delhi, Dec 30 (IANS) The minister said ...",
			"New Delhi, Dec 30 (IANS)", "New Delhi", "India", "IANS", "2021-12-30", "The minister said ..."},
		{"BEIJING, Jan. 1 (Xinhua) -- New rules took effect ...",
			"BEIJING, Jan. 1 (Xinhua)", "Beijing", "China", "Xinhua", "2022-01-01", "New rules took effect ..."},
		{"TOKYO, 3 January (Kyodo) - Markets reopened ...",
			"TOKYO, 3 January (Kyodo)", "Tokyo", "Japan", "Kyodo", "2022-01-03", "Markets reopened ..."},
		{"  \n ANKARA (Anadolu) – Officials said ...",
			"ANKARA (Anadolu)", "Ankara", "Turkey", "Anadolu", "", "Officials said ..."},
		{"KYIV, Ukraine — Talks continued ...",
			"KYIV, Ukraine", "Kyiv", "Ukraine", "", "", "Talks continued ..."},
		{"SAN JOSE, Costa Rica, Dec. 28 (EFE) - Voters ...",
			"SAN JOSE, Costa Rica, Dec. 28 (EFE)", "San Jose", "Costa Rica", "EFE", "2021-12-28", "Voters ..."},
		{"WARSAW, Poland (Caixin Global) -- A delegation ...",
			"WARSAW, Poland (Caixin Global)", "Warsaw", "Poland", "Caixin Global", "", "A delegation ..."},
		{"LONDON:\n  Shares fell ...",
			"LONDON", "London", "United Kingdom", "", "", "Shares fell ..."},
		{"MINSK --The opposition leader ...",
			"MINSK", "Minsk", "Belarus", "", "", "The opposition leader ..."},
		// The places come from vocab's tables, the same rows extraction reads.
		{"GOMEL (AP) - Rail traffic ...", "GOMEL (AP)", "Gomel", "Belarus", "AP", "", "Rail traffic ..."},
		{"ABIDJAN, Ivory Coast (AP) - Voters ...", "ABIDJAN, Ivory Coast (AP)", "Abidjan", "Côte d'Ivoire", "AP", "", "Voters ..."},
		{"BRAZZAVILLE (Reuters) - Voters ...", "BRAZZAVILLE (Reuters)", "Brazzaville", "Republic of the Congo", "Reuters", "", "Voters ..."},
		{"KINSHASA, Congo (AP) - Voters ...", "KINSHASA, Congo (AP)", "Kinshasa", "Democratic Republic of the Congo", "AP", "", "Voters ..."},
		{"EDINBURGH, Scotland (AP) - Voters ...", "EDINBURGH, Scotland (AP)", "Edinburgh", "United Kingdom", "AP", "", "Voters ..."},
		{"AUSTIN, Texas (AP) - Voters ...", "AUSTIN, Texas (AP)", "Austin", "United States", "AP", "", "Voters ..."},
		{"KOWLOON, Hong Kong (AP) - Voters ...", "KOWLOON, Hong Kong (AP)", "Kowloon", "China", "AP", "", "Voters ..."},
		{"ST. PETERSBURG (AP) - Voters ...", "ST. PETERSBURG (AP)", "St. Petersburg", "Russia", "AP", "", "Voters ..."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			dl, ok := ParseDateline(tt.body, pub)
			require.True(t, ok, "no dateline found in %q", tt.body)
			assert.Equal(t, tt.text, dl.Text)
			assert.Equal(t, tt.place, dl.Place)
			assert.Equal(t, tt.country, dl.Country)
			assert.Equal(t, tt.agency, dl.Agency)
			if tt.date == "" {
				assert.Equal(t, date.Zero, dl.Date)
			} else {
				assert.Equal(t, tt.date, dl.Date.String())
			}
			assert.Equal(t, tt.rest, tt.body[dl.End:])
		})
	}
}

// TestParseDatelineNotADateline lists openings that must not be taken for a
// dateline: ordinary sentences, labels, company names.
func TestParseDatelineNotADateline(t *testing.T) {
	for _, body := range []string{
		"President Biden spoke today with his counterpart.",
		"On Thursday, the minister said - without giving details - that talks would resume.",
		"The talks, held in Geneva, ended early.",
		"Ukrainian President Volodymyr Zelenskyy on Monday said that relations are special.",
		"AEP INDUSTRIES Inc. directors authorized a 3-for-2 split of the common stock.",
		"CAMBREX Corp., Bayonne, N.J., declared its initial quarterly dividend.",
		"NATO allies met (virtually) on Friday - a first.",
		"UPDATE: The story has been corrected.",
		"EXCLUSIVE — Officials weigh new sanctions.",
		"Editor's note: This story was updated.",
		"Meanwhile — as talks stalled — markets slid.",
		"Biden — who spoke for an hour — said little.",
		"In Washington today, the agency released tapes.",
		"\"We are ready,\" he said - and left.",
		"At 10:30 the meeting began.",
		"Prices rose 3% (Reuters data show) in December.",
		"",
		"   ",
		"Summary: the two leaders spoke.",
		"Geneva: a city of talks.",
		"Sen. Jane Roe (D-Maine) - who chairs the panel - said no.",
		"Acme Corp. (NYSE: ACME) -- shares rose.",
		"The United Nations (UN) Resident Coordinator in Peru Ana Cruz met the President today.",
		"World Health Organization (WHO) Director-General Ana Cruz met the President.",
		"The European Union (EU) delegation arrived on Monday.",
		"Officials said: the talks will resume.",
		"TALKS RESUME IN VIENNA AFTER A LONG BREAK WHILE THE DELEGATIONS WAIT - sources",
	} {
		t.Run(body, func(t *testing.T) {
			dl, ok := ParseDateline(body, date.MustParseISO("2022-01-02"))
			assert.False(t, ok, "took %+v for a dateline", dl)
			assert.Equal(t, timeline.Dateline{}, dl)
		})
	}
}

func TestParseDatelineYear(t *testing.T) {
	tests := []struct {
		body, published, want string
	}{
		{"MOSCOW, January 1 (TASS) - Text.", "2021-12-31", "2022-01-01"},
		{"MOSCOW, December 31 (TASS) - Text.", "2022-01-01", "2021-12-31"},
		{"MOSCOW, Jan 3 (TASS) - Text.", "2022-01-02", "2022-01-03"},
		{"MOSCOW, March 5, 2019 (TASS) - Text.", "2022-01-02", "2019-03-05"}, // a written year wins
		{"MOSCOW, Jan 3 (TASS) - Text.", "", ""},                             // no year, no publication date: unknown
	}
	for _, tt := range tests {
		var pub date.Date
		if tt.published != "" {
			pub = date.MustParseISO(tt.published)
		}
		dl, ok := ParseDateline(tt.body, pub)
		require.True(t, ok, tt.body)
		if tt.want == "" {
			assert.Equal(t, date.Zero, dl.Date, tt.body)
		} else {
			assert.Equal(t, tt.want, dl.Date.String(), tt.body)
		}
	}
}

func TestParseDatelineBadDate(t *testing.T) {
	// "February 30" is not a day: the opening is not read as a dateline
	// with a date, nor as a region, so it is no dateline at all.
	_, ok := ParseDateline("MOSCOW, February 30 (TASS) - Text.", date.MustParseISO("2022-01-02"))
	assert.False(t, ok)
}

func TestNormaliseDatelinePlace(t *testing.T) {
	for in, want := range map[string]string{
		"BRUSSELS":           "Brussels",
		"NEW YORK":           "New York",
		"O'SMACH":            "O'Smach",
		"RIO DE JANEIRO":     "Rio de Janeiro",
		"PORT-AU-PRINCE":     "Port-au-Prince",
		"WASHINGTON, D.C.":   "Washington, D.C.",
		"U.N.":               "U.N.",
		"Kiev":               "Kiev",
		"McAllen":            "McAllen",
		"  SAN   FRANCISCO ": "San Francisco",
		"THE HAGUE":          "The Hague",
	} {
		assert.Equal(t, want, normaliseDatelinePlace(in), in)
	}
}

func ExampleParseDateline() {
	published := date.New(2021, 12, 31)
	body := "MOSCOW, Jan 1 (Reuters) - The new year opened quietly."
	dl, ok := ParseDateline(body, published)
	fmt.Println(ok, dl.Place, dl.Country, dl.Agency, dl.Date)
	fmt.Println(body[dl.End:])
	// Output:
	// true Moscow Russia Reuters 2022-01-01
	// The new year opened quietly.
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"Kiev [Ukraine], January 3 : Soon",
		"NEW YORK, March 5, 2021 /PRNewswire/ -- Acme",
		"O'SMACH, Cambodia (AP)_ Fighting",
		"President Biden spoke today",
		"A [B] ] [ ( ) / / -- : _",
		"X, February 29 (Y) - z",
	} {
		f.Add(s, int64(738000))
	}
	f.Fuzz(func(t *testing.T, body string, days int64) {
		pub := date.Date(days % 1_000_000)
		if pub < 0 {
			pub = -pub
		}
		dl, ok := ParseDateline(body, pub)
		if !ok {
			if dl != (timeline.Dateline{}) {
				t.Fatalf("not ok but returned %+v", dl)
			}
			return
		}
		if dl.End < 0 || dl.End > len(body) {
			t.Fatalf("End %d outside body of %d bytes", dl.End, len(body))
		}
		if dl.Place == "" {
			t.Fatalf("dateline without a place: %+v", dl)
		}
	})
}

// A transcript's speaker label in capitals ("PRESIDENT BIDEN:") is a
// title and a name, not a place: no dateline.
func TestSpeakerLabelIsNoDateline(t *testing.T) {
	for _, body := range []string{
		"PRESIDENT SALAS: Well, Mr. President, welcome back.",
		"PRIME MINISTER REYES: Thank you, Mr. President.",
		"MR. ORTIZ: Good afternoon, everyone.",
	} {
		_, ok := ParseDateline(body, date.New(2023, 3, 6))
		assert.False(t, ok, body)
	}
	dl, ok := ParseDateline("LIMA: Peru's president met his Chilean counterpart.", date.New(2023, 3, 6))
	assert.True(t, ok)
	assert.Equal(t, "Lima", dl.Place)
}
