package article

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LanguageError says an article is not in English: extraction reads
// English, and an article in another language would give no events
// without saying why. Read skips it with this error and counts it.
type LanguageError struct {
	// Lang is the ISO 639-1 code of the language found ("ru", "fr").
	Lang string
}

func (e *LanguageError) Error() string { return fmt.Sprintf("not English (%s)", e.Lang) }

//go:embed languages.tsv
var languagesTSV string

// functionWords holds each function word of languages.tsv with the set of
// languages (bits of indexes of languageCodes) it belongs to; English is
// bit 0. Language looks up every word of an article's opening, so words
// of up to eight bytes (all of them in practice) are keyed by their bytes
// packed into a uint64 in a table of their own, which costs less than a
// map's string hashing; longer words, if a row ever has any, are in
// longFunctionWords. A word listed twice in one row counts once.
var functionWords, longFunctionWords, languageCodes = func() (*wordTable, map[string]languageSet, []string) {
	words, long := map[uint64]languageSet{}, map[string]languageSet{}
	var codes []string
	for n, line := range strings.Split(languagesTSV, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		if !ok || len(code) != 2 {
			panic(fmt.Sprintf("article: languages.tsv line %d: want CODE<tab>words", n+1))
		}
		bit := languageSet(1) << len(codes)
		for _, w := range strings.Fields(list) {
			if len(w) <= 8 {
				words[packWord(w)] |= bit
			} else {
				long[w] |= bit
			}
		}
		codes = append(codes, code)
	}
	if len(codes) == 0 || codes[0] != "en" {
		panic("article: languages.tsv must list English first")
	}
	if len(codes) > maxLanguages {
		panic(fmt.Sprintf("article: languages.tsv lists %d languages, more than %d", len(codes), maxLanguages))
	}
	return newWordTable(words), long, codes
}()

// languageSet is a set of languages, as bits of their indexes in
// languageCodes.
type languageSet uint32

// maxLanguages is how many languages a languageSet holds.
const maxLanguages = 32

// packWord packs a word of at most eight bytes into a uint64, its first
// byte lowest. No letter is a zero byte, so distinct words pack apart and
// none packs to 0.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// wordTable is a read-only hash set of packed words (see packWord) with
// their languages, open addressing, at most a quarter full so that a word
// that is no function word usually costs one probe.
type wordTable struct {
	keys  []uint64 // 0 for an empty slot
	sets  []languageSet
	shift uint // 64 - log2(len(keys))
}

func newWordTable(m map[uint64]languageSet) *wordTable {
	logSize := uint(4)
	for 1<<logSize < 4*len(m) {
		logSize++
	}
	t := &wordTable{keys: make([]uint64, 1<<logSize), sets: make([]languageSet, 1<<logSize), shift: 64 - logSize}
	for k, set := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & (len(t.keys) - 1)
		}
		t.keys[i], t.sets[i] = k, set
	}
	return t
}

func (t *wordTable) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> t.shift) }

// get returns the languages of the packed word k, 0 when it is none's.
func (t *wordTable) get(k uint64) languageSet {
	for i := t.slot(k); ; i = (i + 1) & (len(t.keys) - 1) {
		switch t.keys[i] {
		case k:
			return t.sets[i]
		case 0:
			return 0
		}
	}
}

// scripts names the language of text written mostly in a script other
// than Latin. Where one script serves several languages, letters only one
// of them uses decide (markers).
var scripts = []struct {
	table   *unicode.RangeTable
	lang    string
	markers map[rune]string
}{
	// Ukrainian і ї є ґ, Serbian ђ ћ џ љ њ.
	{unicode.Cyrillic, "ru", map[rune]string{'і': "uk", 'ї': "uk", 'є': "uk", 'ґ': "uk", 'ђ': "sr", 'ћ': "sr", 'џ': "sr", 'љ': "sr", 'њ': "sr"}},
	// Persian پ چ ژ گ.
	{unicode.Arabic, "ar", map[rune]string{'پ': "fa", 'چ': "fa", 'ژ': "fa", 'گ': "fa"}},
	{unicode.Greek, "el", nil}, {unicode.Hebrew, "he", nil},
	{unicode.Han, "zh", nil}, {unicode.Hiragana, "ja", nil}, {unicode.Katakana, "ja", nil}, {unicode.Hangul, "ko", nil},
	{unicode.Thai, "th", nil}, {unicode.Devanagari, "hi", nil}, {unicode.Bengali, "bn", nil}, {unicode.Tamil, "ta", nil},
	{unicode.Sinhala, "si", nil}, {unicode.Georgian, "ka", nil}, {unicode.Armenian, "hy", nil},
}

// minMarkers is how many marker letters make a script's text another
// language of that script.
const minMarkers = 3

// languageSample is how much of an article Language reads.
const languageSample = 2048

// minLanguageWords is the fewest words Language decides on; a shorter text
// is taken for English.
const minLanguageWords = 20

