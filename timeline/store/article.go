package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/dateline/dateline/timeline"
)

// Hash identifies an article by its content: the SHA-256 of its headline,
// publication day, dateline and body. The same story read from another
// file or folder has the same hash, so it is read once.
type Hash [sha256.Size]byte

// String is the hash in hexadecimal.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// HashOf is the content hash of a.
func HashOf(a *timeline.Article) Hash {
	d := sha256.New()
	for _, s := range []string{a.Headline, a.Published.String(), a.Dateline.Text, a.Dateline.Date.String(), a.Body} {
		d.Write([]byte(strconv.Itoa(len(s))))
		d.Write([]byte{':'})
		d.Write([]byte(s))
	}
	var h Hash
	d.Sum(h[:0])
	return h
}

// Article is an article to add: what the store keeps of it (its body is
// not kept) and its content hash.
type Article struct {
	timeline.Article
	Hash Hash
}

// NewArticle is a with its hash; the body is dropped once hashed.
func NewArticle(a timeline.Article) Article {
	h := HashOf(&a)
	a.Body = ""
	return Article{Article: a, Hash: h}
}
