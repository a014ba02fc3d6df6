package article

import "unsafe"

// unsafeString views b as a string without copying; b must not change
// afterwards (the reader hands each file's buffer to exactly one article).
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
