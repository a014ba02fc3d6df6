package merge

import (
	"strings"

	"github.com/dateline/dateline/timeline"
)

// Standing says, as one string, everything r makes of a participant as a
// mention writes it: the side it stands for, the canonical person (with
// the name, office, country and aliases printed for them) or the group.
// It is all a merge reads of the registry for that participant, so two
// registries that give every participant of some mentions the same
// standing merge and print those mentions alike. An incremental merge (a
// store adding articles) compares the standings of the names it holds
// before and after the new mentions are counted, and merges again only
// the events that name one whose standing changed.
func (r *Registry) Standing(p timeline.Participant) string {
	v, ok := r.lookup(p)
	if !ok {
		return ""
	}
	side, _, org := r.side(p)
	var b strings.Builder
	b.WriteString(side)
	if v.person == nil {
		b.WriteString("\x00g\x00" + v.group)
		if org {
			b.WriteString("\x00org")
		}
		return b.String()
	}
	e := v.person
	for _, s := range []string{"p", e.id, e.name.Key(), e.name.Initials, e.display(), e.role(), e.country()} {
		b.WriteString("\x00" + s)
	}
	for _, a := range e.aliasList {
		b.WriteString("\x00a:" + a)
	}
	return b.String()
}
