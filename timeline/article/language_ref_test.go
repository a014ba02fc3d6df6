package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The Language of before its function-word set and eight-byte scan,
// kept to hold the faster one to the same answers.

// refFunctionWords maps each function word of languages.tsv to the
// languages (indexes of languageCodes) it belongs to; English is 0.
var refFunctionWords, refLanguageCodes = func() (map[string][]int, []string) {
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

func referenceLanguage(text string) string {
	if len(text) > languageSample {
		text = text[:languageSample]
	}
	if lang := referenceScriptLanguage(text); lang != "" {
		return lang
	}
	hits := make([]int, len(refLanguageCodes))
	words := 0
	var word [32]byte // a function word is short; longer words are no function words
	n := 0
	end := func() {
		if n > 0 {
			words++
			if n <= len(word) {
				for _, l := range refFunctionWords[string(word[:n])] {
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
		return refLanguageCodes[best]
	}
	return "en"
}

// scriptLanguage is the language of text when a script other than Latin
// holds most of its letters, else "".
func referenceScriptLanguage(text string) string {
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

// TestLanguageAsBefore holds Language to the answers of the reference
// implementation on the development corpora, on the test cases cut at
// every length, and on texts mixing scripts and languages.
func TestLanguageAsBefore(t *testing.T) {
	var texts []string
	for _, dir := range []string{"../../../shared/corpora", "../../testdata"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := os.ReadFile(p); err == nil && len(b) < 1<<20 {
					texts = append(texts, string(b))
				}
			}
			return nil
		})
	}
	pieces := []string{"the ", "der ", "le ", "Министр ", "外交部长 ", "Ζεύς ", "é", "’", "và ", "THE ", "według ", "också ", "\x00", "\xff", " ", ".", "1990 "}
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := 0; k < 10+n%300; k++ {
			b.WriteString(pieces[(n*7+k*k*13+k/3)%len(pieces)])
		}
		texts = append(texts, b.String())
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	seen := map[string]int{}
	for _, text := range texts {
		for _, cut := range []int{len(text), 7, 100, 333, 2047, 2049, 3000} {
			s := text[:min(cut, len(text))]
			got, want := Language(s), referenceLanguage(s)
			seen[want]++
			if got != want {
				t.Fatalf("Language(%.80q) = %q, want %q", s, got, want)
			}
		}
	}
	if len(seen) < 5 {
		t.Errorf("the texts give too few answers to compare: %v", seen)
	}
}
