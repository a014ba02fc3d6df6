package extract

import "github.com/dateline/dateline/timeline/vocab"

// Asides and phrases that tell how a conversation was held ("…, by
// telephone, …", "held talks via video link with X"), which the readers
// of an event's other party pass over.

// channelAside reports an aside set off by commas that says how people
// talked ("…, via videoconference, …", "…, by telephone, …"), when token
// k is its opening comma: the index of its closing comma, else -1. A
// reader passes over it to find the other party after it.
func channelAside(u *unit, k int) int {
	if u.toks[k].Text != "," || k+2 >= len(u.toks) {
		return -1
	}
	return channelEnd(u, k+1, func(j int) bool { return u.toks[j].Text == "," })
}

// channelPhrase reports a phrase on how people talked between an event
// word and its "with", with no commas ("held talks via video link with
// X", "spoke by phone with X"), when token k opens it: the index of its
// last word, else -1. A date may stand between it and "with" ("spoke by
// telephone over the weekend with X"): the phrase then ends before it.
func channelPhrase(u *unit, k int) int {
	withAt := func(j int) bool { return j < len(u.toks) && withWords[u.toks[j].Lower] }
	ends := func(j int) bool { return withAt(j) || inDate(u, j) && withAt(afterDateAdjunct(u, j)) }
	if end := channelEnd(u, k, ends); end > k+1 {
		return end - 1
	}
	return -1
}

// channelEnd reads a phrase on the channel of a conversation opened at o
// by a word of channelOpeners, up to the token that ends says ends it:
// that token's index, when the phrase names the channel (a remote cue or
// a word of channelWords) and holds no name or mark on the way; else -1.
func channelEnd(u *unit, o int, ends func(j int) bool) int {
	if !channelOpeners[u.toks[o].Lower] {
		return -1
	}
	remote := channelWords[u.toks[o].Lower]
	for j := o + 1; j < len(u.toks) && j <= o+maxChannelAside; j++ {
		t := u.toks[j]
		switch {
		case ends(j):
			if !remote {
				return -1 // "…, in particular, with": not about the channel
			}
			return j
		case u.entAt[j] > 0 || !t.Word && t.Text != "-":
			return -1 // a name or a mark: not a short aside on the channel
		case remoteCues[t.Lower] || channelWords[t.Lower]:
			remote = true
		}
	}
	return -1
}

// channelOpeners open an aside on how a conversation was held: "via
// videoconference", "by phone", "in video format", "over the phone",
// "online". The aside must also name the channel (a remote cue or one of
// channelWords).
var channelOpeners = vocab.Set("channel-openers")

// channelWords name a way of talking at a distance that remoteCues lack.
var channelWords = vocab.Set("channel-words")

// maxChannelAside is the most words such an aside has.
const maxChannelAside = 4
