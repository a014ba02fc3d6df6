package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// unsafeString views b as a string; b must not change afterwards.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// token is one word or punctuation mark of a text, with its byte span.
//
// Words keep internal apostrophes and the periods of abbreviations and
// initials ("U.S.", "R.", "Jr."), so that those periods do not end a
// sentence. Hyphens, possessive "'s" and every other punctuation mark are
// tokens of their own, so that "NATO-Russia" reads as NATO, -, Russia.
type token struct {
	Start, End int
	Text       string
	Lower      string
	Para       int32 // paragraph number: newlines separate paragraphs
	Word       bool  // letters or digits (not punctuation)
	Cap        bool  // starts with an upper-case letter
	// Mask says which vocabulary tables have a phrase starting with this
	// word, looked up once so that later passes cost no map access.
	Mask firstWord
}

// abbreviations are words whose following period belongs to the word and
// does not by itself end a sentence. Single capital letters (initials) and
// dotted acronyms ("U.S.") are recognised without the table.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "no": true,
	"jr": true, "sr": true, "prof": true, "sen": true, "rep": true, "gov": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "etc": true, "approx": true,
	"mt": true, "ft": true, "pres": true, "amb": true, "dept": true, "est": true,
}

// sentenceStarters are words that, capitalised after an abbreviation's
// period ("… with the U.S. The talks …"), show that the period also ended
// the sentence.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "in": true, "on": true, "but": true, "and": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "during": true, "after": true, "before": true,
	"meanwhile": true, "however": true, "earlier": true, "later": true, "both": true,
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiClass classifies ASCII bytes for the tokenizer's fast path.
var asciiClass = func() (c [128]uint8) {
	for b := 0; b < 128; b++ {
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9':
			c[b] = classWord
		case b == '\n':
			c[b] = classNewline
		case b == ' ', b == '\t', b == '\r', b == '\v', b == '\f':
			c[b] = classSpace
		}
	}
	return c
}()

const (
	classPunct uint8 = iota
	classWord
	classSpace
	classNewline
)

// tokenize splits text into tokens whose offsets are relative to text, plus
// base (so that tokens of a part of a body keep body offsets).
//
// ASCII, most of any English text, takes a fast path; the lower-case forms
// of the words are slices of one lower-cased copy of the text, so that a
// word costs no allocation of its own.
func tokenize(text string, base int) []token {
	return tokenizeInto(nil, text, base)
}

// tokenizeInto is tokenize appending to dst[:0], so that a buffer can be
// reused from one article to the next.
func tokenizeInto(dst []token, text string, base int) []token {
	toks := dst[:0]
	if need := len(text)/4 + 16; cap(toks) < need { // about 5.4 bytes a token in news text
		toks = make([]token, 0, need)
	}
	low := asciiLower(text)
	para := int32(0)
	i := 0
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classNewline:
				// A blank line or a single newline both end a paragraph:
				// wire copy puts one sentence or paragraph per line.
				para++
				i++
				continue
			case classSpace:
				i++
				continue
			case classWord:
				start := i
				i = scanWord(text, i)
				toks = appendWord(toks, text, low, start, i, base, para)
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case isWordRune(r):
				start := i
				i = scanWord(text, i)
				toks = appendWord(toks, text, low, start, i, base, para)
				continue
			}
		}
		// Possessive 's / ’s: a token of its own.
		if (r == '\'' || r == '’') && i > 0 && len(toks) > 0 && toks[len(toks)-1].End-base == i {
			j := i + size
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordRuneAt(text, j+1)) {
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

// asciiLower returns text with ASCII capitals lowered and every other byte
// unchanged, so that byte offsets are the same in both.
func asciiLower(text string) string {
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

func isWordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// internal apostrophes ("don't", "O'Brien"), and the period of an
// abbreviation, an initial or a dotted acronym.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && asciiClass[c] == classWord {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’') && i+size < len(text) && isWordRuneAt(text, i+size) {
			// "don't", "O'Brien" — but not the possessive "'s" at a word end.
			j := i + size
			if (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordRuneAt(text, j+1)) {
				break
			}
			i = j
			continue
		}
		break
	}
	// Decimals and version-like numbers: "3.5", "1.2.3".
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) && isDigit(text[i-1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w))
		// Lower-case dotted abbreviations: "a.m.", "p.m.", "e.g.".
		if utf8.RuneCountInString(w) == 1 && unicode.IsLower(firstRune(w)) &&
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

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// appendWord appends the word token text[start:end] to toks, building it
// in place: a token is large, and copying one in (with the write barriers
// its strings need while the collector runs) cost more than filling it.
func appendWord(toks []token, text, low string, start, end, base int, para int32) []token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, token{})
	}
	fillWord(&toks[n], text, low, start, end, base, para)
	return toks
}

// fillWord sets every field of *t to the word token text[start:end].
func fillWord(t *token, text, low string, start, end, base int, para int32) {
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
		cap = unicode.IsUpper(firstRune(w))
	}
	t.Start, t.End, t.Text, t.Lower, t.Word, t.Cap, t.Para = base+start, base+end, w, l, true, cap, para
	t.Mask = 0
	if vocab == nil {
		return
	}
	// vocab.mayStart for capitalised words, else vocab.lowerMayStart
	// (whose words are among mayStart's), written out so that it inlines.
	may := true
	if k, ok := prefixKey(l); ok {
		if cap {
			may = vocab.anyPrefix[k]
		} else {
			may = vocab.lowerPrefix[k]
		}
	}
	if may {
		t.Mask = vocab.first[l]
	}
}

// lower is strings.ToLower without an allocation for words that are
// already lower case, which most words of running text are.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sentence is a run of tokens of one paragraph ending at a full stop,
// question or exclamation mark (with any closing quotes after it).
type sentence struct {
	Start, End int // byte span in the text the tokens came from
	Toks       []token
}

var closers = map[string]bool{`"`: true, "”": true, "’": true, "'": true, ")": true, "]": true, "»": true}

// maxSentenceTokens cuts text with no sentence ends (lists, tables, run-on
// transcripts) into pieces, so that the work done per sentence stays
// bounded whatever the input.
const maxSentenceTokens = 250

// splitSentences groups tokens into sentences. A sentence ends at ".", "!"
// or "?" (taking closing quotes and brackets with it) when what follows
// starts a new sentence (a capital, a quote, a digit, or the end), at a
// paragraph break, or after an abbreviation followed by a typical sentence
// opener ("the U.S. The …").
func splitSentences(toks []token) []sentence { return splitSentencesInto(nil, toks) }

// splitSentencesInto is splitSentences appending to dst[:0], so that the
// array can be reused from one article to the next.
func splitSentencesInto(dst []sentence, toks []token) []sentence {
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

func opensSentence(t token) bool {
	if t.Word {
		return t.Cap || unicode.IsDigit(firstRune(t.Text))
	}
	switch t.Text {
	case `"`, "“", "'", "‘", "(", "[", "«", "-", "—", "@":
		return true
	}
	return false
}
