package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVocabularyFiltersKeepTableWords checks the prefix filters that spare
// most tokens a map lookup: every first word of the vocabulary, written
// capitalised, gets its full mask, and written in lower case gets it
// whenever one of the tables that matter in lower case lists it.
func TestVocabularyFiltersKeepTableWords(t *testing.T) {
	const lowerBits = firstTrigger | firstTitle | firstModifier | firstBreak | firstDiplomacy
	for w, mask := range lex.first {
		if w == "" {
			continue
		}
		capital := strings.ToUpper(w[:1]) + w[1:]
		if toks := tokenize(capital, 0); len(toks) == 1 && toks[0].Word && toks[0].Cap {
			assert.Equal(t, mask, toks[0].Mask, "capitalised %q", capital)
		}
		if mask&lowerBits == 0 {
			continue
		}
		if toks := tokenize(w, 0); len(toks) == 1 && toks[0].Word {
			assert.Equal(t, mask, toks[0].Mask, "lower-case %q", w)
		}
	}
}

// TestDiplomacyBit checks that the mask bit venueDrafts reads agrees with
// the diplomacyWords table, whatever the case of the word.
func TestDiplomacyBit(t *testing.T) {
	tests := []struct {
		text string
		want []bool
	}{
		{"Diplomacy resumed", []bool{true, false}},
		{"the dialogue went on", []bool{false, true, false, false}},
		{"Talks and NEGOTIATIONS", []bool{true, false, true}},
		{"diplomats talked", []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, 0)
			require.Len(t, toks, len(tt.want))
			for i, tk := range toks {
				assert.Equal(t, tt.want[i], tk.Mask&firstDiplomacy != 0, tk.Text)
				assert.Equal(t, diplomacyWords[tk.Lower], tk.Mask&firstDiplomacy != 0, tk.Text)
			}
		})
	}
}

// TestBufferReuse checks that the reusing forms of the tokenizer, the
// sentence splitter and the recogniser give what the fresh forms give,
// when the buffers they reuse still hold a longer, different text.
func TestBufferReuse(t *testing.T) {
	texts := []string{
		"President Mara Velt of Ostrava spoke with Chancellor Ivo Brandt on Tuesday. They agreed to meet again.",
		"Talks in Paris. The ministers met.",
		"Élodie Ravel, the French envoy, said the dialogue would resume.",
		"",
	}
	var toks []token
	var sents []sentence
	var ents []entity
	for _, text := range texts {
		toks = tokenizeInto(toks, text, 3)
		fresh := tokenize(text, 3)
		require.Equal(t, fresh, toks, text)

		sents = splitSentencesInto(sents, toks)
		assertSameElements(t, splitSentences(fresh), sents, text)

		ents = ents[:0]
		for _, s := range sents {
			n := len(ents)
			ents = recogniseAppend(ents, s.Toks)
			assertSameElements(t, recognise(s.Toks), ents[n:], s.Toks[0].Text)
		}
	}
}

// assertSameElements is assert.Equal that does not tell a nil slice from
// an empty one.
func assertSameElements[E any](t *testing.T, want, got []E, msg string) {
	t.Helper()
	if len(want) == 0 && len(got) == 0 {
		return
	}
	assert.Equal(t, want, got, msg)
}

// TestTableFirstWordsHaveMaskBits checks what the recogniser's mask tests
// rely on: the first word of every phrase of a table is a word token whose
// vocabulary mask has the table's bit, so that a token without the bit
// cannot start a phrase of the table.
func TestTableFirstWordsHaveMaskBits(t *testing.T) {
	check := func(name string, bit firstWord, firsts map[string][]string) {
		for first, raws := range firsts {
			assert.NotZero(t, lex.first[first]&bit, "%s: first word %q", name, first)
			for _, raw := range raws {
				toks := tokenize(raw, 0)
				if assert.Len(t, toks, 1, "%s: %q", name, raw) {
					assert.True(t, toks[0].Word, "%s: %q is no word", name, raw)
				}
			}
		}
	}
	check("countries", firstCountry, tableFirsts(lex.countries))
	check("capitals", firstPlace, tableFirsts(lex.capitals))
	check("orgs", firstOrg, tableFirsts(lex.orgs))
	check("formats", firstFormat, tableFirsts(lex.formats))
	check("titles", firstTitle, tableFirsts(lex.titles))
	check("triggers", firstTrigger, tableFirsts(lex.triggers))
}

// tableFirsts lists the first words of a table's phrases, with the first
// word as written in each phrase.
func tableFirsts[V any](tab *phraseTable[V]) map[string][]string {
	out := map[string][]string{}
	for first, list := range tab.byFirst {
		for _, e := range list {
			out[first] = append(out[first], e.raw[0])
		}
	}
	return out
}
