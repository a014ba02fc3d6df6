package resolve

import (
	"encoding/binary"
	"math/bits"
)

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

// highBits has the top bit of every byte of a uint64 set.
const highBits = 0x8080808080808080

// letterBits returns, for the eight bytes of v, the top bit of each byte
// that is an ASCII letter (SWAR: every byte is tested at once, with no
// carry between bytes since each is first cut to seven bits).
func letterBits(v uint64) uint64 {
	x := (v | 0x2020202020202020) & 0x7f7f7f7f7f7f7f7f // lowercase, seven bits
	ge := x + 0x1f1f1f1f1f1f1f1f                       // top bit set iff x >= 'a'
	gt := x + 0x0505050505050505                       // top bit set iff x > 'z'
	return ge &^ gt &^ v & highBits
}

// lowBytes[k] keeps the first k bytes of a little-endian uint64.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// tokenize appends the tokens of text to toks and fills lowb (at least
// len(text) long) with text, every ASCII letter lowercased, so that a
// word's lowercase form is at the word's own offsets.
//
// It is the one pass over every byte of the input, so it is written for
// speed: lowb starts as a copy of text (a memmove) and only capital
// letters are rewritten; the token slice is grown once, up front, to the
// most tokens a text of this length can need in practice, so that a token
// is written in place.
func tokenize(text string, lowb []byte, toks []token) []token {
	n := len(text)
	lowb = lowb[:n]
	copy(lowb, text)
	if need := len(toks) + n/3 + 16; cap(toks) < need {
		grown := make([]token, len(toks), need)
		copy(grown, toks)
		toks = grown
	}
	// buf is toks at full capacity and nt the count in use: a token is
	// stored with one compare, and the slice header is set once at the end.
	buf, nt := toks[:cap(toks)], len(toks)
	space, newline := true, false
	for i := 0; i < n; {
		b := text[i]
		cl := byteClass[b]
		if cl == bSpace {
			space = true
			for ; i < n; i++ {
				c := text[i]
				if byteClass[c] != bSpace {
					break
				}
				if c == '\n' {
					newline = true
				}
			}
			continue
		}
		var tk token
		tk.start = int32(i)
		tk.space, tk.newline = space, newline
		space, newline = false, false
		j := i + 1
		switch cl {
		case bLetter:
			var key uint64 // the first eight letters, packed (see packWord)
			if i+8 <= n {
				// Eight bytes at a time: find the letters among them,
				// lowercase them in place, and read the packed key off the
				// first word of them.
				j = i
				for {
					v := binary.LittleEndian.Uint64(lowb[j:])
					letters := letterBits(v)
					lowv := v | letters>>2
					binary.LittleEndian.PutUint64(lowb[j:], lowv)
					run := bits.TrailingZeros64(^letters&highBits) / 8
					if j == i {
						key = lowv & lowBytes[run]
					}
					j += run
					if run < 8 {
						break // the word ends inside these eight bytes
					}
					if j+8 > n {
						// Fewer than eight bytes are left: finish byte by byte.
						for j < n && byteClass[text[j]] == bLetter {
							lowb[j] = text[j] | 0x20
							j++
						}
						break
					}
				}
			} else {
				lc := b | 0x20
				lowb[i] = lc
				key = uint64(lc)
				for j < n {
					c := text[j]
					if byteClass[c] != bLetter {
						break
					}
					lc = c | 0x20
					lowb[j] = lc
					if j-i < 8 {
						key |= uint64(lc) << (8 * (j - i))
					}
					j++
				}
			}
			tk.kind = tWord
			if l := j - i; l <= 8 {
				tk.lex = lexLookupShort(key)
			} else if l <= maxLexLen && lexMaybe.has(l, lowb[i], lowb[j-1]) {
				tk.lex = lexLookup(lowb[i:j])
			}
		case bDigit:
			j, tk.grouped = scanNumber(text, i)
			tk.kind = tNum
		case bHigh:
			for j < n && text[j] >= 0x80 {
				j++
			}
			tk.kind = tOther
		default:
			tk.kind = tPunct
		}
		tk.end = int32(j)
		if nt < len(buf) {
			buf[nt] = tk
		} else {
			buf = append(buf[:nt], tk)
			buf = buf[:cap(buf)]
		}
		nt++
		// The usual gap, one plain space, without a trip round the loop.
		if j+1 < n && text[j] == ' ' && byteClass[text[j+1]] != bSpace {
			space = true
			j++
		}
		i = j
	}
	return buf[:nt]
}

// scanNumber reads the number that starts at text[i], a digit: a digit run
// with thousands groups ("1,200,000": a comma then exactly three digits) and
// a decimal part ("2.5") folded in. It returns the end of the number and
// whether it has groups or decimals.
func scanNumber(text string, i int) (int, bool) {
	n := len(text)
	j := i + 1
	for j < n && isDigit(text[j]) {
		j++
	}
	grouped := false
	for j-i <= 3 || grouped {
		if !(j+3 < n && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4]))) {
			break
		}
		j += 4
		grouped = true
	}
	if j+1 < n && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < n && isDigit(text[j]) {
			j++
		}
		grouped = true
	}
	return j, grouped
}
