package render

import (
	"io"

	"github.com/dateline/dateline/timeline"
)

// JSONLRenderer writes JSON Lines: one compact event object per line, in the
// Timeline's order, each line ending in "\n". It has no schema line, so
// that every line is an event; an empty timeline is an empty output. Each
// line is written as soon as its event is encoded (timeline.AppendEventJSON,
// the bytes encoding/json writes for the event without HTML escaping).
type JSONLRenderer struct{}

// Render writes one line per event of tl.
func (JSONLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	bw := bufferedWriter(w)
	var line []byte
	events := eventsOf(tl)
	for i := range events {
		line = timeline.AppendEventJSON(line[:0], &events[i])
		line = append(line, '\n')
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}
