package render

import (
	"io"

	"github.com/dateline/dateline/timeline"
)

// JSONLRenderer writes JSON Lines: one compact event object per line, in the
// Timeline's order, each line ending in "\n". It has no schema line, so
// that every line is an event; an empty timeline is an empty output. Each
// line is written as soon as its event is encoded.
type JSONLRenderer struct{}

// Render writes one line per event of tl.
func (JSONLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	bw := bufferedWriter(w)
	var enc eventEncoder
	for _, e := range eventsOf(tl) {
		line, err := enc.compact(contractEvent(e))
		if err != nil {
			return err
		}
		bw.Write(line)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
