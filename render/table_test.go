package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// columnStarts returns the cell offset (in terminal cells) where each
// column of a plain table line starts, given the cells' texts.
func columnStarts(line string, cells []string) []int {
	var starts []int
	pos := 0
	rest := line
	for _, c := range cells {
		i := strings.Index(rest, c)
		if i < 0 {
			return nil
		}
		pos += cellWidth(rest[:i])
		starts = append(starts, pos)
		pos += cellWidth(c)
		rest = rest[i+len(c):]
	}
	return starts
}

func TestTableAligned(t *testing.T) {
	for _, fixture := range []string{"sample.json", "malicious.json"} {
		tl := loadFixture(t, fixture)
		out := renderString(t, "table", tl)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, len(tl.Events)+1, fixture)
		assert.NotContains(t, out, "\x1b", "no escape sequences without Color, even from article text")
		header := columnStarts(lines[0], tableHeader)
		require.NotNil(t, header)
		dated, undated := displayOrder(tl.Events)
		for i, e := range append(dated, undated...) {
			line := lines[i+1]
			assert.Equal(t, line, strings.TrimRight(line, " "), "no trailing spaces")
			place := oneLine(placeOf(e))
			if place == "" {
				place = "-"
			}
			cells := []string{oneLine(DisplayDate(e.When)), oneLine(string(e.Kind)), oneLine(participantNames(e, ", ")), place, oneLine(string(e.Status))}
			assert.Equal(t, header[:5], columnStarts(line, cells), "%s: %q", fixture, line)
		}
	}
}

func TestTableColor(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	var plain, color strings.Builder
	require.NoError(t, TableRenderer{}.Render(&plain, tl))
	require.NoError(t, TableRenderer{Color: true}.Render(&color, tl))
	assert.Contains(t, color.String(), "\x1b[1mDATE\x1b[0m")
	assert.Contains(t, color.String(), "\x1b[31mcancelled\x1b[0m")
	// Stripping the colour gives the plain table back.
	stripped := color.String()
	for _, code := range []string{"\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m"} {
		stripped = strings.ReplaceAll(stripped, code, "")
	}
	assert.Equal(t, plain.String(), stripped)
}

func TestCellWidth(t *testing.T) {
	for s, want := range map[string]int{
		"Biden":      5,
		"Zürich":     6,
		"Cáceres":    7, // a + combining acute
		"習近平":        6,
		"🇺🇦":         4,
		"Зеленський": 10,
		"":           0,
	} {
		assert.Equal(t, want, cellWidth(s), s)
	}
}

// A table fitted to a width cuts participants and places, never dates or
// ids; --id adds the id column.
func TestTableWidthAndID(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	full := renderWith(t, &TableRenderer{ID: true}, tl)
	lines := strings.Split(strings.TrimRight(full, "\n"), "\n")
	assert.True(t, strings.HasPrefix(lines[0], "ID  "), lines[0])
	widest := 0
	for _, l := range lines {
		widest = max(widest, cellWidth(l))
	}
	narrow := renderWith(t, &TableRenderer{ID: true, Width: widest - 20}, tl)
	for i, l := range strings.Split(strings.TrimRight(narrow, "\n"), "\n") {
		assert.LessOrEqual(t, cellWidth(l), widest-20, "line %d: %q", i, l)
		if i > 0 {
			e := strings.Fields(l)[0]
			assert.Contains(t, full, e, "the id is whole")
		}
	}
	assert.Contains(t, narrow, "…", "cut cells end with an ellipsis")
	assert.Equal(t, full, renderWith(t, &TableRenderer{ID: true, Width: widest}, tl), "a wide enough terminal changes nothing")
	assert.Equal(t, "Organizatio…", cutCell("Organization for Security", 12))
	assert.Equal(t, "習近…", cutCell("習近平 🇨🇳", 5), "wide characters count two")
}
