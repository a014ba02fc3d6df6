package timelinebeam

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

// Beam moves mentions and events between stages, and between machines, as
// bytes: these coders say how. A mention travels as wireMention, JSON with
// its date flattened (timeline.MentionDate embeds When, whose own JSON form
// would hide the basis and the words of the date); an event travels as the
// timeline JSON of one event (timeline.AppendEventJSON), which is every
// field of it. TestWireRoundTrip fills every field and checks that a value
// comes back equal, so a field added to Mention or Event is caught there.
func init() {
	beam.RegisterCoder(reflect.TypeFor[timeline.Mention](), encodeMention, decodeMention)
	beam.RegisterCoder(reflect.TypeFor[timeline.Event](), encodeEvent, decodeEvent)
}

// wireMention is a timeline.Mention with its date flattened.
type wireMention struct {
	Kind         timeline.Kind          `json:"kind"`
	Format       string                 `json:"format,omitempty"`
	Participants []timeline.Participant `json:"participants"`
	Place        string                 `json:"place,omitempty"`
	Status       timeline.Status        `json:"status"`
	When         *wireDate              `json:"when,omitempty"`
	Source       timeline.Source        `json:"source"`
	Article      string                 `json:"article"`
	Index        int                    `json:"index"`
	Publisher    string                 `json:"publisher,omitempty"`
}

// wireDate is a timeline.MentionDate, field by field.
type wireDate struct {
	Value       string              `json:"value"`
	Range       resolve.Range       `json:"range"`
	Granularity resolve.Granularity `json:"granularity"`
	Basis       timeline.DateBasis  `json:"basis"`
	Text        string              `json:"text,omitempty"`
	Explain     string              `json:"explain,omitempty"`
}

func toWire(m *timeline.Mention) wireMention {
	w := wireMention{Kind: m.Kind, Format: m.Format, Participants: m.Participants, Place: m.Place,
		Status: m.Status, Source: m.Source, Article: m.Article, Index: m.Index, Publisher: m.Publisher}
	if d := m.When; d != nil {
		w.When = &wireDate{Value: d.Value, Range: d.Range, Granularity: d.Granularity,
			Basis: d.Basis, Text: d.Text, Explain: d.Explain}
	}
	return w
}

func (w *wireMention) mention() timeline.Mention {
	m := timeline.Mention{Kind: w.Kind, Format: w.Format, Participants: w.Participants, Place: w.Place,
		Status: w.Status, Source: w.Source, Article: w.Article, Index: w.Index, Publisher: w.Publisher}
	if d := w.When; d != nil {
		m.When = &timeline.MentionDate{
			When:  timeline.When{Value: d.Value, Range: d.Range, Granularity: d.Granularity},
			Basis: d.Basis, Text: d.Text, Explain: d.Explain}
	}
	return m
}

func encodeMention(m timeline.Mention) ([]byte, error) { return json.Marshal(toWire(&m)) }

func decodeMention(data []byte) (timeline.Mention, error) {
	var w wireMention
	if err := json.Unmarshal(data, &w); err != nil {
		return timeline.Mention{}, fmt.Errorf("decoding a mention: %w", err)
	}
	return w.mention(), nil
}

func encodeEvent(e timeline.Event) ([]byte, error) { return timeline.AppendEventJSON(nil, &e), nil }

func decodeEvent(data []byte) (timeline.Event, error) {
	var e timeline.Event
	if err := json.Unmarshal(data, &e); err != nil {
		return timeline.Event{}, fmt.Errorf("decoding an event: %w", err)
	}
	return e, nil
}
