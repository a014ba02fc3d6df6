package timeml

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// charRef is a character reference as Python's html.unescape finds one:
// decimal, hexadecimal or named, the ";" optional.
var charRef = regexp.MustCompile(`&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)`)

// unescape decodes character references exactly as Python's html.unescape
// does, which is what timeml_score.py applies to TimeML text. Go's
// html.UnescapeString agrees with it except on numeric references to code
// points HTML forbids (&#1;, &#x7F;, &#xFFFE; …), which Python drops, and on
// "&#x;", which Python leaves alone; those two cases are handled here.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return charRef.ReplaceAllStringFunc(s, func(ref string) string {
		if ref[1] == '#' && forbiddenCodePoint(refNumber(ref)) {
			return ""
		}
		return html.UnescapeString(ref)
	})
}

// refNumber is the code point a numeric reference names, or -1 when it is
// too large to be one.
func refNumber(ref string) int64 {
	digits, base := strings.TrimSuffix(ref[2:], ";"), 10
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseInt(digits, base, 64)
	if err != nil {
		return -1
	}
	return n
}

// forbiddenCodePoint reports whether Python's html.unescape drops a
// reference to n: controls other than tab, newline, form feed and those
// HTML maps to Windows-1252 (0x80–0x9F, handled like Go), and noncharacters.
func forbiddenCodePoint(n int64) bool {
	switch {
	case n >= 0x1 && n <= 0x8, n == 0xB, n >= 0xE && n <= 0x1F, n == 0x7F:
		return true
	case n >= 0xFDD0 && n <= 0xFDEF:
		return true
	case n >= 0xFFFE && n <= 0x10FFFF && n&0xFFFE == 0xFFFE:
		return true
	}
	return false
}
