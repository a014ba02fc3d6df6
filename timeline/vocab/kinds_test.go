package vocab_test

import (
	"slices"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/stretchr/testify/assert"
)

// TestKindsAreKinds: every trigger and format names a kind of
// timeline/kinds.tsv, and every status cue a status of timeline. (This file is an external test package: package
// timeline imports vocab through names, so vocab's own tests cannot
// import timeline.)
func TestKindsAreKinds(t *testing.T) {
	for _, tr := range vocab.Triggers() {
		assert.True(t, slices.Contains(timeline.Kinds, timeline.Kind(tr.Kind)), "trigger %v: kind %q is not a kind of kinds.tsv", tr.Phrases, tr.Kind)
	}
	for _, f := range vocab.Formats() {
		assert.True(t, slices.Contains(timeline.Kinds, timeline.Kind(f.Kind)), "format %s: kind %q is not a kind of kinds.tsv", f.Name, f.Kind)
	}
	for _, s := range vocab.StatusCues() {
		assert.Contains(t, []timeline.Status{timeline.Planned, timeline.Cancelled, timeline.Postponed}, timeline.Status(s.Status))
	}
}
