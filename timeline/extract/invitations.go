package extract

import "github.com/dateline/dateline/timeline/vocab"

// This file tells an invitation not yet accepted and a wish from an event:
// "invited Reyes to visit Chile", "hopes to meet Reyes" are no events;
// "accepted an invitation to visit Chile" is a plan.

// invitationCues, wishCues and invitationAccepted are the word sets of
// the same names, compiled for matching.
var invitationCues, invitationAccepted, wishCues *phraseTable[bool]

func init() {
	invitationCues = phraseSet(vocab.List("invitation-cues"))
	invitationAccepted = phraseSet(vocab.List("invitation-accepted"))
	wishCues = phraseSet(vocab.List("wish-cues"))
}

// notYetAnEvent reports an event word that an invitation not (yet)
// accepted ("invited Reyes to visit Chile early next year") or a wish
// ("hopes to meet Reyes") stands before in its clause: no event, whatever
// its date, as the annotation guide has it.
func notYetAnEvent(u *unit, lo int) bool {
	invited, accepted := false, false
	if _, n := invitationCues.match(u.toks, lo); n > 0 {
		invited = true // "accepted an invitation to Lima": the trigger is the invitation
	}
	for s := lo - 1; s >= 0 && s >= lo-invitationReach; s-- {
		if u.brk[s] || u.toks[s].Text == "." || u.toks[s].Text == ";" {
			break
		}
		if _, n := wishCues.match(u.toks, s); n > 0 && s+n <= lo {
			return true
		}
		if _, n := invitationCues.match(u.toks, s); n > 0 && s+n <= lo {
			invited = true
		}
		if _, n := invitationAccepted.match(u.toks, s); n > 0 && s+n <= lo {
			accepted = true
		}
	}
	return invited && !accepted && !acceptedAfter(u, lo)
}

// invitationReach is how many words before an event word an invitation
// or a wish may stand: "invited President Kassym-Jomart Tokayev to come on
// a visit" spans a long name and a verb.
const invitationReach = 12
