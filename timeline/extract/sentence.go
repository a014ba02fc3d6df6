package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dateline/dateline/timeline/vocab"
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
// does not by itself end a sentence: the table's, and every one-word title
// of offices.tsv written with a period ("Smt.", "Prof."), which a name
// follows. Single capital letters (initials) and dotted acronyms ("U.S.")
// are recognised without the table.
var abbreviations = func() vocab.WordSet {
	set := vocab.Set("abbreviations")
	for _, o := range vocab.Offices() {
		for _, t := range o.Titles {
			if w, ok := strings.CutSuffix(t, "."); ok && w != "" && !strings.ContainsAny(w, " .") {
				set[strings.ToLower(w)] = true
			}
		}
	}
	return set
}()

// abbreviationStarts is abbreviations with its filter of first bytes and
// lengths, which isAbbreviation consults before the map.
var abbreviationStarts = newQuickSet(abbreviations)

// sentenceStarters are words that, capitalised after an abbreviation's
// period ("… with the U.S. The talks …"), show that the period also ended
// the sentence.
var sentenceStarters = vocab.Set("sentence-starters")

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// byteClass classifies the bytes of a text for the tokenizer. Most of any
// English text is ASCII, and a table load tells a letter from a space or a
// mark without decoding a rune or consulting the Unicode tables; bytes of
// multi-byte runes are all classHigh and take the slow path.
var byteClass = func() (c [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= 'A' && b <= 'Z':
			c[b] = classWord | classUpper
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			c[b] = classWord
		case b == '\n':
			c[b] = classNewline
		case b == ' ', b == '\t', b == '\r', b == '\v', b == '\f':
			c[b] = classSpace
		case b == '\'':
			c[b] = classApostrophe
		case b >= utf8.RuneSelf:
			c[b] = classHigh
		}
	}
	return c
}()

// lowerShift moves classUpper to the bit that tells ASCII capitals from
// small letters.
const lowerShift = 4

// Byte classes, as bits so that a word's scan can OR them together and
// learn at its end whether the word has capitals or non-ASCII letters.
const (
	classWord       uint8 = 1 << iota // ASCII letter or digit
	classUpper                        // ASCII capital
	classSpace                        // ASCII space other than a newline
	classNewline                      // '\n'
	classApostrophe                   // '\'', which may continue a word ("don't")
	classHigh                         // a byte of a multi-byte rune
)

// tokenize splits text into tokens whose offsets are relative to text, plus
// base (so that tokens of a part of a body keep body offsets).
//
// ASCII, most of any English text, takes a fast path. A word without
// capitals is its own lower-case form; the lower-case forms of the other
// words are copied into a few shared arrays, so that a word costs no
// allocation of its own.
func tokenize(text string, base int) []token {
	return tokenizeInto(nil, text, base)
}

// tokenizeInto is tokenize appending to dst[:0], so that a buffer can be
// reused from one article to the next.
func tokenizeInto(dst []token, text string, base int) []token {
	var low lowerBuffer
	return tokenizeLowerInto(dst, &low, text, base)
}

// tokenizeLowerInto is tokenizeInto writing the lower-case forms of
// capitalised words into low, past what it holds already, so that its
// arrays can be reused from one article to the next once nothing refers
// to the previous article's tokens.
func tokenizeLowerInto(dst []token, low *lowerBuffer, text string, base int) []token {
	toks := dst[:0]
	if need := len(text)/4 + 16; cap(toks) < need { // about 5.4 bytes a token in news text
		toks = make([]token, 0, need)
	}
	para := int32(0)
	i := 0
	for i < len(text) {
		c := text[i]
		class := byteClass[c]
		if class&classWord != 0 {
			// An ASCII word: scan its letters and digits here, and leave
			// apostrophes, non-ASCII letters and periods to the slow paths.
			start := i
			var upper bool
			i, upper = scanASCIIWord(text, i+1)
			if upper {
				class |= classUpper
			}
			if i < len(text) && byteClass[text[i]]&(classApostrophe|classHigh) != 0 {
				i = scanWordFrom(text, i)
				class |= wordClass(text[start:i])
			}
			if i < len(text) && text[i] == '.' {
				if end := wordPeriod(text, start, i); end != i {
					i = end
					class |= wordClass(text[start:i])
				}
			}
			toks = appendWord(toks, low, text, start, i, base, para, class)
			continue
		}
		switch {
		case class&classSpace != 0:
			i++
			continue
		case class&classNewline != 0:
			// A blank line or a single newline both end a paragraph:
			// wire copy puts one sentence or paragraph per line.
			para++
			i++
			continue
		}
		r, size := rune(c), 1
		if class&classHigh != 0 {
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case isWordRune(r):
				start := i
				i = scanWord(text, i)
				toks = appendWord(toks, low, text, start, i, base, para, wordClass(text[start:i]))
				continue
			}
		}
		// Possessive 's / ’s: a token of its own.
		if (r == '\'' || r == '’') && i > 0 && len(toks) > 0 && toks[len(toks)-1].End-base == i {
			j := i + size
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordRuneAt(text, j+1)) {
				toks = appendMark(toks, base+i, text[i:j+1], "'s", para)
				i = j + 1
				continue
			}
		}
		toks = appendMark(toks, base+i, text[i:i+size], text[i:i+size], para)
		i += size
	}
	return toks
}

