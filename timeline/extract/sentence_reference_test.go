package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file keeps the plain, slower tokenizer that the fast one replaced,
// as the reference the fast one must agree with token for token.

// refVocabMask is the Mask the reference gives a word: the prefix filter,
// then the map.
func refVocabMask(l string, cap bool) firstWord {
	if lex == nil {
		return 0
	}
	may := true
	if k, ok := prefixKey(l); ok {
		if cap {
			may = lex.anyPrefix[k]
		} else {
			may = lex.lowerPrefix[k]
		}
	}
	if may {
		return lex.first[l]
	}
	return 0
}

func refIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// refAsciiClass classifies ASCII bytes for the tokenizer's fast path.
var refAsciiClass = func() (c [128]uint8) {
	for b := 0; b < 128; b++ {
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9':
			c[b] = refClassWord
		case b == '\n':
			c[b] = refClassNewline
		case b == ' ', b == '\t', b == '\r', b == '\v', b == '\f':
			c[b] = refClassSpace
		}
	}
	return c
}()

const (
	refClassPunct uint8 = iota
	refClassWord
	refClassSpace
	refClassNewline
)

// refTokenize splits text into tokens whose offsets are relative to text, plus
// base (so that tokens of a part of a body keep body offsets).
//
// ASCII, most of any English text, takes a fast path; the lower-case forms
// of the words are slices of one lower-cased copy of the text, so that a
// word costs no allocation of its own.
func refTokenize(text string, base int) []token {
	return refTokenizeInto(nil, text, base)
}

// refTokenizeInto is refTokenize appending to dst[:0], so that a buffer can be
// reused from one article to the next.
func refTokenizeInto(dst []token, text string, base int) []token {
	toks := dst[:0]
	if need := len(text)/4 + 16; cap(toks) < need { // about 5.4 bytes a token in news text
		toks = make([]token, 0, need)
	}
	low := refAsciiLower(text)
	para := int32(0)
	i := 0
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch refAsciiClass[c] {
			case refClassNewline:
				// A blank line or a single newline both end a paragraph:
				// wire copy puts one sentence or paragraph per line.
				para++
				i++
				continue
			case refClassSpace:
				i++
				continue
			case refClassWord:
				start := i
				i = refScanWord(text, i)
				toks = refAppendWord(toks, text, low, start, i, base, para)
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case refIsWordRune(r):
				start := i
				i = refScanWord(text, i)
				toks = refAppendWord(toks, text, low, start, i, base, para)
				continue
			}
		}
		// Possessive 's / ’s: a token of its own.
		if (r == '\'' || r == '’') && i > 0 && len(toks) > 0 && toks[len(toks)-1].End-base == i {
			j := i + size
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !refIsWordRuneAt(text, j+1)) {
				toks = append(toks, token{Start: base + i, End: base + j + 1, Text: text[i : j+1], Lower: "'s", Para: para})
				i = j + 1
				continue
			}
		}
		toks = append(toks, token{Start: base + i, End: base + i + size, Text: text[i : i+size], Lower: text[i : i+size], Para: para})
		i += size
	}
	return toks
}

// refAsciiLower returns text with ASCII capitals lowered and every other byte
// unchanged, so that byte offsets are the same in both.
func refAsciiLower(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b := []byte(text)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return unsafeString(b)
		}
	}
	return text
}

func refIsWordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return refIsWordRune(r)
}

// refScanWord returns the end of the word starting at i: letters and digits,
// internal apostrophes ("don't", "O'Brien"), and the period of an
// abbreviation, an initial or a dotted acronym.
func refScanWord(text string, i int) int {
	start := i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && refAsciiClass[c] == refClassWord {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if refIsWordRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’') && i+size < len(text) && refIsWordRuneAt(text, i+size) {
			// "don't", "O'Brien" — but not the possessive "'s" at a word end.
			j := i + size
			if (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !refIsWordRuneAt(text, j+1)) {
				break
			}
			i = j
			continue
		}
		break
	}
	// Decimals and version-like numbers: "3.5", "1.2.3".
	for i+1 < len(text) && text[i] == '.' && refIsDigit(text[i+1]) && refIsDigit(text[i-1]) {
		i++
		for i < len(text) && refIsDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper(refFirstRune(w))
		// Lower-case dotted abbreviations: "a.m.", "p.m.", "e.g.".
		if utf8.RuneCountInString(w) == 1 && unicode.IsLower(refFirstRune(w)) &&
			i+2 < len(text) && unicode.IsLetter(rune(text[i+1])) && text[i+2] == '.' {
			single = true
		}
		if single {
			// Initial or dotted acronym: U.S., U.S.A., R.
			i++
			for i+1 < len(text) && unicode.IsLetter(rune(text[i])) && text[i+1] == '.' {
				i += 2
			}
			return i
		}
		if abbreviations[lower(w)] {
			return i + 1
		}
	}
	return i
}

func refIsDigit(b byte) bool { return b >= '0' && b <= '9' }

func refFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// refAppendWord appends the word token text[start:end] to toks, building it
// in place: a token is large, and copying one in (with the write barriers
// its strings need while the collector runs) cost more than filling it.
func refAppendWord(toks []token, text, low string, start, end, base int, para int32) []token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, token{})
	}
	refFillWord(&toks[n], text, low, start, end, base, para)
	return toks
}

