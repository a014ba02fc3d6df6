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
	beam.RegisterCoder(reflect.TypeFor[mentionBatch](), encodeMentions, decodeMentions)
	beam.RegisterCoder(reflect.TypeFor[eventBatch](), encodeEvents, decodeEvents)
	beam.RegisterCoder(reflect.TypeFor[groupBatch](), encodeGroup, decodeGroup)
}

// mentionBatch and eventBatch are the elements most stages pass: the
// mentions of a few files, or of one group in them, and the events of one
// group. A runner handles each element at a cost of its own (Prism
// queues, watermarks and a message per element), so elements of one
// mention each made the pipeline several times slower.
// (Structs, not named slices: Beam codes a slice type as a list of its
// elements and hands the DoFn the unnamed slice.)
type (
	mentionBatch struct{ Mentions []timeline.Mention }
	eventBatch   struct{ Events []timeline.Event }
	// groupBatch is mentions of one merge group, on their way to the
	// shard that merges the group.
	groupBatch struct {
		Group    string
		Mentions []timeline.Mention
	}
)

func encodeMentions(b mentionBatch) ([]byte, error) {
	ws := make([]wireMention, len(b.Mentions))
	for i := range b.Mentions {
		ws[i] = toWire(&b.Mentions[i])
	}
	return json.Marshal(ws)
}

func decodeMentions(data []byte) (mentionBatch, error) {
	var ws []wireMention
	if err := json.Unmarshal(data, &ws); err != nil {
		return mentionBatch{}, fmt.Errorf("decoding mentions: %w", err)
	}
	ms := make([]timeline.Mention, len(ws))
	for i := range ws {
		ms[i] = ws[i].mention()
	}
	return mentionBatch{ms}, nil
}

func encodeGroup(b groupBatch) ([]byte, error) {
	data, err := encodeMentions(mentionBatch{b.Mentions})
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Group    string          `json:"group"`
		Mentions json.RawMessage `json:"mentions"`
	}{b.Group, data})
}

func decodeGroup(data []byte) (groupBatch, error) {
	var w struct {
		Group    string          `json:"group"`
		Mentions json.RawMessage `json:"mentions"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return groupBatch{}, fmt.Errorf("decoding a group: %w", err)
	}
	ms, err := decodeMentions(w.Mentions)
	return groupBatch{Group: w.Group, Mentions: ms.Mentions}, err
}

// encodeEvents writes the events as a JSON array of their timeline JSON.
func encodeEvents(b eventBatch) ([]byte, error) {
	out := []byte{'['}
	for i := range b.Events {
		if i > 0 {
			out = append(out, ',')
		}
		out = timeline.AppendEventJSON(out, &b.Events[i])
	}
	return append(out, ']'), nil
}

func decodeEvents(data []byte) (eventBatch, error) {
	var es []timeline.Event
	if err := json.Unmarshal(data, &es); err != nil {
		return eventBatch{}, fmt.Errorf("decoding events: %w", err)
	}
	return eventBatch{es}, nil
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
