package names

import (
	"github.com/dateline/dateline/timeline/vocab"
	"slices"
	"strings"
	"unicode"
)

// Names of people, countries and organisations are compared through keys:
// lower case, diacritics folded, punctuation dropped, titles and suffixes
// removed, and transliteration variants spelled one way. Two spellings that
// give the same key name the same participant.

// diacriticFolds maps each base letter to the accented letters that fold to
// it. It covers Latin-1 and Latin Extended-A, which is what European and
// transliterated names in English news use.
var diacriticFolds = []struct{ base, accented string }{
	{"a", "àáâãäåāăąǎ"},
	{"ae", "æ"},
	{"c", "çćĉċč"},
	{"d", "ďđð"},
	{"e", "èéêëēĕėęě"},
	{"g", "ĝğġģ"},
	{"h", "ĥħ"},
	{"i", "ìíîïĩīĭįı"},
	{"j", "ĵ"},
	{"k", "ķ"},
	{"l", "ĺļľŀł"},
	{"n", "ñńņňŉ"},
	{"o", "òóôõöøōŏőǒ"},
	{"oe", "œ"},
	{"r", "ŕŗř"},
	{"s", "śŝşšș"},
	{"ss", "ß"},
	{"t", "ţťŧț"},
	{"th", "þ"},
	{"u", "ùúûüũūŭůűųǔ"},
	{"w", "ŵ"},
	{"y", "ýÿŷ"},
	{"z", "źżž"},
}

// foldRune is diacriticFolds indexed by accented rune.
var foldRune = func() map[rune]string {
	m := map[rune]string{}
	for _, f := range diacriticFolds {
		for _, r := range f.accented {
			m[r] = f.base
		}
	}
	return m
}()

// Fold lower-cases s, folds diacritics and turns every run of characters
// other than letters and digits into one space: "Zelenskyy's" → "zelenskyy s",
// "Joseph R. Biden, Jr." → "joseph r biden jr".
func Fold(s string) string {
	var b strings.Builder
	space := true
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := unicode.ToLower(rs[i])
		if f, ok := foldRune[r]; ok {
			b.WriteString(f)
			space = false
			continue
		}
		if r == '\'' || r == '’' {
			// A possessive goes ("Okafor's" → okafor); any other
			// apostrophe joins its word (O'Brien → obrien).
			if i+1 < len(rs) && unicode.ToLower(rs[i+1]) == 's' && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2])) {
				i++
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// DropWords are words that are part of how a person is written but not
// of who they are: honorifics, offices and generational suffixes (the
// word sets name-drop-words and name-suffixes of vocab).
var DropWords = func() vocab.WordSet {
	m := vocab.Set("name-drop-words")
	for w := range vocab.Set("name-suffixes") {
		m[w] = true
	}
	return m
}()

// surnameEndings rewrites transliteration variants of name endings to one
// spelling, longest first: Zelenskyy, Zelenskiy, Zelenskii, Zelensky →
// zelensky; Dmitriy, Dmitrii → dmitry.
var surnameEndings = []struct{ from, to string }{
	{"skyy", "sky"},
	{"skyi", "sky"},
	{"skiy", "sky"},
	{"skii", "sky"},
	{"skij", "sky"},
	{"iy", "y"},
	{"ii", "y"},
	{"yy", "y"},
}

// nameSpellings rewrites letter groups that transliterations of the same
// name disagree on: Aleksandr/Alexander, Sergey/Sergei.
var nameSpellings = []struct{ from, to string }{
	{"x", "ks"},
	{"ei", "ey"},
}

// nicknames maps a short given name to the formal one it stands for, so that
// "Bill Burns" and "William Burns" are one person. A given name that is a
// prefix of the other ("Joe"/"Joseph") needs no entry.
var nicknames = map[string]string{
	"bill": "william", "bob": "robert", "dick": "richard", "jim": "james",
	"tony": "anthony", "mike": "michael", "liz": "elizabeth", "kate": "katherine",
	"ted": "edward", "ned": "edward", "peggy": "margaret", "sasha": "aleksandr",
	"volodya": "vladimir", "misha": "mikhail", "sandy": "alexander",
	"antony": "anthony", "jack": "john", "hank": "henry", "chuck": "charles",
	"joe": "joseph", "dave": "david", "steve": "steven", "tom": "thomas",
	"nick": "nicholas", "alex": "aleksander", "sam": "samuel", "jerry": "gerald",
}

// spelledNicknames is nicknames in the spelling of parsed names.
var spelledNicknames = func() map[string]string {
	m := make(map[string]string, len(nicknames))
	for k, v := range nicknames {
		m[spellWord(k)] = spellWord(v)
	}
	return m
}()

// Person is a person's name taken apart for matching.
type Person struct {
	// Words are the name's folded words without honorifics, suffixes and
	// initials, transliteration variants spelled one way.
	Words []string
	// Initials are the single-letter words ("r" in Joseph R. Biden).
	Initials string
}

// ParsePerson takes a written person name apart: "President Joseph R.
// Biden, Jr." → Words [josef biden], Initials "r".
func ParsePerson(s string) Person {
	var p Person
	for _, w := range strings.Fields(Fold(s)) {
		switch {
		case DropWords[w]:
		case len(w) == 1:
			p.Initials += w
		default:
			p.Words = append(p.Words, spellWord(w))
		}
	}
	return p
}

// spellWord spells one folded word in the canonical transliteration.
func spellWord(w string) string {
	for _, s := range nameSpellings {
		w = strings.ReplaceAll(w, s.from, s.to)
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e.from) && len(w) > len(e.from)+1 {
			return w[:len(w)-len(e.from)] + e.to
		}
	}
	return w
}

