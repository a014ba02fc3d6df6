package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidValue(t *testing.T) {
	for _, c := range []struct {
		v  string
		ok bool
	}{
		{"PRESENT_REF", true}, {"PAST_REF", true}, {"FUTURE_REF", true},
		{"2022", true}, {"199", true}, {"19", true}, {"199X", true}, {"XXXX", true},
		{"2022-01", true}, {"2022-01-10", true}, {"2022-W02", true}, {"2022-W02-1", true},
		{"2022-W02-WE", true}, {"XXXX-WXX-1", true}, {"XXXX-WXX-2TNI", true}, {"2022-Q3", true},
		{"2022-H1", true}, {"2012-SU", true}, {"XXXX-07", true}, {"XXXX-XX-XX", true},
		{"2022-01-10T15:00", true}, {"2022-01-10T15", true}, {"2022-01-10T15:00:30", true},
		{"2022-01-10TNI", true}, {"2013-03-22TAF", true}, {"1989-10-27T24:00", true},
		{"P3D", true}, {"P2Y6M", true}, {"PT24H", true}, {"PT1M30S", true}, {"P1W", true},
		{"PXY", true}, {"PXX", true}, {"PXXY", false}, {"P2Q", true}, {"PXE", true}, {"P2L", true}, {"P1.5Y", true}, {"P1DT2H", true},
		{"", false}, {"P", false}, {"PT", false}, {"P3", false}, {"PY", false}, {"P3Z", false},
		{"P2M3Y", false}, {"P1.Y", false}, {"2022-13", false}, {"2022-00-10", false},
		{"2022-01-32", false}, {"2022-W54", false}, {"2022-W02-8", false}, {"2022-Q5", false},
		{"2022-XY", false}, {"2022-01T15:00", false}, {"2022-01-10T25:00", false},
		{"2022-01-10T15:60", false}, {"2022-01-10T1", false}, {"2022-01-10TXX", false},
		{"22022", false}, {"2", false}, {"20a2", false}, {"199-01", false}, {"NOW", false},
		{"2022-01-10T15:00:", false},
	} {
		assert.Equal(t, c.ok, ValidValue(c.v), "ValidValue(%q)", c.v)
	}
}
