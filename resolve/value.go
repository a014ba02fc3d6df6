package resolve

// ValidValue reports whether v is a well-formed TimeML TIMEX3 value:
//
//	PRESENT_REF, PAST_REF, FUTURE_REF
//	a date: 2022, 202 (decade), 20 (century), 2022-01, 2022-01-10, 2022-W02,
//	  2022-W02-1, 2022-W02-WE, 2022-Q3, 2022-H1, 2022-SU; any digit may be X
//	  (XXXX-WXX-1, 199X)
//	a date with a time: 2022-01-10T15:00, 2022-01-10T15, 2022-01-10T15:00:30,
//	  2022-01-10TNI (MO, AF, EV, NI, DT)
//	a duration: P3D, P2Y6M, PT24H, PT1M30S, P1W, PXY, P2Q, PXE, P2L, P1.5Y,
//	  and PXX, a length whose unit is not known either
//
// Values this package produces are always valid; the fuzz test checks it.
func ValidValue(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	case "":
		return false
	}
	if v[0] == 'P' {
		return v == "PXX" || validDuration(v[1:]) // PXX: a length of unknown unit
	}
	return validDateTime(v)
}

// validDuration checks the part of a duration after "P": counts (digits,
// a decimal, or X) each followed by a unit letter, date units first, then
// "T" and time units.
func validDuration(s string) bool {
	if s == "" {
		return false
	}
	inTime := false
	units := "YMWDQLEC"
	n := 0
	for len(s) > 0 {
		if s[0] == 'T' {
			if inTime {
				return false
			}
			inTime, units, s = true, "HMS", s[1:]
			if s == "" {
				return false
			}
			continue
		}
		k := 0
		if s[0] == 'X' {
			k = 1
		} else {
			dot := false
			for k < len(s) && (isDigit(s[k]) || (s[k] == '.' && !dot && k > 0)) {
				dot = dot || s[k] == '.'
				k++
			}
			if k == 0 || s[k-1] == '.' {
				return false
			}
		}
		if k >= len(s) {
			return false
		}
		u := indexByte(units, s[k])
		if u < 0 {
			return false
		}
		units = units[u+1:] // each unit once, in order
		s = s[k+1:]
		n++
	}
	return n > 0
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// digitsOrX reports whether s is made of digits and X only.
func digitsOrX(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != 'X' {
			return false
		}
	}
	return true
}

// inRange reports whether the two-character field s is XX or a number
// from lo to hi.
func inRange(s string, lo, hi int) bool {
	if len(s) != 2 || !digitsOrX(s) {
		return false
	}
	if s == "XX" {
		return true
	}
	if !isDigit(s[0]) || !isDigit(s[1]) {
		return false
	}
	n := int(s[0]-'0')*10 + int(s[1]-'0')
	return n >= lo && n <= hi
}

func validDateTime(v string) bool {
	date, tm, hasT := v, "", false
	if i := indexByte(v, 'T'); i >= 0 {
		date, tm, hasT = v[:i], v[i+1:], true
	}
	// Year, decade or century.
	y := date
	rest := ""
	if i := indexByte(date, '-'); i >= 0 {
		y, rest = date[:i], date[i+1:]
	}
	if len(y) < 2 || len(y) > 4 || !digitsOrX(y) {
		return false
	}
	dayLevel := false
	if rest != "" {
		if len(y) != 4 {
			return false
		}
		switch {
		case len(rest) == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI" || rest == "H1" || rest == "H2" || rest == "QX"):
		case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		case rest[0] == 'W':
			w := rest[1:]
			sub := ""
			if i := indexByte(w, '-'); i >= 0 {
				w, sub = w[:i], w[i+1:]
			}
			if !inRange(w, 1, 53) {
				return false
			}
			switch {
			case sub == "":
			case sub == "WE":
				dayLevel = true
			case len(sub) == 1 && ((sub[0] >= '1' && sub[0] <= '7') || sub[0] == 'X'):
				dayLevel = true
			default:
				return false
			}
		default:
			m := rest
			d := ""
			if i := indexByte(rest, '-'); i >= 0 {
				m, d = rest[:i], rest[i+1:]
			}
			if !inRange(m, 1, 12) {
				return false
			}
			if d != "" {
				if !inRange(d, 1, 31) {
					return false
				}
				dayLevel = true
			}
		}
	}
	if !hasT {
		return true
	}
	if !dayLevel {
		return false
	}
	switch tm {
	case "MO", "AF", "EV", "NI", "DT":
		return true
	}
	// HH, HH:MM or HH:MM:SS, 24:00 allowed for midnight.
	parts := [3]string{}
	n := 0
	for len(tm) > 0 && n < 3 {
		if len(tm) < 2 {
			return false
		}
		parts[n] = tm[:2]
		n++
		tm = tm[2:]
		if len(tm) > 0 {
			if tm[0] != ':' {
				return false
			}
			tm = tm[1:]
			if tm == "" {
				return false
			}
		}
	}
	if len(tm) > 0 || n == 0 {
		return false
	}
	if !inRange(parts[0], 0, 24) || parts[0] == "XX" {
		return false
	}
	for k := 1; k < n; k++ {
		if !inRange(parts[k], 0, 59) {
			return false
		}
	}
	return true
}