// scanASCIIWord returns the end of the ASCII letters and digits from i on,
// and whether there are capitals among them. It reads eight bytes at a
// time, so that a word costs no branch per letter.
func scanASCIIWord(text string, i int) (end int, upper bool) {
	for i+8 <= len(text) {
		v := load64(text[i:])
		h := v & high8 // bytes of multi-byte runes
		v &^= high8
		word := (inRange8(v|0x20*ones8, 'a', 'z') | inRange8(v, '0', '9')) &^ h
		caps := inRange8(v, 'A', 'Z') &^ h
		if stop := ^word & high8; stop != 0 {
			n := bits.TrailingZeros64(stop) >> 3 // the first byte that is no letter or digit
			return i + n, upper || caps&(1<<(8*n)-1) != 0
		}
		upper = upper || caps != 0
		i += 8
	}
	for i < len(text) {
		k := byteClass[text[i]]
		if k&classWord == 0 {
			break
		}
		upper = upper || k&classUpper != 0
		i++
	}
	return i, upper
}

// wordClass is the OR of the byte classes of w.
func wordClass(w string) uint8 {
	c := uint8(0)
	for i := 0; i < len(w); i++ {
		c |= byteClass[w[i]]
	}
	return c
}

// lowerBuffer holds the lower-case forms of the capitalised words of one
// text (or of an article's headline and body). Its arrays are never grown
// in place, so that the strings handed out stay valid; a full one is
// replaced by a new one. reset starts the last array over, for a text
// whose tokens replace all those it handed out before.
type lowerBuffer struct{ b []byte }

// reset makes the strings handed out so far invalid and reuses their room.
func (l *lowerBuffer) reset() { l.b = l.b[:0] }

// lower returns the lower-case form of the word text[start:end], whose
// letters are ASCII.
func (l *lowerBuffer) lower(text string, start, end int) string {
	n := end - start
	// Eight bytes are lowered at a time, so each word needs eight bytes of
	// room past its end; the next word overwrites them.
	if len(l.b)+n+8 > cap(l.b) {
		// Capitalised words are a fraction of a text: a quarter of what
		// is left is usually enough, and a second array covers the rest.
		l.b = make([]byte, 0, max((len(text)-start)/4+64, n+8))
	}
	o := len(l.b)
	b := l.b[o : o+n+8]
	k := 0
	for ; k < n && start+k+8 <= len(text); k += 8 {
		binary.LittleEndian.PutUint64(b[k:], lowerASCII8(load64(text[start+k:])))
	}
	for ; k < n; k++ {
		c := text[start+k]
		b[k] = c | (byteClass[c]&classUpper)<<lowerShift // 'A' | 0x20 == 'a'
	}
	l.b = l.b[:o+n]
	return unsafeString(b[:n])
}

// Eight-byte words of ones and of top bits, for working on eight bytes of
// text at a time.
const (
	ones8 = 0x0101010101010101
	high8 = 0x8080808080808080
)

// inRange8 has the top bit of each byte of x set when that byte is from lo
// to hi; every byte of x must be below 0x80, so that no sum carries into
// the next byte.
func inRange8(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*ones8) &^ (x + (0x7f-uint64(hi))*ones8) & high8
}

// lowerASCII8 lowers the ASCII capitals among the eight bytes of v.
func lowerASCII8(v uint64) uint64 {
	caps := inRange8(v&^high8, 'A', 'Z') &^ (v & high8)
	return v | caps>>2 // 0x80 >> 2 == 'a' - 'A'
}

func isWordRuneAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return byteClass[c]&classWord != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// internal apostrophes ("don't", "O'Brien"), and the period of an
// abbreviation, an initial or a dotted acronym.
func scanWord(text string, i int) int {
	start := i
	i = scanWordFrom(text, i)
	if i < len(text) && text[i] == '.' {
		i = wordPeriod(text, start, i)
	}
	return i
}

