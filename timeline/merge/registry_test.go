package merge

import (
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
)

func TestRegistryFillsCountryAndFullName(t *testing.T) {
	reg := newNameRegistry(mentions(
		mb{kind: timeline.Call, who: []timeline.Participant{person("Okafor", ""), person("Ingrid Halvorsen", "")}, article: "a"},
		mb{kind: timeline.Call, who: []timeline.Participant{person("President Amara Okafor", "Nigeria"), person("Halvorsen", "Norway")}, article: "b"},
		// Two different Kims: "Kim" alone stays as it is.
		mb{kind: timeline.Call, who: []timeline.Participant{person("Kim", ""), person("Mina Kim", "Ghana"), person("Joon Kim", "Peru")}, article: "c"},
	))
	side, p, _ := reg.side(person("Okafor", ""))
	assert.Equal(t, "Nigeria", side, "country from another source")
	assert.Equal(t, "amara okafor", p.Key())
	assert.Equal(t, "President Amara Okafor", reg.person(person("Okafor", "")).display())
	side, _, _ = reg.side(person("Ingrid Halvorsen", ""))
	assert.Equal(t, "Norway", side)
	side, p, _ = reg.side(person("Kim", ""))
	assert.Equal(t, "person:kim/", side)
	assert.Equal(t, "kim", p.Key())
}
