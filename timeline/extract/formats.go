package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// format is a recurring diplomatic format known by name: the text names the
// format and the reader knows who takes part.
type format struct {
	// Name is the canonical name, used as Mention.Format.
	Name string
	// Forms are the ways text writes it.
	Forms []string
	// Parties are the countries and organisations that take part.
	Parties []string
	// Kind is the kind of event a session of the format is.
	Kind timeline.Kind
}

// formats is vocab's table of named formats. Parties are canonical
// country or organisation names.
var formats = func() (out []format) {
	for _, f := range vocab.Formats() {
		out = append(out, format{Name: f.Name, Forms: f.Forms, Parties: f.Parties, Kind: timeline.Kind(f.Kind)})
	}
	return out
}()
