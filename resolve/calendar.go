package resolve

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// Calendar arithmetic and TimeML value formatting. Every function here maps
// a calendar unit (a day, an ISO week, a month, a quarter, a season, a year,
// a decade, a century) to its TimeML value and the inclusive range of days it
// covers. Years outside 1–9999 have no TimeML value; the functions report
// that with ok == false so that the grammar drops the expression instead of
// printing an invalid value.

// point is a resolved calendar position: a value, its range and granularity.
type point struct {
	value string
	rng   Range
	gran  Granularity
}

func validYear(y int) bool { return y >= 1 && y <= 9999 }

// pad formats n with at least width digits.
func pad(n, width int) string {
	var b [20]byte
	return string(appendPad(b[:0], n, width))
}

// appendPad appends n with at least width digits (n ≥ 0).
func appendPad(b []byte, n, width int) []byte {
	var d [20]byte
	i := len(d)
	for n >= 10 || i > len(d)-width+1 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	d[i] = byte('0' + n)
	return append(b, d[i:]...)
}

// ymd formats a calendar value in one allocation: the year in four
// digits, then for each (separator, number, width) triple the separator and
// the number padded to width: ymd(2022, '-', 1, 2) is "2022-01".
func ymd(y int, parts ...int) string {
	var b [24]byte
	out := appendPad(b[:0], y, 4)
	for k := 0; k+2 < len(parts); k += 3 {
		out = append(out, byte(parts[k]))
		out = appendPad(out, parts[k+1], parts[k+2])
	}
	return string(out)
}

// yearCode formats "2022-W02", "2022-Q3", "2022-SU": a year, a dash and a
// code.
func yearCode(y int, code string, n, width int) string {
	var b [24]byte
	out := appendPad(b[:0], y, 4)
	out = append(out, '-')
	out = append(out, code...)
	if width > 0 {
		out = appendPad(out, n, width)
	}
	return string(out)
}

// dayPoint is the single day d.
func dayPoint(d date.Date) (point, bool) {
	y, m, dd := d.Date()
	if !validYear(y) {
		return point{}, false
	}
	return point{ymd(y, '-', int(m), 2, '-', dd, 2), Range{d, d}, GranDay}, true
}

// weekStart is the Monday of d's ISO week.
func weekStart(d date.Date) date.Date {
	wd := int(d.Weekday()) // Sunday is 0
	if wd == 0 {
		wd = 7
	}
	return d - date.Date(wd-1)
}

