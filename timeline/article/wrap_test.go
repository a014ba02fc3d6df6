package article

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnwrapLines(t *testing.T) {
	wrapped := "Foreign Minister Ana Cruz has\ncancelled a trip to Peru because of pressing\nbusiness at home, a ministry spokesman said on\nTuesday.\n    The spokesman, who asked not to be named, said the\ntrip was ceremonial.\n\nThe ministers will meet in May."
	got, ok := unwrapLines(wrapped)
	assert.True(t, ok)
	assert.Equal(t, "Foreign Minister Ana Cruz has cancelled a trip to Peru because of pressing business at home, a ministry spokesman said on Tuesday.\nThe spokesman, who asked not to be named, said the trip was ceremonial.\nThe ministers will meet in May.", got)

	for name, text := range map[string]string{
		"a paragraph a line": "The ministers met in Lima on Tuesday and agreed to meet again in May to discuss trade and fisheries.\nThey also spoke of the border.\nA joint statement followed.\nThe next round is in Quito.",
		"too short":          "One line\nand another.",
		"sentences per line": "The ministers met.\nThey spoke of trade.\nThey spoke of fish.\nThey will meet again.\nThe talks were warm.",
	} {
		got, ok := unwrapLines(text)
		assert.False(t, ok, name)
		assert.Equal(t, text, got, name)
	}
}

// The development corpora: the 1987 wire stories are hard-wrapped; the
// government readouts, a paragraph a line, are not.
func TestUnwrapCorpora(t *testing.T) {
	for dir, want := range map[string]bool{
		"../../../shared/corpora/other-voices/reuters":      true,
		"../../../shared/corpora/diplomacy-2021/whitehouse": false,
		"../../../shared/corpora/diplomacy-2021/kremlin":    false,
		"../../../shared/corpora/other-voices/state":        false,
	} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(files) == 0 {
			t.Skipf("%s absent", dir)
		}
		n := 0
		for _, f := range files {
			data, err := os.ReadFile(f)
			assert.NoError(t, err)
			if _, ok := unwrapLines(string(data)); ok {
				n++
			}
		}
		if want {
			assert.Greater(t, n*10, len(files)*8, "%s: %d of %d unwrapped", dir, n, len(files))
		} else {
			assert.Zero(t, n, "%s: %d of %d unwrapped", dir, n, len(files))
		}
	}
}
