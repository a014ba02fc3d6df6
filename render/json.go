package render

import (
	"bufio"
	"io"

	"github.com/dateline/dateline/timeline"
)

// JSONRenderer writes the timeline JSON of `dateline build`: one object
// {"schema":"dateline/v1","events":[…]} indented by two spaces, with a
// trailing newline. Events keep the Timeline's order (the timeline package
// sorts them). The events, participants and sources arrays are never null,
// and "place" and "when" are null when absent, so a reader can rely on the
// shape. HTML characters are not escaped: the output is data, not a page.
//
// The document is written as it is encoded, by timeline.EncodeJSON: events
// are encoded in small batches (on every CPU) and each batch is written as
// soon as it and those before it are done, so that memory holds a few
// batches of events' JSON, never the whole document. The bytes are the
// same as encoding/json's MarshalIndent of the document.
type JSONRenderer struct{}

// Render writes tl as one JSON document.
func (JSONRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	bw := bufferedWriter(w)
	if err := timeline.EncodeJSON(bw, tl); err != nil {
		return err
	}
	return bw.Flush()
}

// bufferedWriter is w when it is a *bufio.Writer already, else w buffered.
func bufferedWriter(w io.Writer) *bufio.Writer {
	if bw, ok := w.(*bufio.Writer); ok {
		return bw
	}
	return bufio.NewWriterSize(w, 64<<10)
}
