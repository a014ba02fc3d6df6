package names

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dateline/dateline/timeline/vocab"
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
// zelensky; Dmitriy, Dmitrii → dmitry. nameSpellings rewrites letter
// groups that transliterations of the same name disagree on:
// Aleksandr/Alexander, Sergey/Sergei. Both are vocab's name-spellings
// table.
var surnameEndings, nameSpellings = vocab.NameEndings(), vocab.NameInfixes()

// nicknames maps a short given name to the formal one it stands for, so that
// "Bill Burns" and "William Burns" are one person (vocab's nicknames
// table). A given name that is a prefix of the other ("Joe"/"Joseph")
// needs no entry.
var nicknames = func() map[string]string {
	m := map[string]string{}
	for _, n := range vocab.Nicknames() {
		m[n.Nickname] = n.Name
	}
	return m
}()

// spelledNicknames is nicknames in the spelling of parsed names.
var spelledNicknames = func() map[string]string {
	m := make(map[string]string, len(nicknames))
	for k, v := range nicknames {
		m[spellWord(k)] = spellWord(v)
	}
	return m
}()

// regnalNumerals end a monarch's or pope's name ("Abdullah II", "Carl XVI
// Gustaf"): vocab's regnal-numerals.
var regnalNumerals = vocab.Set("regnal-numerals")

// RegnalNumeral reports whether the folded word w, the i-th of a name, is
// a regnal numeral, which names compare without: only after the first
// word, and of two letters or more ("Xi" opens a name; "V" stays an
// initial).
func RegnalNumeral(w string, i int) bool {
	return i > 0 && len(w) > 1 && regnalNumerals[w]
}

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
	for i, w := range strings.Fields(Fold(s)) {
		switch {
		case DropWords[w], RegnalNumeral(w, i):
		case len(w) == 1:
			p.Initials += w
		default:
			p.Words = append(p.Words, spellWord(w))
		}
	}
	return p
}

// spellWord spells one folded word in the canonical transliteration. A
// doubled letter is written once: transliterations disagree on them
// (Dissanayake/Disanayake, Mohammed/Mohamed, Hassan/Hasan).
func spellWord(w string) string {
	for _, s := range nameSpellings {
		w = strings.ReplaceAll(w, s.From, s.To)
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e.From) && len(w) > len(e.From)+1 {
			return singleLetters(w[:len(w)-len(e.From)] + e.To)
		}
	}
	return singleLetters(w)
}

// singleLetters writes each run of one repeated letter once.
func singleLetters(w string) string {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			b := []byte(w[:i])
			for j := i + 1; j < len(w); j++ {
				if w[j] != b[len(b)-1] {
					b = append(b, w[j])
				}
			}
			return string(b)
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
	if reordered(a.Words, b.Words) {
		return true // "Kishida Fumio" and "Fumio Kishida": the family name first
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

// reordered reports two names of the same two or more words in another
// order: a family name written first ("Kishida Fumio", "Yoon Suk Yeol")
// or last.
func reordered(a, b []string) bool {
	if len(a) < 2 || len(a) != len(b) || slices.Equal(a, b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// Slug makes an ID fragment of s: folded words joined by hyphens.
func Slug(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "-")
}

// familyFirstCountries are the countries whose people's names are written
// family name first ("Xi Jinping") or who go by their given name, the
// first word ("Abiy Ahmed"): vocab's family-name-first and
// given-name-countries, lower case.
var familyFirstCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{vocab.Set("family-name-first"), vocab.Set("given-name-countries")} {
		for c := range set {
			m[c] = true
		}
	}
	return m
}()

// FirstWordNamesPeople reports a country (as countries.tsv names it)
// whose people's names are written family name first or who go by their
// given name: the first word of such a name, alone, names the person
// ("Xi" of Xi Jinping, "Abiy" of Abiy Ahmed).
func FirstWordNamesPeople(country string) bool { return familyFirstCountries[strings.ToLower(country)] }

// familyFirstSurnames are vocab's family-first-surnames: common family
// names of China, Korea and Vietnam, lower case.
var familyFirstSurnames = vocab.Set("family-first-surnames")

// givenLastSurnames are vocab's given-name-last-surnames: Vietnamese
// family names, whose bearers the press calls by the name's last word.
var givenLastSurnames = vocab.Set("given-name-last-surnames")

// lastWordCountries are vocab's last-word-name-countries: of the
// family-name-first countries, those whose people the press calls by the
// last word of the name as written (Vietnam, Japan).
var lastWordCountries = vocab.Set("last-word-name-countries")

// patronymParticles join a given name to the father's: "bin", "bint",
// "ibn" (vocab's patronym-particles).
var patronymParticles = vocab.Set("patronym-particles")

// nameSuffixes are words after a surname that are not the surname:
// vocab's name-suffixes ("Jr.").
var nameSuffixes = vocab.Set("name-suffixes")

// ShortName is the word of a person's name that the press uses alone:
// the last ("Biden"; "Kerry" of "John F. Kerry, Jr."), or the first when
// the person's country writes names family name first or goes by the
// given name ("Xi" of Xi Jinping, "Abiy" of Abiy Ahmed; but the
// Vietnamese go by the last word, and Japanese names come in either
// order: last-word-name-countries), or, with no
// country known, when a name of two or three words opens with a common
// East Asian family name ("Wang" of Wang Yi), but for a Vietnamese one,
// whose bearer the press calls by the last word ("Phuc" of Nguyen Xuan
// Phuc). An Arabic or Malay name with a patronym goes by the given name
// before it ("Mohammed" of Mohammed bin Salman).
func ShortName(name, country string) string {
	words := strings.Fields(strings.ReplaceAll(name, ",", " "))
	for len(words) > 1 && (nameSuffixes[strings.ToLower(words[len(words)-1])] || RegnalNumeral(Fold(words[len(words)-1]), len(words)-1)) {
		words = words[:len(words)-1]
	}
	for i, w := range words {
		if i > 0 && patronymParticles[strings.ToLower(w)] {
			// "Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Mahathir
			// bin Mohamad": the press calls them by the given name before
			// the father's (bin Salman is his father's name)
			return strings.Join(words[:i], " ")
		}
	}
	switch {
	case len(words) == 0:
		return name
	case len(words) > 1 && FirstWordNamesPeople(country) && !lastWordCountries[strings.ToLower(country)]:
		return words[0]
	case len(words) > 1 && len(words) <= 3 && country == "" && familyFirstSurnames[strings.ToLower(words[0])] && !givenLastSurnames[strings.ToLower(words[0])]:
		return words[0]
	}
	return words[len(words)-1]
}
