package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tokenTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Talks in the U.S. ended.", []string{"Talks", "in", "the", "U.S.", "ended", "."}},
		{"Mr. Lindqvist met Dr. Ortega", []string{"Mr.", "Lindqvist", "met", "Dr.", "Ortega"}},
		{"the Norway-Chile Council", []string{"the", "Norway", "-", "Chile", "Council"}},
		{"Chile's envoy", []string{"Chile", "'s", "envoy"}},
		{"Chile’s envoy", []string{"Chile", "’s", "envoy"}},
		{"O'Neill didn't call", []string{"O'Neill", "didn't", "call"}},
		{"Anna R. Kowal, Jr. spoke", []string{"Anna", "R.", "Kowal", ",", "Jr.", "spoke"}},
		{"on Jan. 4 at 10 a.m.", []string{"on", "Jan.", "4", "at", "10", "a.m."}},
		{"grew 3.5 percent", []string{"grew", "3.5", "percent"}},
		{"@POTUS said", []string{"@", "POTUS", "said"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := tokenize(tt.in, 0)
			if tt.want == nil {
				assert.Empty(t, toks)
				return
			}
			assert.Equal(t, tt.want, tokenTexts(toks))
			for _, tk := range toks {
				assert.Equal(t, tk.Text, tt.in[tk.Start:tk.End], "offsets of %q", tk.Text)
			}
		})
	}
}

func TestTokenizeOffsetsWithBase(t *testing.T) {
	body := "HEAD: Lindqvist met Ortega."
	toks := tokenize(body[6:], 6)
	require.NotEmpty(t, toks)
	assert.Equal(t, "Lindqvist", body[toks[0].Start:toks[0].End])
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Lindqvist met Ortega. They spoke again on Friday.",
			[]string{"Lindqvist met Ortega.", "They spoke again on Friday."}},
		{"abbreviations", "Gen. Ortega met Mr. Berg on Jan. 5 at No. 10 St. James Street. Nothing followed.",
			[]string{"Gen. Ortega met Mr. Berg on Jan. 5 at No. 10 St. James Street.", "Nothing followed."}},
		{"acronym inside", "The U.S. envoy met Ortega. He left.",
			[]string{"The U.S. envoy met Ortega.", "He left."}},
		{"acronym ends sentence", "Ortega flew to the U.S. The talks began.",
			[]string{"Ortega flew to the U.S.", "The talks began."}},
		{"quote closes", `"We met twice." Berg said nothing.`,
			[]string{`"We met twice."`, "Berg said nothing."}},
		{"comma inside quote does not split", `"We met twice," Berg said.`,
			[]string{`"We met twice," Berg said.`}},
		{"newline is a paragraph break", "Headline without stop\nBerg met Ortega",
			[]string{"Headline without stop", "Berg met Ortega"}},
		{"lower case after stop", "It cost 3.5 million. the end",
			[]string{"It cost 3.5 million. the end"}},
		{"question", "Will they meet? Nobody knows.", []string{"Will they meet?", "Nobody knows."}},
		{"run-on text is cut", strings.Repeat("word ", maxSentenceTokens+1), []string{strings.TrimSpace(strings.Repeat("word ", maxSentenceTokens)), "word"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tokenize(tt.in, 0)) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