// clearWords and clearShare: once clearWords words are read of which
// clearShare percent are English function words, the text is English and
// Language stops reading (news English runs at about a third).
const (
	clearWords = 80
	clearShare = 20
)

// Language returns the ISO 639-1 code of the language text is written in:
// "en", another code of languages.tsv or of a script, or "" when the text
// is too short to tell. It reads the first few kilobytes. It says another
// language only when another script holds most letters, or when that
// language's function words clearly outnumber English ones: English news
// full of foreign names stays English.
func Language(text string) string {
	if len(text) > languageSample {
		text = text[:languageSample]
	}
	if lang := scriptLanguage(text); lang != "" {
		return lang
	}
	var hitsOf [maxLanguages]int
	hits := hitsOf[:len(languageCodes)]
	words := 0
	var word [32]byte // a function word is short; longer words are no function words
	n := 0
	end := func(name bool) {
		if n > 0 {
			words++
			var set languageSet
			if name {
				n = 0 // see nameParticle
				return
			}
			if n <= 8 {
				// The word's bytes, the stale ones past n masked off.
				set = functionWords.get(binary.LittleEndian.Uint64(word[:8]) & (1<<(8*n) - 1))
			} else if n <= len(word) && len(longFunctionWords) > 0 {
				set = longFunctionWords[string(word[:n])]
			}
			for ; set != 0; set &= set - 1 {
				hits[bits.TrailingZeros32(uint32(set))]++
			}
		}
		n = 0
	}
	for i := 0; i < len(text); {
		if words >= clearWords && hits[0]*100 >= words*clearShare {
			return "en" // most articles: no need to read on
		}
		c := text[i]
		if c < utf8.RuneSelf { // ASCII, most of any text
			i++
			if l := c | 0x20; l >= 'a' && l <= 'z' {
				if n < len(word) {
					word[n] = l
				}
				n++
			} else {
				end(nameParticle(c, text[i:]))
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			end(false)
			continue
		}
		if n+utf8.UTFMax <= len(word) {
			n += utf8.EncodeRune(word[n:], unicode.ToLower(r))
		} else {
			n = len(word) + 1 // too long to look up
		}
	}
	end(false)
	if words < minLanguageWords {
		return ""
	}
	best := 0 // English, the first row
	for i, c := range hits {
		if c > hits[best] {
			best = i
		}
	}
	// English news text is about a third function words; another language
	// wins only with twice English's count and a share of its own.
	if c := hits[best]; best != 0 && c >= 2*hits[0] && c*100 >= words*15 {
		return languageCodes[best]
	}
	return "en"
}

// nameParticle reports a word that ends at the mark c, rest following it,
// as a particle of a name: hyphened to a capital, as Arabic names join
// "al", "el" and "bin" to the name ("al-Sisi", "Al-Sabah", "El-Erian").
// Spanish "al" and "el" stand alone, so a name's particle is no sign of
// Spanish.
func nameParticle(c byte, rest string) bool {
	return c == '-' && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// scriptLanguage is the language of text when a script other than Latin
// holds most of its letters, else "".
func scriptLanguage(text string) string {
	latin := 0
	// count and markers are made at the first letter of another script:
	// most text has none, and then the answer is "".
	var count []int
	var markers map[string]int
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// Eight ASCII bytes at a time: most of any text.
			v := load64(text[i:])
			if v&high8 == 0 {
				latin += bits.OnesCount64(asciiLetters8(v))
				i += 8
				continue
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if l := c | 0x20; l >= 'a' && l <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for k, s := range scripts {
			if unicode.Is(s.table, r) {
				if count == nil {
					count, markers = make([]int, len(scripts)), map[string]int{}
				}
				count[k]++
				if l, ok := s.markers[r]; ok {
					markers[l]++
				}
				break
			}
		}
	}
	if count == nil {
		return ""
	}
	top := 0
	for i, n := range count {
		if n > count[top] {
			top = i
		}
	}
	if count[top] <= latin {
		return ""
	}
	lang, most := scripts[top].lang, minMarkers-1
	for _, l := range sortedMarkerLangs(scripts[top].markers) {
		if markers[l] > most {
			lang, most = l, markers[l]
		}
	}
	return lang
}

// Eight-byte words of ones and of top bits, for working on eight bytes of
// text at a time.
const (
	ones8 = 0x0101010101010101
	high8 = 0x8080808080808080
)

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiLetters8 has the top bit of each byte of v set when that byte is an
// ASCII letter, as c|0x20 in 'a'..'z' tells it; every byte of v must be
// below 0x80, so that no sum carries into the next byte.
func asciiLetters8(v uint64) uint64 {
	l := v | 0x20*ones8
	return (l + (0x80-'a')*ones8) &^ (l + (0x7f-'z')*ones8) & high8
}

// sortedMarkerLangs lists the languages of a script's markers in order.
func sortedMarkerLangs(m map[rune]string) []string {
	var out []string
	for _, l := range m {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}