// refFillWord sets every field of *t to the word token text[start:end].
func refFillWord(t *token, text, low string, start, end, base int, para int32) {
	w := text[start:end]
	l := low[start:end]
	for k := 0; k < len(l); k++ {
		if l[k] >= utf8.RuneSelf {
			l = strings.ToLower(w) // non-ASCII capitals: "Élysée"
			break
		}
	}
	cap := 'A' <= w[0] && w[0] <= 'Z'
	if w[0] >= utf8.RuneSelf {
		cap = unicode.IsUpper(refFirstRune(w))
	}
	t.Start, t.End, t.Text, t.Lower, t.Word, t.Cap, t.Para = base+start, base+end, w, l, true, cap, para
	t.Mask = refVocabMask(l, cap)
}

// refSplitSentences is the sentence splitter the faster one replaced.
func refSplitSentences(dst []sentence, toks []token) []sentence {
	out := dst[:0]
	begin := 0
	flush := func(end int) {
		if end > begin {
			out = append(out, sentence{Start: toks[begin].Start, End: toks[end-1].End, Toks: toks[begin:end]})
		}
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > begin && t.Para != toks[i-1].Para || i-begin >= maxSentenceTokens {
			flush(i)
		}
		switch {
		case t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…":
			j := i + 1
			for j < len(toks) && closers[toks[j].Text] && toks[j].Para == t.Para {
				j++
			}
			if j == len(toks) || toks[j].Para != t.Para || opensSentence(toks[j]) {
				flush(j)
				i = j - 1
			}
		case t.Word && strings.HasSuffix(t.Text, ".") && i+1 < len(toks):
			n := toks[i+1]
			if n.Para == t.Para && n.Cap && sentenceStarters[n.Lower] {
				flush(i + 1)
			}
		}
	}
	flush(len(toks))
	return out
}

// tokenizerCases are texts that exercise every path of the tokenizer:
// capitals inside words, non-ASCII letters and spaces, apostrophes,
// possessives, abbreviations, initials, decimals and invalid UTF-8.
var tokenizerCases = []string{
	"",
	"Talks in the U.S. ended.",
	"Mr. Lindqvist met Dr. Ortega at 10 a.m. on Jan. 4, e.g. twice.",
	"MR. BERG and PROF. ORTEGA met the U.S.A. envoy; approx. 3.5 or 1.2.3 times.",
	"Chile's envoy, Chile’s envoy, the envoys' talks, O'Neill didn't call, rock 'n' roll.",
	"Élodie Ravel met the Élysée staff in Zürich\u00a0and São Paulo\u2028today.",
	"ÉTÉ Ünal's visit: İstanbul, ǅemal, \u212Ao. ﬁnal ﬁgures",
	"the NATO-Russia Council\n\nPresident Mara Velt\r\nof Ostrava, Jr., spoke",
	"bad \xff\xfe bytes \xc3. and U.\xc3.x and a.\xc3.",
	"@POTUS said \"yes.\" (No.) [Sept.] «Talks» — 'Really?' ’s 's",
	"McDonald iPhone eBay X. Y. Z. A.B.C.D. p.m. P.M. 's S's x's",
	"3.x 3. .5 1,000.25 v1.2.3.4 A1. a1. Co. co. CO. Inc. inc.",
	"He met the U.S. The talks ended! Really?\" (Yes.) Then… 3 more. No. 10 St. James. a. b.",
	"counterpart COUNTERPART Counterparts prime minister Prime Minister PRIME MINISTER",
}

// TestTokenizeMatchesReference checks the fast tokenizer against the plain
// one it replaced, field by field, with and without a reused buffer.
func TestTokenizeMatchesReference(t *testing.T) {
	var buf []token
	for _, text := range tokenizerCases {
		want := refTokenize(text, 7)
		got := tokenize(text, 7)
		assertSameElements(t, want, got, text)
		buf = tokenizeInto(buf, text, 7)
		assertSameElements(t, want, buf, text)
		assertSameElements(t, refSplitSentences(nil, want), splitSentences(got), text)
	}
}

// TestAbbreviationLength checks the bound isAbbreviation relies on.
func TestAbbreviationLength(t *testing.T) {
	for w := range abbreviations {
		require.LessOrEqual(t, len(w), maxAbbreviation, w)
		assert.Equal(t, w, strings.ToLower(w), "abbreviations are lower case")
	}
	assert.True(t, isAbbreviation("Approx"))
	assert.True(t, isAbbreviation("SEPT"))
	assert.False(t, isAbbreviation("Approximately"))
	assert.False(t, isAbbreviation("Él"))
}

// TestMaskIndexMatchesMap checks the vocabulary's hash index against the
// prefix filters and the map it replaces, for every word of the map and
// for words not in it, capitalised and not.
func TestMaskIndexMatchesMap(t *testing.T) {
	for w := range lex.first {
		for _, word := range []string{w, w + "x", "x" + w, strings.ToUpper(w), w + w} {
			for _, capitalised := range []bool{true, false} {
				assert.Equal(t, refVocabMask(word, capitalised), lex.firstMask(word, capitalised), "%q capitalised=%v", word, capitalised)
			}
		}
	}
	assert.Equal(t, refVocabMask("", false), lex.firstMask("", false))
}

// FuzzTokenize checks the fast tokenizer against the reference on any
// text.
func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizerCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := refTokenize(text, 0)
		got := tokenize(text, 0)
		if len(want) == 0 && len(got) == 0 {
			return
		}
		require.Equal(t, want, got)
		require.Equal(t, refSplitSentences(nil, want), splitSentences(got))
	})
}
