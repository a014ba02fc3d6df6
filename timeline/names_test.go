package timeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Joseph R. Biden, Jr.", "joseph r biden jr"},
		{"  Zelenskyy's  ", "zelenskyy"},
		{"the Okafors' talks", "the okafors talks"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Sauli Niinistö", "sauli niinisto"},
		{"O'Brien", "obrien"},
		{"Ærø–Straße", "aero strasse"},
		{"", ""},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, nameFold(tc.in), tc.in)
	}
}

func TestSamePerson(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Biden", "Joe Biden", true},
		{"Joe Biden", "Joseph R. Biden, Jr.", true},
		{"Joseph Biden", "President Joe Biden", true},
		{"Volodymyr Zelenskyy", "Zelensky", true},
		{"Zelenskiy", "Volodymyr Zelenskii", true},
		{"Xi", "Xi Jinping", true},
		{"Bill Harrow", "William Harrow", true},
		{"Tony Marsh", "Antony Marsh", true},
		{"Aleksei Orlov", "Alexei Orlov", true},
		{"Sandy Orlov", "Alexander Orlov", true},
		{"Jens Halvorsen", "Ingrid Halvorsen", false},
		{"Amara Okafor", "Chidi Okafor", false},
		{"George H. W. Bosch", "George W. Bosch", false},
		{"Okafor", "Brenner", false},
		{"Mr.", "Okafor", false},
	}
	for _, tc := range cases {
		got := samePerson(parsePersonName(tc.a), parsePersonName(tc.b))
		assert.Equal(t, tc.want, got, "%q ~ %q", tc.a, tc.b)
		assert.Equal(t, got, samePerson(parsePersonName(tc.b), parsePersonName(tc.a)), "symmetric: %q ~ %q", tc.b, tc.a)
	}
}

func TestCanonicalGroup(t *testing.T) {
	cases := []struct{ in, want string }{
		{"U.S.", "United States"},
		{"United States of America", "United States"},
		{"Russian Federation", "Russia"},
		{"the OSCE", "the OSCE"}, // not a form the tables know
		{"Organization for Security and Co-operation in Europe", "OSCE"},
		{"nato", "NATO"},
		{"Freedonia", "Freedonia"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, canonicalGroup(tc.in), tc.in)
	}
}

func TestRegistryFillsCountryAndFullName(t *testing.T) {
	reg := newNameRegistry(mentions(
		mb{kind: Call, who: []Participant{person("Okafor", ""), person("Ingrid Halvorsen", "")}, article: "a"},
		mb{kind: Call, who: []Participant{person("President Amara Okafor", "Nigeria"), person("Halvorsen", "Norway")}, article: "b"},
		// Two different Kims: "Kim" alone stays as it is.
		mb{kind: Call, who: []Participant{person("Kim", ""), person("Mina Kim", "Ghana"), person("Joon Kim", "Peru")}, article: "c"},
	))
	side, p, _ := reg.side(person("Okafor", ""))
	assert.Equal(t, "Nigeria", side, "country from another source")
	assert.Equal(t, "amara okafor", p.Key())
	assert.Equal(t, "President Amara Okafor", reg.person(person("Okafor", "")).display())
	side, _, _ = reg.side(person("Ingrid Halvorsen", ""))
	assert.Equal(t, "Norway", side)
	side, p, _ = reg.side(person("Kim", ""))
	assert.Equal(t, "person:kim/", side)
	assert.Equal(t, "kim", p.Key())
}

func FuzzNameFold(f *testing.F) {
	for _, s := range []string{"Joseph R. Biden, Jr.", "Zelenskyy", "Ærø", "\xff\xfe", "Mr. X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := nameFold(s)
		if nameFold(folded) != folded {
			t.Fatalf("nameFold not idempotent on %q: %q", s, folded)
		}
		p := parsePersonName(s)
		if len(p.Words) > 0 && !samePerson(p, p) {
			t.Fatalf("%q is not the same person as itself", s)
		}
	})
}

func TestPlacesConflict(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"vienna", "vienna", false},
		{"vienna", "geneva", true},
		{"vienna", "austria", false},
		{"geneva", "austria", true},
		{"austria", "switzerland", true},
		{"the hofburg", "vienna", false},
		{"atlantis", "lemuria", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, placesConflict(tc.a, tc.b), "%s / %s", tc.a, tc.b)
		assert.Equal(t, tc.want, placesConflict(tc.b, tc.a), "%s / %s", tc.b, tc.a)
	}
}

func TestFormatKey(t *testing.T) {
	same := [][2]string{
		{"NATO-Russia Council", "Russia-NATO Council"},
		{"Strategic Stability Dialogue", "dialogue on strategic stability"},
		{"Normandy format", "Normandy Format"},
		{"Arctic Shelf Dialogue", "the Arctic Shelf dialogue"},
	}
	for _, p := range same {
		assert.Equal(t, formatKey(p[0]), formatKey(p[1]), "%q ~ %q", p[0], p[1])
	}
	different := [][2]string{
		{"NATO-Russia Council", "Strategic Stability Dialogue"},
		{"G7", "G20"},
		{"Arctic Council", "Arctic Shelf Dialogue"},
	}
	for _, p := range different {
		assert.NotEqual(t, formatKey(p[0]), formatKey(p[1]), "%q / %q", p[0], p[1])
	}
	assert.Equal(t, "", formatKey(""))
}
