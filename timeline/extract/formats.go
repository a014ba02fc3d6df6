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

// sessionFormats are, by organisation, the format of its own sessions:
// the first format of the table whose one party it is ("UN Security
// Council meeting" for the UN Security Council), so that a session read
// from "chaired an open debate of the UN Security Council" is the same
// format as one read from "a UN Security Council meeting".
var sessionFormats = func() map[string]*format {
	m := map[string]*format{}
	for i := range formats {
		f := &formats[i]
		if len(f.Parties) == 1 && m[f.Parties[0]] == nil {
			m[f.Parties[0]] = f
		}
	}
	return m
}()