// Key is the name's matching key: its words joined by single spaces.
func (p Person) Key() string { return strings.Join(p.Words, " ") }

// givenCompatible reports whether two given names can name the same person:
// equal, one a prefix of the other (Joe/Joseph), or a nickname of it.
func givenCompatible(a, b string) bool {
	if a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	if n, ok := spelledNicknames[a]; ok {
		a = n
	}
	if n, ok := spelledNicknames[b]; ok {
		b = n
	}
	return a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// SamePerson reports whether two parsed names can be one person. The
// shorter name's words must appear in the longer one in order; its last word
// (the surname, or the only word, as in "Biden" or "Xi") must match exactly,
// and earlier words may be nicknames or prefixes ("Joe" ~ "Joseph"). Two
// names that both carry initials must carry the same ones (George H. W. Bush
// is not George W. Bush).
func SamePerson(a, b Person) bool {
	if len(a.Words) == 0 || len(b.Words) == 0 {
		return false
	}
	if a.Initials != "" && b.Initials != "" && a.Initials != b.Initials {
		return false
	}
	s, l := a.Words, b.Words
	if len(s) > len(l) {
		s, l = l, s
	}
	j := 0
	for i, w := range s {
		last := i == len(s)-1
		for j < len(l) {
			ok := w == l[j] || (!last && givenCompatible(w, l[j]))
			j++
			if ok {
				goto next
			}
		}
		return false
	next:
	}
	return true
}

// OrganisationAliases maps folded names of international organisations to
// the short form news uses for them. Country names are looked up in the
// reader's countries table.
var OrganisationAliases = map[string]string{
	"nato":                               "NATO",
	"north atlantic treaty organization": "NATO",
	"north atlantic treaty organisation": "NATO",
	"osce":                               "OSCE",
	"organization for security and co operation in europe": "OSCE",
	"organization for security and cooperation in europe":  "OSCE",
	"organisation for security and co operation in europe": "OSCE",
	"organisation for security and cooperation in europe":  "OSCE",
	"un":                       "UN",
	"united nations":           "UN",
	"eu":                       "EU",
	"european union":           "EU",
	"asean":                    "ASEAN",
	"african union":            "African Union",
	"au":                       "African Union",
	"united states of america": "United States",
	"the united states":        "United States",
}

// CanonicalGroup returns the canonical name of a country or organisation
// ("U.S." → "United States", "Russian Federation" → "Russia", "osce" →
// "OSCE"), or the name trimmed when it is not in any table.
func CanonicalGroup(name string) string {
	f := Fold(name)
	if c, ok := OrganisationAliases[f]; ok {
		return c
	}
	lower := strings.ToLower(strings.TrimSpace(name))
	for _, k := range []string{lower, f, strings.TrimPrefix(f, "the ")} {
		if c, ok := vocab.KnownCountry[k]; ok {
			return c
		}
	}
	return strings.Join(strings.Fields(name), " ")
}

// PlaceKey is the key places are compared by: folded, with the variant
// spellings of the reader's city table mapped to one ("Kiev" and "Kyiv" both
// name the Ukrainian capital, so they compare by city and country).
func PlaceKey(place string) string {
	return Fold(place)
}

// PlaceCountry returns the country a place is in, when the place is a
// country or a city the reader knows; "" otherwise.
func PlaceCountry(place string) string {
	f := Fold(place)
	if c, ok := vocab.KnownCity[f]; ok {
		return c
	}
	if c, ok := vocab.KnownCountry[f]; ok {
		return c
	}
	return ""
}

// formatStopWords are left out of format keys, so that word order and
// small words do not tell formats apart.
var formatStopWords = vocab.Set("format-stop-words")

// FormatKey is the key named formats are compared by: their folded words,
// country and organisation names made canonical, without small words, in
// sorted order — "Russia-NATO Council" and "NATO-Russia Council" are one
// format, as are "dialogue on strategic stability" and "Strategic Stability
// Dialogue".
func FormatKey(format string) string {
	words := strings.Fields(Fold(format))
	out := make([]string, 0, len(words))
	for _, w := range words {
		if formatStopWords[w] {
			continue
		}
		if c, ok := vocab.KnownCountry[w]; ok {
			w = Fold(c)
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// PlacesConflict reports whether two folded place names are known to be
// different places: two different known cities, two different countries, or
// a city and a country it is not in. Places the tables do not know never
// conflict, since "the Hofburg" and "Vienna" may well be one place.
func PlacesConflict(a, b string) bool {
	if a == b {
		return false
	}
	ca, cityA := vocab.KnownCity[a]
	cb, cityB := vocab.KnownCity[b]
	na, countryA := vocab.KnownCountry[a]
	nb, countryB := vocab.KnownCountry[b]
	switch {
	case cityA && cityB:
		return true
	case countryA && countryB:
		return na != nb
	case cityA && countryB:
		return ca != nb
	case countryA && cityB:
		return na != cb
	}
	return false
}

// Slug makes an ID fragment of s: folded words joined by hyphens.
func Slug(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "-")
}
