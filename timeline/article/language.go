package article

import (
	_ "embed"
	"fmt"
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

// functionWords maps each function word of languages.tsv to the
// languages (indexes of languageCodes) it belongs to; English is 0.
var functionWords, languageCodes = func() (map[string][]int, []string) {
	words := map[string][]int{}
	var codes []string
	for n, line := range strings.Split(languagesTSV, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		if !ok || len(code) != 2 {
			panic(fmt.Sprintf("article: languages.tsv line %d: want CODE<tab>words", n+1))
		}
		for _, w := range strings.Fields(list) {
			words[w] = append(words[w], len(codes))
		}
		codes = append(codes, code)
	}
	if len(codes) == 0 || codes[0] != "en" {
		panic("article: languages.tsv must list English first")
	}
	return words, codes
}()

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
	hits := make([]int, len(languageCodes))
	words := 0
	var word [32]byte // a function word is short; longer words are no function words
	n := 0
	end := func() {
		if n > 0 {
			words++
			if n <= len(word) {
				for _, l := range functionWords[string(word[:n])] {
					hits[l]++
				}
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
				end()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			end()
			continue
		}
		if n+utf8.UTFMax <= len(word) {
			n += utf8.EncodeRune(word[n:], unicode.ToLower(r))
		} else {
			n = len(word) + 1 // too long to look up
		}
	}
	end()
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

// scriptLanguage is the language of text when a script other than Latin
// holds most of its letters, else "".
func scriptLanguage(text string) string {
	latin := 0
	count := make([]int, len(scripts))
	markers := map[string]int{}
	for i := 0; i < len(text); {
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
				count[k]++
				if l, ok := s.markers[r]; ok {
					markers[l]++
				}
				break
			}
		}
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
