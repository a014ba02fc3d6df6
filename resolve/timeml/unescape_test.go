package timeml

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expectations are what Python's html.unescape returns.
func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no references", "no references"},
		{"&amp; &lt;&gt; &quot;&apos;", `& <> "'`},
		{"&amp &ampx &copy", "& &x ©"},
		{"&#233;&#xE9;&#Xe9", "ééé"},
		{"&#0;&#xD800;&#x110000;&#9999999999;", "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{"a&#1;b&#11;c&#127;d&#xFFFE;e&#xFDD0;f", "abcdef"},
		{"&#13;&#9;&#10;", "\r\t\n"},
		{"&#128;&#x9f;", "€Ÿ"},
		{"&#x; &#; &; & ;", "&#x; &#; &; & ;"},
		{"&notit; &bogus; &amp;lt;", "¬it; &bogus; &lt;"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, unescape(tt.in), "unescape(%q)", tt.in)
	}
}
