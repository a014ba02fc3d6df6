package resolve

// The tokenizer splits text once into words, numbers and punctuation, each
// with its byte span, so that the grammars never rescan the text. Words are
// ASCII letter runs; a digit run is one number token (with thousands groups
// "1,200" and decimals "2.5" folded in); every other non-space byte is a
// punctuation token of its own, and any run of non-ASCII bytes is one opaque
// token, so invalid UTF-8 needs no special care.

// tokKind says what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // ASCII letters
	tNum                      // digits
	tPunct                    // one ASCII punctuation byte
	tOther                    // a run of non-ASCII bytes
)

// token is one unit of text. Its lowercase form lives in the tagger's
// lowered buffer at the same offsets.
type token struct {
	start, end int32 // 32 bits keep tokens small; see maxText
	kind       tokKind
	// space is true when whitespace separates the token from the previous one.
	space bool
	// newline is true when that whitespace contains a line break.
	newline bool
	// grouped is true for a number with thousands groups or a decimal
	// part ("1,200", "2.5"), which is never a year, day or hour.
	grouped bool
	// lex is the token's lexicon entry (zero when it has none).
	lex lexEntry
}

// Byte classes for the tokenizer's inner loops.
const (
	bSpace uint8 = iota
	bLetter
	bDigit
	bPunct
	bHigh // a byte of a non-ASCII character (or invalid UTF-8)
)

var byteClass = func() (t [256]uint8) {
	for i := range t {
		b := byte(i)
		switch {
		case b >= 0x80:
			t[i] = bHigh
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			t[i] = bSpace
		case b|0x20 >= 'a' && b|0x20 <= 'z':
			t[i] = bLetter
		case b >= '0' && b <= '9':
			t[i] = bDigit
		default:
			t[i] = bPunct
		}
	}
	return t
}()

func isDigit(b byte) bool { return byteClass[b] == bDigit }

// tokenize appends the tokens of text to toks and writes the ASCII-lowercase
// form of every word into lowb (len(text) long) at the word's offsets;
// other bytes of lowb are left as they were.
func tokenize(text string, lowb []byte, toks []token) []token {
	n := len(text)
	lowb = lowb[:n]
	space, newline := true, false
	for i := 0; i < n; {
		b := text[i]
		switch byteClass[b] {
		case bSpace:
			space = true
			for ; i < n && byteClass[text[i]] == bSpace; i++ {
				if text[i] == '\n' {
					newline = true
				}
			}
			continue
		case bLetter:
			j := i
			for j < n && byteClass[text[j]] == bLetter {
				lowb[j] = text[j] | 0x20
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, space: space, newline: newline})
			if j-i <= maxLexLen {
				toks[len(toks)-1].lex = lexLookup(lowb[i:j])
			}
			i = j
		case bDigit:
			j := i
			for j < n && byteClass[text[j]] == bDigit {
				j++
			}
			grouped := false
			// Thousands groups: "1,200,000" (a comma then exactly three digits).
			for j-i <= 3 || grouped {
				if !(j+3 < n && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4]))) {
					break
				}
				j += 4
				grouped = true
			}
			// A decimal part: "2.5".
			if j+1 < n && text[j] == '.' && isDigit(text[j+1]) {
				j++
				for j < n && isDigit(text[j]) {
					j++
				}
				grouped = true
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, space: space, newline: newline, grouped: grouped})
			i = j
		case bHigh:
			j := i
			for j < n && text[j] >= 0x80 {
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tOther, space: space, newline: newline})
			i = j
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, space: space, newline: newline})
			i++
		}
		space, newline = false, false
	}
	return toks
}