// scanWordFrom returns the end of the letters, digits and internal
// apostrophes from i on.
func scanWordFrom(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if byteClass[c]&classWord != 0 {
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
	return i
}

// wordPeriod returns the end of the word text[start:i] given the period at
// text[i]: past the digits of a decimal ("3.5", "1.2.3"), past the periods
// of an initial or dotted acronym ("R.", "U.S.", "a.m."), past the period
// of an abbreviation ("Mr."), or i.
func wordPeriod(text string, start, i int) int {
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) && isDigit(text[i-1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		// A one-letter word: an initial ("R."), the first letter of a
		// dotted acronym ("U.S.") or of a lower-case dotted abbreviation
		// ("a.m.", "p.m.", "e.g."). A one-byte word is an ASCII letter or
		// digit; a longer one may be one non-ASCII letter.
		upper, lower := false, false
		if len(w) == 1 {
			k := byteClass[w[0]]
			upper, lower = k&classUpper != 0, k&classWord != 0 && !isDigit(w[0]) && k&classUpper == 0
		} else if w[0] >= utf8.RuneSelf && utf8.RuneCountInString(w) == 1 {
			r := firstRune(w)
			upper, lower = unicode.IsUpper(r), unicode.IsLower(r)
		}
		single := upper
		if lower && i+2 < len(text) && unicode.IsLetter(rune(text[i+1])) && text[i+2] == '.' {
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
		if isAbbreviation(w) {
			return i + 1
		}
	}
	return i
}

// maxAbbreviation bounds the length of the abbreviations (a test checks
// it), so that isAbbreviation can lower a word on the stack.
const maxAbbreviation = 8

// isAbbreviation reports whether w, in any case, is one of the
// abbreviations.
func isAbbreviation(w string) bool {
	if len(w) > maxAbbreviation {
		if wordClass(w)&classHigh != 0 {
			return abbreviations[strings.ToLower(w)]
		}
		return false // an ASCII word longer than every abbreviation
	}
	var buf [maxAbbreviation]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	// Most words before a period are no abbreviation, and the first
	// letter and the length rule out nearly all of them without hashing.
	if abbreviationStarts.lengths[buf[0]]&(1<<len(w)) == 0 {
		return false
	}
	return abbreviations[string(buf[:len(w)])]
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// appendWord appends the word token text[start:end], whose bytes have the
// classes class, to toks. It builds the token in place: a token is large,
// and copying one in (with the write barriers its strings need while the
// collector runs) cost more than filling it.
func appendWord(toks []token, low *lowerBuffer, text string, start, end, base int, para int32, class uint8) []token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, token{})
	}
	w := text[start:end]
	l := w
	switch {
	case class&classHigh != 0:
		l = strings.ToLower(w) // non-ASCII capitals: "Élysée"
	case class&classUpper != 0:
		l = low.lower(text, start, end)
	}
	cap := byteClass[w[0]]&classUpper != 0
	if w[0] >= utf8.RuneSelf {
		cap = unicode.IsUpper(firstRune(w))
	}
	t := &toks[n]
	t.Start, t.End, t.Text, t.Lower, t.Word, t.Cap, t.Para = base+start, base+end, w, l, true, cap, para
	t.Mask = 0
	if lex != nil {
		t.Mask = lex.firstMask(l, cap)
	}
	return toks
}

// appendMark appends a punctuation token, in place like appendWord.
func appendMark(toks []token, start int, text, lower string, para int32) []token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, token{})
	}
	t := &toks[n]
	t.Start, t.End, t.Text, t.Lower, t.Para = start, start+len(text), text, lower, para
	t.Word, t.Cap, t.Mask = false, false, 0
	return toks
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
		t := &toks[i]
		if i > begin && t.Para != toks[i-1].Para || i-begin >= maxSentenceTokens {
			flush(i)
		}
		if !t.Word {
			if t.Text == ":" && dayHeading(toks, begin, i) {
				flush(i + 1) // "MONDAY: X begins a visit": the heading is a unit of its own (see headingDay)
				continue
			}
			if !isSentenceEnd(t.Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].Para == t.Para && closers[toks[j].Text] {
				j++
			}
			if j == len(toks) || toks[j].Para != t.Para || opensSentence(toks[j]) {
				flush(j)
				i = j - 1
			}
			continue
		}
		if t.Text[len(t.Text)-1] == '.' && i+1 < len(toks) {
			n := &toks[i+1]
			if n.Para == t.Para && n.Cap && sentenceStarters[n.Lower] {
				flush(i + 1)
			}
		}
	}
	flush(len(toks))
	return out
}

// dayHeading reports toks[begin:colon], which open a paragraph, as a day
// written as a heading before a colon, as schedules write it: weekdays,
// months and day numbers, joined by dashes, commas, "and" or "to"
// ("MONDAY", "THURSDAY-FRIDAY", "Monday, May 13").
func dayHeading(toks []token, begin, colon int) bool {
	if colon == begin || colon-begin > maxHeadingTokens || begin > 0 && toks[begin-1].Para == toks[begin].Para {
		return false
	}
	day := false
	for _, t := range toks[begin:colon] {
		switch {
		case dayWords[t.Lower]:
			day = true
		case t.Text != "" && isDigit(t.Text[0]), t.Text == "-", t.Text == "–", t.Text == ",", t.Lower == "and", t.Lower == "to":
		default:
			return false
		}
	}
	return day
}

// isSentenceEnd reports whether a punctuation token ends a sentence
// ("." "!" "?" "…").
func isSentenceEnd(mark string) bool {
	if len(mark) == 1 {
		return mark[0] == '.' || mark[0] == '!' || mark[0] == '?'
	}
	return mark == "…"
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
