package timeline

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

// A past event that no date reaches is a mention in passing; the news of
// an article (dated by its publication) and plans, cancellations and
// postponements, dated or not, are not.
func TestInPassing(t *testing.T) {
	day := &MentionDate{When: Day(date.New(2021, 12, 6)), Basis: FromPublication}
	for _, c := range []struct {
		name string
		m    Mention
		want bool
	}{
		{"undated past event", Mention{Status: Occurred}, true},
		{"dated past event", Mention{Status: Occurred, When: day}, false},
		{"undated plan", Mention{Status: Planned}, false},
		{"undated cancellation", Mention{Status: Cancelled}, false},
		{"undated postponement", Mention{Status: Postponed}, false},
	} {
		assert.Equal(t, c.want, c.m.InPassing(), c.name)
	}
	ms := []Mention{{Status: Occurred, Index: 0}, {Status: Occurred, When: day, Index: 1}, {Status: Planned, Index: 2}}
	kept := WithoutInPassing(ms)
	assert.Equal(t, []int{1, 2}, []int{kept[0].Index, kept[1].Index})
	assert.Len(t, kept, 2)
}
