package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkupFreeText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs become lines", "<p>MOSCOW (Reuters) - Talks began.</p><p>They ended.</p>", "MOSCOW (Reuters) - Talks began.\nThey ended."},
		{"inline tags go, a break breaks the line", "Biden met <a href=\"/x\">Putin</a> in <b>Geneva</b>.<br>Then he left.", "Biden met Putin in Geneva.\nThen he left."},
		{"entities decoded", "<p>Rock &amp; roll &#8212; it&#39;s &quot;fine&quot;</p>", "Rock & roll — it's \"fine\""},
		{"script and style skipped", "<style>p{color:red}</style><p>Text</p><script>alert('<p>x</p>')</script>", "Text"},
		{"comments dropped", "Before<!-- a <p> comment -->after", "Before after"},
		{"headings and lists", "<h1>Title</h1><ul><li>One</li><li>Two</li></ul>", "Title\nOne\nTwo"},
		{"plain text with an entity", "AT&amp;T and Verizon", "AT&T and Verizon"},
		{"plain text is left alone", "A score of <5 & rising, x<y>z", "A score of <5 & rising, x<y>z"},
		{"an ampersand that is no reference", "AT&T said", "AT&T said"},
		{"unclosed tag is text", "Biden <p", "Biden <p"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, markupFreeText(tc.in))
		})
	}
}

// TestReadJSONWithHTMLBody reads a scraper's record whose body is HTML: the
// dateline is found and the evidence is plain text.
func TestReadJSONWithHTMLBody(t *testing.T) {
	raw := `{"title":"Biden, Putin talk","publishedAt":"2022-02-12T18:00:00Z","content":"<p>WASHINGTON (Reuters) - U.S. President Joe Biden spoke by phone with Russian President Vladimir Putin on Saturday.</p><p>The call lasted an hour &amp; ten minutes.</p>"}`
	a, _, err := ParseRecord([]byte(raw), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Washington", a.Dateline.Place)
	assert.NotContains(t, a.Body, "<p>")
	ms := extract.Extract(a)
	require.NotEmpty(t, ms)
	for _, m := range ms {
		assert.NotContains(t, m.Source.Sentence, "<")
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add("<p>MOSCOW - Talks began.</p><p>They &amp; ended.</p>")
	f.Add("<script>x<p></script><!-- <br> -->a<b")
	f.Add("<<p>>&#x110000;&#0;<br/>")
	f.Fuzz(func(t *testing.T, s string) {
		out := markupFreeText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("valid input %q gave invalid UTF-8 %q", s, out)
		}
		if looksLikeHTML(s) && strings.Contains(out, "\n\n") {
			t.Fatalf("blank line left in %q", out)
		}
	})
}
