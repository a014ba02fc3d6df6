package article

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
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
const languageSample = 4096

// minLanguageWords is the fewest words Language decides on; a shorter text
// is taken for English.
const minLanguageWords = 20

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
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for _, l := range functionWords[w] {
			hits[l]++
		}
	}
	if words < minLanguageWords {
		return ""
	}
	best := 0 // English, the first row
	for i, n := range hits {
		if n > hits[best] {
			best = i
		}
	}
	// English news text is about a third function words; another language
	// wins only with twice English's count and a share of its own.
	if n := hits[best]; best != 0 && n >= 2*hits[0] && n*100 >= words*15 {
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
	for _, r := range text {
		if r < 0x80 || unicode.Is(unicode.Latin, r) {
			if unicode.IsLetter(r) {
				latin++
			}
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				count[i]++
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