// isoWeekday is 1 for Monday … 7 for Sunday.
func isoWeekday(d date.Date) int {
	wd := int(d.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekPoint is the ISO week containing d, as 2022-W02.
func weekPoint(d date.Date) (point, bool) {
	y, w := d.ISOWeek()
	if !validYear(y) {
		return point{}, false
	}
	s := weekStart(d)
	return point{yearCode(y, "W", w, 2), Range{s, s + 6}, GranWeek}, true
}

// weekendPoint is the weekend (Saturday and Sunday) of d's ISO week.
func weekendPoint(d date.Date) (point, bool) {
	p, ok := weekPoint(d)
	if !ok {
		return p, false
	}
	s := weekStart(d)
	return point{p.value + "-WE", Range{s + 5, s + 6}, GranDay}, true
}

// monthPoint is month m of year y; m may be outside 1–12 and is normalised,
// so monthPoint(2022, 0) is December 2021.
func monthPoint(y, m int) (point, bool) {
	y, m = normMonth(y, m)
	if !validYear(y) {
		return point{}, false
	}
	first := mkDate(y, m, 1)
	last := mkDate(y, m+1, 1) - 1
	return point{ymd(y, '-', m, 2), Range{first, last}, GranMonth}, true
}

// normMonth carries months outside 1–12 into the year.
func normMonth(y, m int) (int, int) {
	m--
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	return y, m + 1
}

// quarterPoint is quarter q (1–4, normalised like months) of year y.
func quarterPoint(y, q int) (point, bool) {
	q--
	y += q / 4
	q %= 4
	if q < 0 {
		q += 4
		y--
	}
	q++
	if !validYear(y) {
		return point{}, false
	}
	first := mkDate(y, 3*q-2, 1)
	last := mkDate(y, 3*q+1, 1) - 1
	return point{yearCode(y, "Q", q, 1), Range{first, last}, GranQuarter}, true
}

// quarterOf is the quarter (1–4) of month m.
func quarterOf(m int) int { return (m-1)/3 + 1 }

// halfPoint is half h (1 or 2) of year y.
func halfPoint(y, h int) (point, bool) {
	if !validYear(y) || h < 1 || h > 2 {
		return point{}, false
	}
	first := mkDate(y, 6*h-5, 1)
	last := mkDate(y, 6*h+1, 1) - 1
	return point{yearCode(y, "H", h, 1), Range{first, last}, GranQuarter}, true
}

// seasonPoint is season s of year y. Meteorological seasons: spring is
// March–May, summer June–August, fall September–November, winter December
// to February (winter 2021 starts in December 2021).
func seasonPoint(y, s int) (point, bool) {
	if !validYear(y) || !validYear(y+1) || s < sSpring || s > sWinter {
		return point{}, false
	}
	startMonth := 3 * s // 3, 6, 9, 12
	first := mkDate(y, startMonth, 1)
	last := mkDate(y, startMonth+3, 1) - 1
	return point{yearCode(y, seasonCodes[s], 0, 0), Range{first, last}, GranSeason}, true
}

// seasonOf is the season of month m and the year it is counted in
// (January 2022 is in winter 2021).
func seasonOf(y, m int) (int, int) {
	switch {
	case m <= 2:
		return y - 1, sWinter
	case m == 12:
		return y, sWinter
	default:
		return y, m / 3
	}
}

// yearPoint is the year y.
func yearPoint(y int) (point, bool) {
	if !validYear(y) {
		return point{}, false
	}
	return point{pad(y, 4), Range{mkDate(y, 1, 1), mkDate(y, 12, 31)}, GranYear}, true
}

// decadePoint is the decade starting in year y0 (a multiple of ten): the
// 1990s are "199".
func decadePoint(y0 int) (point, bool) {
	if !validYear(y0) || !validYear(y0+9) || y0%10 != 0 || y0 < 1000 {
		return point{}, false
	}
	return point{pad(y0/10, 3), Range{mkDate(y0, 1, 1), mkDate(y0+9, 12, 31)}, GranDecade}, true
}

// centuryPoint is the century whose years start with the two digits c: the
// 20th century, 1900–1999, is "19" (TimeML counts centuries by their leading
// digits, not ordinally).
func centuryPoint(c int) (point, bool) {
	if c < 1 || c > 99 {
		return point{}, false
	}
	y0 := c * 100
	if y0 == 0 {
		y0 = 1
	}
	return point{pad(c, 2), Range{mkDate(y0, 1, 1), mkDate(c*100+99, 12, 31)}, GranCentury}, true
}

// daysIn is the number of days of month m (1–12) in year y.
func daysIn(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return int(monthDays[m])
}

var monthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// isLeap reports whether y is a leap year of the proleptic Gregorian
// calendar.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// mkDate is date.New for whole numbers, without going through package
// time: the day y-m-d, where a month outside 1–12 carries into the year
// and a day past the month's end into the next month, as date.New does.
// It is on the hot path of every month name the tagger meets.
func mkDate(y, m, d int) date.Date {
	y, m = normMonth(y, m)
	return date.Date(daysFromCivil(y, m, d) - daysFromCivil(1, 1, 1))
}

// daysFromCivil counts days from a fixed epoch to y-m-d (Howard
// Hinnant's algorithm, shifted so that years start in March and February's
// leap day falls at the end).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// weekdayNames are English names for ISO weekdays 1–7.
var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// monthNames are English names for months 1–12.
var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// dayName formats d as "Mon 2022-01-03" for explanations.
func dayName(d date.Date) string {
	y, m, dd := d.Date()
	return weekdayNames[isoWeekday(d)][:3] + " " + ymd(y, '-', int(m), 2, '-', dd, 2)
}

// signed formats n with its sign: "+1", "-1", "+0".
func signed(n int) string {
	if n < 0 {
		return strconv.Itoa(n)
	}
	return "+" + strconv.Itoa(n)
}
