package render

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dateline/dateline/timeline"
)

// TableRenderer writes aligned columns for a terminal, one event per line
// in reading order: DATE, KIND, PARTICIPANTS, PLACE, STATUS and ARTICLES
// (the number of distinct articles that report the event), with the event
// ID first when ID is set. Widths are counted in terminal cells, so wide
// (CJK) characters take two and combining marks none. Control characters
// in article text are dropped, so a headline cannot send escape sequences
// to the terminal.
//
// Color adds ANSI colours (bold header, status colours); the CLI sets it
// only when standard output is a terminal. Without it the output is plain
// text and lines carry no trailing spaces.
type TableRenderer struct {
	Color bool
	// ID adds a first column with each event's id, for `dateline show ID`.
	ID bool
	// Width, when > 0, is the width of the terminal: the PARTICIPANTS and
	// PLACE columns are narrowed (to 16 and 8 cells at least), their cells
	// cut with "…", so that no line is longer when that is enough. Dates
	// and ids are never cut.
	Width int
	// NewestFirst lists the latest events first (undated ones still last).
	NewestFirst bool
}

// tableHeader names the columns.
var tableHeader = []string{"DATE", "KIND", "PARTICIPANTS", "PLACE", "STATUS", "ARTICLES"}

// statusColumn is the index of STATUS in tableHeader.
const statusColumn = 4

// statusColor is the ANSI SGR code for each status in colour mode.
var statusColor = map[timeline.Status]string{
	timeline.Occurred:  "32", // green
	timeline.Planned:   "36", // cyan
	timeline.Postponed: "33", // yellow
	timeline.Cancelled: "31", // red
}

// Render writes the table; an empty timeline writes only the header.
func (r TableRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	dated, undated := displayOrder(eventsOf(tl))
	if r.NewestFirst {
		slices.Reverse(dated)
	}
	header := tableHeader
	if r.ID {
		header = append([]string{"ID"}, header...)
	}
	rows := [][]string{header}
	var statuses []timeline.Status
	for _, e := range append(dated, undated...) {
		place := placeOf(e)
		if place == "" {
			place = "-"
		}
		row := []string{
			oneLine(DisplayDate(e.When)), oneLine(string(e.Kind)), oneLine(participantNames(e, ", ")),
			oneLine(place), oneLine(string(e.Status) + correctedMark(e)), strconv.Itoa(len(articlesOf(e))),
		}
		if r.ID {
			row = append([]string{oneLine(e.ID)}, row...)
		}
		rows = append(rows, row)
		statuses = append(statuses, e.Status)
	}
	widths := make([]int, len(header))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], cellWidth(cell))
		}
	}
	offset := 0
	if r.ID {
		offset = 1
	}
	if r.Width > 0 {
		fitWidths(widths, r.Width, []int{offset + 2, offset + 3}, []int{16, 8})
	}
	bw := bufio.NewWriter(w)
	for n, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			cell = cutCell(cell, widths[i])
			pad := ""
			if i < len(row)-1 {
				pad = strings.Repeat(" ", widths[i]-cellWidth(cell))
			}
			code := ""
			if r.Color {
				switch {
				case n == 0:
					code = "1"
				case i == statusColumn+offset:
					code = statusColor[statuses[n-1]]
				}
			}
			if code != "" {
				line.WriteString("\x1b[" + code + "m" + cell + "\x1b[0m" + pad)
			} else {
				line.WriteString(cell + pad)
			}
		}
		bw.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return bw.Flush()
}

// fitWidths narrows the columns listed in order (by index), each down to
// its minimum, until the line (columns and two-space gaps) fits in width.
// A table that cannot fit keeps the minimums.
func fitWidths(widths []int, width int, order, minimum []int) {
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	for k, i := range order {
		if total <= width || k >= len(minimum) {
			return
		}
		cut := min(total-width, max(0, widths[i]-minimum[k]))
		widths[i] -= cut
		total -= cut
	}
}

// cutCell shortens s to width terminal cells, ending it with "…" when cut.
func cutCell(s string, width int) string {
	if cellWidth(s) <= width {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		w := cellWidth(string(r))
		if n+w > width-1 {
			break
		}
		b.WriteRune(r)
		n += w
	}
	return strings.TrimRight(b.String(), " ,") + "…"
}

// cellWidth is how many terminal cells s takes: East Asian wide and
// fullwidth characters and emoji take two, combining marks and format
// characters none, everything else one.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case unicode.Is(wide, r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// wide lists the ranges terminals draw two cells wide (after Unicode's
// East Asian Width property W and F, abridged to the common blocks).
var wide = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x1100, 0x115F, 1}, // Hangul Jamo initials
		{0x2E80, 0x303E, 1}, // CJK radicals, symbols and punctuation
		{0x3041, 0x33FF, 1}, // kana, CJK compatibility
		{0x3400, 0x4DBF, 1}, // CJK extension A
		{0x4E00, 0x9FFF, 1}, // CJK unified ideographs
		{0xA000, 0xA4CF, 1}, // Yi
		{0xAC00, 0xD7A3, 1}, // Hangul syllables
		{0xF900, 0xFAFF, 1}, // CJK compatibility ideographs
		{0xFE30, 0xFE4F, 1}, // CJK compatibility forms
		{0xFF00, 0xFF60, 1}, // fullwidth forms
		{0xFFE0, 0xFFE6, 1}, // fullwidth signs
	},
	R32: []unicode.Range32{
		{0x1F1E6, 0x1F1FF, 1}, // regional indicators (flags)
		{0x1F300, 0x1F64F, 1}, // pictographs, emoticons
		{0x1F900, 0x1F9FF, 1}, // supplemental pictographs
		{0x20000, 0x3FFFD, 1}, // CJK extensions B and beyond
	},
}

// correctedMark follows the status of an event changed by hand.
func correctedMark(e *timeline.Event) string {
	if len(e.Corrected) == 0 {
		return ""
	}
	return " (corrected)"
}
